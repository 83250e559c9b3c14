/**
 * Where the relation misses of each set fall, classified by the pipeline stage that lost them,
 * counted without printing a case: so the report-only sets (heldout, fresh, unseen) can say which
 * stage to improve without their sentences being read.
 *
 *  - entity unknown: the asked name resolves to nothing in the catalog;
 *  - counterpart unknown: the counterpart (no alternative of it) resolves to nothing;
 *  - never in one sentence: no sentence names both sides, split three ways: a sentence names one
 *    side beside a cue and a word that may refer to the other (a pronoun, "the army", "the
 *    group": reference resolution is the lever); both are named in adjacent sentences of one
 *    article (the statement spans them); neither;
 *  - other relation: a relation joins them, but the other way round or of the other stance;
 *  - no rule fired: a sentence names both and no relation joins them, split by whether such a
 *    sentence holds a cue word of the question's stance (a lexicon gap) or not (a structure the
 *    patterns do not read).
 *
 * `npx tsx test/eval/diagnoseRelationMisses.ts`
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LISTED_OPPOSITION_NOUNS,
  OPPOSING_VERBS,
  OPPOSITION_NOUNS,
} from '../../src/brief/lexicon/oppositionLexicon.ts';
import { GENERIC_ACTOR_NOUNS, STATE_ACTOR_NOUNS } from '../../src/brief/knownAliases.ts';
import { isSupportCue } from '../../src/brief/lexicon/supportLexicon.ts';
import { type Token, tokenize } from '../../src/brief/lexicon/tokenize.ts';
import { answerWhoBacks, type SupportGraph } from '../../src/brief/whoBacks.ts';
import type { PassageRecord } from '../../src/corpus/records.ts';
import { askedName, graphOfFolder, passagesOfFolder } from './evalRelations.ts';
import { freshRelationCases } from './freshCases.ts';
import { type RelationCase, relationCases } from './relations/relationCases.ts';
import { unseenRelationCases } from './unseenCases.ts';
import { wireRelationCases } from './wireCases.ts';
import { wire2RelationCases } from './wire2Cases.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const MISS_STAGES = [
  'entity unknown',
  'counterpart unknown',
  'never in one sentence: reference beside a cue',
  'never in one sentence: adjacent sentences',
  'never in one sentence: neither',
  'other relation',
  'no rule fired, cue present',
  'no rule fired, no cue',
] as const;
export type MissStage = (typeof MISS_STAGES)[number];

const NO_DOCUMENTS = new Map<string, { title: string; published: string | null }>();

/** The canonical names of a side: the entity a name resolves to and those on its side (a leader's forces). */
function sideNames(graph: SupportGraph, name: string): Set<string> {
  return new Set(graph.catalog.sideOf(name).map((entity) => entity.name));
}

interface SentenceReading {
  file: string;
  names: Set<string>;
  tokens: Token[];
}

/** Words that may stand for an actor the sentence does not name: pronouns and generic actor nouns. */
const REFERRING_WORDS: ReadonlySet<string> = new Set([
  ...['it', 'its', 'they', 'them', 'their'],
  ...GENERIC_ACTOR_NOUNS,
  ...STATE_ACTOR_NOUNS,
]);
const refersElsewhere = (token: Token) =>
  token.kind === 'word' && (REFERRING_WORDS.has(token.key) || REFERRING_WORDS.has(token.key.replace(/s$/, '')));

/** Each sentence's tokens and the canonical names of the entities it mentions. */
function readSentences(graph: SupportGraph, passages: readonly PassageRecord[]): SentenceReading[] {
  return passages.flatMap((passage) =>
    passage.sentences.map((sentence) => {
      const tokens = tokenize(sentence.text);
      return {
        file: passage.file,
        tokens,
        names: new Set(graph.catalog.findMentions(tokens).map((m) => m.entity.name)),
      };
    }),
  );
}

const isOppositionCue = (token: Token) =>
  token.kind === 'word' &&
  (OPPOSING_VERBS.has(token.key) || OPPOSITION_NOUNS.has(token.key) || LISTED_OPPOSITION_NOUNS.has(token.key));

