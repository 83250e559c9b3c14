/**
 * Makes a tiny sentence-embedding model that the real transformers.js + onnxruntime path can
 * load offline, so tests exercise the same code as production without downloading weights.
 *
 * The folder is laid out like a transformers.js local model (compare
 * /work/shared/models/minilm-l6-shape): config.json, tokenizer.json, tokenizer_config.json,
 * special_tokens_map.json, vocab.txt, onnx/model.onnx and onnx/model_quantized.onnx (the same
 * fp32 graph; transformers.js loads the "quantized" file by default), plus a README.md.
 *
 * The model is a bag of words: each token's hidden state is a fixed vector, so
 * `pipeline('feature-extraction')` with mean pooling and normalization gives the normalized
 * mean of the sentence's word vectors. The vectors are chosen to mean something:
 *  - a word's vector is pseudo-random but seeded by its stem, so "supports", "supported"
 *    and "support" share one vector;
 *  - members of a synonym group (tinyModelWords.ts) are mostly a shared group vector, so
 *    "Moscow aids Haftar" is close to "Russia supports Haftar";
 *  - function words, punctuation, suffix pieces and special tokens are short vectors that
 *    hardly move the mean.
 * Everything is deterministic: the same options give byte-identical files on any machine.
 *
 * CLI: npx tsx test/support/makeTinyModel.ts <model dir> [text files whose words join the vocabulary...]
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeBagOfWordsEncoder } from '../../src/index/staticModel/encodeBagOfWordsEncoder.ts';
import { SPECIAL_TOKENS } from '../../src/index/staticModel/staticModelTable.ts';
import { wordPieceTokenizerJson } from '../../src/index/staticModel/wordPieceTokenizerJson.ts';
import { COMMON_WORDS, STOPWORDS, SYNONYM_GROUPS } from './tinyModelWords.ts';

export interface TinyModelOptions {
  /** Embedding width (hidden_size). Default 64. */
  dim?: number;
  /** Extra vocabulary words, in any case and with or without accents. */
  words?: string[];
  /** Texts whose every word joins the vocabulary (for instance the corpus a test indexes). */
  texts?: string[];
}

export const DEFAULT_DIM = 64;
/** Same as all-MiniLM-L6-v2's sentence-transformers setting. */
export const MODEL_MAX_LENGTH = 256;

// ---------------------------------------------------------------------------------------
// Normalization and word splitting, mirroring what tokenizer.json tells transformers.js to do
// ---------------------------------------------------------------------------------------

/**
 * Latin letters that Unicode NFD does not decompose, so BertNormalizer's accent stripping
 * (NFD, then drop U+0300-U+036F) leaves them alone: "Kalın" would stay "kalın". The
 * tokenizer folds them with Replace normalizers after BertNormalizer. (The real
 * all-MiniLM-L6-v2 tokenizer does NOT do this: it keeps "ı" as its own token.)
 */
const LETTER_FOLDS: readonly (readonly [string, string])[] = [
  ['ı', 'i'],
  ['ł', 'l'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
];

/** The tokenizer's normalizer: lowercase, strip accents, fold the letters above. */
function normalize(text: string): string {
  const stripped = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return LETTER_FOLDS.reduce((t, [from, to]) => t.replaceAll(from, to), stripped);
}

/** BertPreTokenizer's punctuation class (transformers.js PUNCTUATION_REGEX). */
const PUNCTUATION = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const WORD_RE = new RegExp(`[^\\s${PUNCTUATION}]+`, 'gu');
const PUNCTUATION_CHAR_RE = new RegExp(`^[${PUNCTUATION}]$`, 'u');

/**
 * The words BertPreTokenizer makes of normalized text: runs of characters that are neither
 * whitespace nor punctuation. (It also isolates CJK ideographs; a run of them here just
 * adds a vocabulary entry that never matches, and its characters are in the alphabet.)
 */
function wordsOf(text: string): string[] {
  return normalize(text).match(WORD_RE) ?? [];
}

// ---------------------------------------------------------------------------------------
// Stems
// ---------------------------------------------------------------------------------------

/**
 * One step of a deliberately small stemmer: strip one inflection, else drop a final "e",
 * else undouble a doubled last letter. Always keeps at least 3 letters.
 */
function stemStep(word: string): string {
  if (/(?:ies|ied)$/.test(word) && word.length >= 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length >= 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length >= 5) return word.slice(0, -2);
  if (/[^sui]s$/.test(word) && word.length >= 4) return word.slice(0, -1);
  if (word.endsWith('e') && word.length >= 4) return word.slice(0, -1);
  if (word.length >= 4 && word.at(-1) === word.at(-2)) return word.slice(0, -1);
  return word;
}

/**
 * The key a word's vector is seeded from: `stemStep` repeated until nothing changes, so
 * "strike", "strikes" and "striking" all give "strik", and "stopped" gives "stop".
 * Idempotent by construction: stem(stem(w)) === stem(w).
 */
export function stem(word: string): string {
  let current = word;
  for (let next = stemStep(current); next !== current; next = stemStep(current)) current = next;
  return current;
}

// ---------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------

const CONTINUATION = '##';
/**
 * Word endings as WordPiece continuations, so an inflection missing from the vocabulary
 * splits into a known word (or stem) plus a short suffix vector: "aided" -> "aid", "##ed".
 */
const SUFFIX_PIECES = ['s', 'es', 'd', 'ed', 'ing', 'ings', 'er', 'ers', 'ly'].map((s) => CONTINUATION + s);
/** Printable ASCII, lowercased: every character needed to spell any English word. */
const ASCII_ALPHABET = Array.from({ length: 0x7e - 0x20 }, (_, i) => String.fromCharCode(0x21 + i)).filter(
  (c) => c === c.toLowerCase(),
);

/**
 * Token list in id order: special tokens, single characters, "##" + character
 * continuations (so no word made of known characters becomes [UNK]), suffix pieces, then
 * whole words and their stems, sorted by code unit for determinism.
 */
function buildVocabulary(opts: TinyModelOptions): string[] {
  const words = new Set<string>([...COMMON_WORDS, ...STOPWORDS, ...SYNONYM_GROUPS.flat()]);
  for (const entry of [...(opts.words ?? []), ...(opts.texts ?? [])]) {
    for (const word of wordsOf(entry)) words.add(word);
  }
  const characters = new Set(ASCII_ALPHABET);
  for (const word of words) {
    for (const c of word) characters.add(c);
  }
  for (const text of opts.texts ?? []) {
    for (const c of normalize(text)) if (PUNCTUATION_CHAR_RE.test(c)) characters.add(c);
  }
  // Stems too, so "striking" (absent) tokenizes as "strik" + "##ing".
  const stopwords = new Set(STOPWORDS);
  const wordsAndStems = new Set([...words].flatMap((w) => (stopwords.has(w) ? [w] : [w, stem(w)])));
  const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sortedCharacters = [...characters].sort(byCodeUnit);
  const tokens = new Set<string>([
    ...SPECIAL_TOKENS,
    ...sortedCharacters,
    ...sortedCharacters.filter((c) => !PUNCTUATION_CHAR_RE.test(c)).map((c) => CONTINUATION + c),
    ...SUFFIX_PIECES,
    ...[...wordsAndStems].sort(byCodeUnit),
  ]);
  return [...tokens];
}

// ---------------------------------------------------------------------------------------
// Vectors
// ---------------------------------------------------------------------------------------

/** Norms by token kind. Content words are unit vectors. */
const SPECIAL_NORM = 1e-3; // not 0, so an empty text still has a direction after normalizing
const PUNCTUATION_NORM = 0.02;
const SUFFIX_NORM = 0.05;
const STOPWORD_NORM = 0.1;
/** Characters of words spelled out because they are not in the vocabulary. */
const CHARACTER_NORM = 0.35;
/**
 * Share of the group vector in a synonym's vector; the rest is the word's own vector
 * (weights a and sqrt(1 - a^2)). Two members then have cosine about a^2 = 0.64.
 */
const GROUP_WEIGHT = 0.8;

/**
 * A pseudo-random direction seeded by `key`, scaled to `norm`. Components are sums of four
 * uniforms (near-Gaussian, so directions are near-isotropic) from mulberry32 seeded by
 * SHA-256: integer and basic float arithmetic only, hence identical on every platform.
 */
function seededVector(key: string, dim: number, norm: number): Float64Array {
  let state = createHash('sha256').update(key).digest().readUInt32LE(0);
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const v = Float64Array.from({ length: dim }, () => uniform() + uniform() + uniform() + uniform() - 2);
  return scaled(v, norm);
}

function scaled(v: Float64Array, norm: number): Float64Array {
  const length = Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
  return v.map((x) => (x / length) * norm);
}

/** Maps each group member's stem to the group's name (its first member). */
function groupsByStem(): Map<string, string> {
  const groups = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) {
      const key = stem(word);
      const existing = groups.get(key);
      if (existing !== undefined && existing !== group[0]) {
        throw new Error(`"${word}" (stem "${key}") is in synonym groups "${existing}" and "${group[0]}"`);
      }
      groups.set(key, group[0] ?? word);
    }
  }
  return groups;
}