export function classifyMisses(
  graph: SupportGraph,
  passages: readonly PassageRecord[],
  cases: readonly RelationCase[],
): Map<MissStage, number> {
  const counts = new Map<MissStage, number>(MISS_STAGES.map((stage) => [stage, 0]));
  const count = (stage: MissStage) => counts.set(stage, (counts.get(stage) ?? 0) + 1);
  const sentences = readSentences(graph, passages);
  for (const testCase of cases) {
    const entity = askedName(graph, testCase.entity);
    const answered = answerWhoBacks(
      graph,
      entity,
      testCase.question === 'backers' ? 'backers' : 'opposers',
      NO_DOCUMENTS,
    ).backers.map((backer) => backer.name);
    const asked = sideNames(graph, entity);
    const isCue = testCase.question === 'backers' ? isSupportCue : isOppositionCue;
    for (const counterpart of testCase.expected) {
      const alternatives = counterpart.name.split('|');
      const resolved = alternatives.flatMap((name) => [...sideNames(graph, name)]);
      if (answered.some((name) => resolved.includes(name) || alternatives.includes(name))) continue;
      if (asked.size === 0) {
        count('entity unknown');
        continue;
      }
      if (resolved.length === 0) {
        count('counterpart unknown');
        continue;
      }
      const together = sentences.filter(
        ({ names }) => resolved.some((n) => names.has(n)) && [...asked].some((n) => names.has(n)),
      );
      const names = (reading: SentenceReading | undefined, side: Iterable<string>) =>
        reading !== undefined && [...side].some((n) => reading.names.has(n));
      if (together.length === 0) {
        const adjacent = sentences.some(
          (reading, k) =>
            sentences[k + 1]?.file === reading.file &&
            ((names(reading, resolved) && names(sentences[k + 1], asked)) ||
              (names(reading, asked) && names(sentences[k + 1], resolved))),
        );
        const reference = sentences.some(
          (reading) =>
            (names(reading, resolved) || names(reading, asked)) &&
            reading.tokens.some(isCue) &&
            reading.tokens.some(refersElsewhere),
        );
        count(
          reference
            ? 'never in one sentence: reference beside a cue'
            : adjacent
              ? 'never in one sentence: adjacent sentences'
              : 'never in one sentence: neither',
        );
      } else if (
        [...graph.relations, ...graph.oppositions].some(
          (r) =>
            (asked.has(r.backer) && resolved.includes(r.backed)) ||
            (asked.has(r.backed) && resolved.includes(r.backer)),
        )
      )
        count('other relation');
      else if (together.some(({ tokens }) => tokens.some(isCue))) count('no rule fired, cue present');
      else count('no rule fired, no cue');
    }
  }
  return counts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const sets: [string, string, readonly RelationCase[]][] = [
    ['tune', path.join(HERE, 'relations', 'tune'), relationCases.filter((c) => c.half === 'tune')],
    ['heldout', path.join(HERE, 'relations', 'heldout'), relationCases.filter((c) => c.half === 'heldout')],
    ['fresh', path.join(HERE, 'news', 'fresh'), freshRelationCases],
    ['unseen', path.join(HERE, 'news', 'unseen'), unseenRelationCases],
    ['wire-tune', path.join(HERE, 'news', 'wire', 'tune'), wireRelationCases.filter((c) => c.half === 'wire-tune')],
    [
      'wire-report',
      path.join(HERE, 'news', 'wire', 'report'),
      wireRelationCases.filter((c) => c.half === 'wire-report'),
    ],
    ['wire2-tune', path.join(HERE, 'news', 'wire2', 'tune'), wire2RelationCases.filter((c) => c.half === 'wire2-tune')],
    [
      'wire2-report',
      path.join(HERE, 'news', 'wire2', 'report'),
      wire2RelationCases.filter((c) => c.half === 'wire2-report'),
    ],
  ];
  console.log(`| set | ${MISS_STAGES.join(' | ')} |`);
  console.log(`| --- |${MISS_STAGES.map(() => ' --- |').join('')}`);
  for (const [name, dir, cases] of sets) {
    const passages = await passagesOfFolder(dir);
    const graph = await graphOfFolder(dir);
    for (const question of ['backers', 'opposers'] as const) {
      const counts = classifyMisses(
        graph,
        passages,
        cases.filter((c) => c.question === question),
      );
      console.log(`| ${name} ${question} | ${MISS_STAGES.map((stage) => counts.get(stage)).join(' | ')} |`);
    }
  }
}