function tokenVector(token: string, dim: number, groups: Map<string, string>, stopwords: Set<string>): Float64Array {
  if ((SPECIAL_TOKENS as readonly string[]).includes(token)) return seededVector(`special:${token}`, dim, SPECIAL_NORM);
  if (SUFFIX_PIECES.includes(token)) return seededVector(`suffix:${token}`, dim, SUFFIX_NORM);
  const bare = token.startsWith(CONTINUATION) ? token.slice(CONTINUATION.length) : token;
  if (PUNCTUATION_CHAR_RE.test(bare)) return seededVector(`punctuation:${bare}`, dim, PUNCTUATION_NORM);
  if (stopwords.has(token)) return seededVector(`stopword:${token}`, dim, STOPWORD_NORM);
  // Single characters: both a one-letter word and the spelling of an unknown word.
  if ([...bare].length === 1) return seededVector(`character:${token}`, dim, CHARACTER_NORM);
  const key = stem(token);
  const own = seededVector(`word:${key}`, dim, 1);
  const group = groups.get(key);
  if (group === undefined) return own;
  const shared = seededVector(`group:${group}`, dim, 1);
  const ownWeight = Math.sqrt(1 - GROUP_WEIGHT ** 2);
  return scaled(
    shared.map((x, i) => GROUP_WEIGHT * x + ownWeight * (own[i] ?? 0)),
    1,
  );
}

function embeddingTable(vocabulary: string[], dim: number): Float32Array {
  const groups = groupsByStem();
  const stopwords = new Set(STOPWORDS);
  const table = new Float32Array(vocabulary.length * dim);
  vocabulary.forEach((token, id) => table.set(tokenVector(token, dim, groups, stopwords), id * dim));
  return table;
}

// ---------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * tokenizer.json in the Hugging Face `tokenizers` format, which transformers.js parses
 * itself. Shapes follow the all-MiniLM-L6-v2 file; differences: the normalizer is a
 * Sequence (BertNormalizer, then the letter folds), and accents are always stripped.
 */
function tokenizerJson(vocabulary: string[]): string {
  const normalizer = {
    type: 'Sequence',
    normalizers: [
      { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: true, lowercase: true },
      ...LETTER_FOLDS.map(([from, to]) => ({ type: 'Replace', pattern: { String: from }, content: to })),
    ],
  };
  return json(wordPieceTokenizerJson(vocabulary, { maxLength: MODEL_MAX_LENGTH, normalizer }));
}

/** transformers.js reads model_max_length (truncation length) from here. */
function tokenizerConfigJson(): string {
  return json({
    clean_up_tokenization_spaces: true,
    cls_token: '[CLS]',
    do_basic_tokenize: true,
    do_lower_case: true,
    mask_token: '[MASK]',
    model_max_length: MODEL_MAX_LENGTH,
    never_split: null,
    pad_token: '[PAD]',
    sep_token: '[SEP]',
    strip_accents: true,
    tokenize_chinese_chars: true,
    tokenizer_class: 'BertTokenizer',
    unk_token: '[UNK]',
  });
}

function specialTokensMapJson(): string {
  return json({ cls_token: '[CLS]', mask_token: '[MASK]', pad_token: '[PAD]', sep_token: '[SEP]', unk_token: '[UNK]' });
}

/** model_type "bert" makes transformers.js pick BertModel, which feeds all three inputs. */
function configJson(vocabSize: number, dim: number): string {
  return json({
    _name_or_path: 'briefbot tiny bag-of-words test model',
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: dim,
    num_hidden_layers: 0,
    max_position_embeddings: MODEL_MAX_LENGTH,
    pad_token_id: 0,
    type_vocab_size: 2,
    vocab_size: vocabSize,
  });
}

function readme(vocabSize: number, dim: number): string {
  return `# Tiny bag-of-words test model

Made by briefbot's test/support/makeTinyModel.ts; remake it rather than editing it.
Not a trained model: the embedding of a text is the normalized mean of fixed word vectors,
seeded by word stem and shared within synonym groups (test/support/tinyModelWords.ts).

- Vocabulary: ${vocabSize} tokens. Hidden size: ${dim}. model_max_length: ${MODEL_MAX_LENGTH}.
- onnx/model_quantized.onnx is a copy of the fp32 onnx/model.onnx.
`;
}

/** All files of the model folder, by relative path. */
function modelFiles(opts: TinyModelOptions): Map<string, string | Uint8Array> {
  const dim = opts.dim ?? DEFAULT_DIM;
  if (!Number.isInteger(dim) || dim < 2) throw new Error(`dim must be an integer >= 2, got ${dim}`);
  const vocabulary = buildVocabulary(opts);
  const onnx = encodeBagOfWordsEncoder({
    wordEmbeddings: embeddingTable(vocabulary, dim),
    vocabSize: vocabulary.length,
    dim,
    description: `briefbot tiny bag-of-words test model: ${vocabulary.length} tokens x ${dim}`,
  });
  return new Map<string, string | Uint8Array>([
    ['config.json', configJson(vocabulary.length, dim)],
    ['tokenizer.json', tokenizerJson(vocabulary)],
    ['tokenizer_config.json', tokenizerConfigJson()],
    ['special_tokens_map.json', specialTokensMapJson()],
    ['vocab.txt', `${vocabulary.join('\n')}\n`],
    ['onnx/model.onnx', onnx],
    ['onnx/model_quantized.onnx', onnx],
    ['README.md', readme(vocabulary.length, dim)],
  ]);
}

/** Whether `file` exists with exactly `content`. */
async function hasContent(file: string, content: Uint8Array): Promise<boolean> {
  try {
    return Buffer.from(content).equals(await readFile(file));
  } catch {
    return false;
  }
}

/**
 * Writes the tiny model into `dir` (created if needed) and returns its absolute path. Files
 * already holding the right bytes are left untouched; others are written to a temporary name
 * and renamed, so concurrent callers and readers never see a half-written file.
 *
 * Load it with `env.localModelPath = path.dirname(dir)` and model id `path.basename(dir)`.
 */
export async function makeTinyModel(dir: string, opts: TinyModelOptions = {}): Promise<string> {
  const root = path.resolve(dir);
  for (const [relative, content] of modelFiles(opts)) {
    const file = path.join(root, relative);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    if (await hasContent(file, bytes)) continue;
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  }
  return root;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, ...textFiles] = process.argv.slice(2);
  if (dir === undefined) {
    console.error('usage: tsx test/support/makeTinyModel.ts <model dir> [text files for the vocabulary...]');
    process.exit(2);
  }
  const texts = await Promise.all(textFiles.map((file) => readFile(file, 'utf8')));
  console.log(await makeTinyModel(dir, { texts }));
}
