/**
 * Who-backs and who-opposes on articles the rules were not written for: the relations
 * development set (test/eval/relations/, tune and heldout halves), the default corpus, and the
 * fresh and unseen sets (test/eval/news/fresh/, test/eval/news/unseen/), only ever reported on.
 * Each folder is read as a user's corpus would be (loadDocument → passages → support graph),
 * each case asked through answerWhoBacks / answerWhoOpposes, and scored:
 *
 *  - recall: expected counterparts found / expected counterparts;
 *  - precision: answered counterparts that are expected / all answered counterparts (a name the
 *    case does not expect counts against precision, listed as a hard negative or not).
 *
 * Run alone (`npx tsx test/eval/evalRelations.ts [--verbose]`) or from runEval.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocument } from '../../src/corpus/loadDocument.ts';
import type { PassageRecord } from '../../src/corpus/records.ts';
import { normalizeName } from '../../src/brief/lexicon/tokenize.ts';
import { answerWhoBacks, buildSupportGraph, type SupportGraph } from '../../src/brief/whoBacks.ts';
import {
  type Counterpart,
  type RelationCase,
  type RelationQuestion,
  relationCases,
} from './relations/relationCases.ts';
import { freshRelationCases } from './freshCases.ts';
import { unseenRelationCases } from './unseenCases.ts';
import { wireRelationCases } from './wireCases.ts';
import { wire2RelationCases } from './wire2Cases.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEEDS = path.resolve(HERE, '../../../shared/seeds');

/** The default corpus's own cases: the figures the issue's "Done when" names. */
const defaultCases: RelationCase[] = [
  {
    half: 'tune',
    entity: 'haftar',
    question: 'backers',
    expected: [
      { name: 'Egypt', pattern: 'passive list' },
      { name: 'Russia', pattern: 'transfer' },
      { name: 'United Arab Emirates', pattern: 'passive list' },
    ],
    excluded: [{ name: 'Turkey', pattern: 'opposer, not backer' }],
  },
  {
    half: 'tune',
    entity: 'GNA',
    question: 'backers',
    expected: [{ name: 'Turkey', pattern: 'active verb' }],
    excluded: [{ name: 'Russia', pattern: 'backer of the other side' }],
  },
  {
    half: 'tune',
    entity: 'Government of National Accord',
    question: 'backers',
    expected: [{ name: 'Turkey', pattern: 'acronym expansion' }],
    excluded: [],
  },
  {
    half: 'tune',
    entity: 'haftar',
    question: 'opposers',
    expected: [{ name: 'Turkey', pattern: 'threat / warning' }],
    excluded: [{ name: 'Russia', pattern: 'backer, not opposer' }],
  },
];

export interface RelationScores {
  corpus: string;
  cases: number;
  backers: Score;
  opposers: Score;
  /** Missed expected counterparts and wrong answers, by the pattern named in the case. */
  failures: Map<string, string[]>;
}

interface Score {
  expected: number;
  found: number;
  answered: number;
  correct: number;
  /** False when the bot cannot answer this question at all (no who-opposes yet). */
  supported: boolean;
}

/** Which counterparts the bot names, or null when it cannot answer this kind of question. */
export type RelationAnswerer = (graph: SupportGraph, entity: string, question: RelationQuestion) => string[] | null;

const NO_DOCUMENTS = new Map<string, { title: string; published: string | null }>();

export const answerRelation: RelationAnswerer = (graph, entity, question) =>
  answerWhoBacks(graph, entity, question, NO_DOCUMENTS).backers.map((backer) => backer.name);

/** A folder of articles → the support graph the bot would build from it. */
export async function graphOfFolder(dir: string): Promise<SupportGraph> {
  return buildSupportGraph(await passagesOfFolder(dir));
}

/** A folder of articles → its passages, as the indexer would store them. */
export async function passagesOfFolder(dir: string): Promise<PassageRecord[]> {
  const passages: PassageRecord[] = [];
  let id = 0;
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()) {
    const document = await loadDocument(file, fs.readFileSync(path.join(dir, file)));
    for (const passage of document.passages)
      passages.push({ ...passage, id: ++id, title: document.title, published: document.published });
  }
  return passages;
}

/** "ISWAP|Islamic State West Africa Province": a case's entity as asked, the first spelling the corpus knows. */
export function askedName(graph: SupportGraph, entity: string): string {
  const spellings = entity.split('|');
  return spellings.find((name) => graph.catalog.resolve(name) !== null) ?? spellings[0] ?? entity;
}

/** Does an answered name stand for the case's counterpart ("DR Congo|Congo" lists alternatives)? */
function sameActor(graph: SupportGraph, answered: string, counterpart: Counterpart): boolean {
  return counterpart.name.split('|').some((name) => {
    if (normalizeName(name) === normalizeName(answered)) return true;
    return graph.catalog.resolve(name)?.name === answered;
  });
}

export function scoreCases(
  graph: SupportGraph,
  corpus: string,
  cases: readonly RelationCase[],
  answer: RelationAnswerer = answerRelation,
): RelationScores {
  const blank = (): Score => ({ expected: 0, found: 0, answered: 0, correct: 0, supported: true });
  const scores: RelationScores = { corpus, cases: 0, backers: blank(), opposers: blank(), failures: new Map() };
  const fail = (pattern: string, line: string) =>
    scores.failures.set(pattern, [...(scores.failures.get(pattern) ?? []), line]);
  for (const testCase of cases) {
    scores.cases += testCase.expected.length + testCase.excluded.length;
    const score = scores[testCase.question];
    const names = answer(graph, askedName(graph, testCase.entity), testCase.question);
    if (names === null) {
      score.supported = false;
      continue;
    }
    const verb = testCase.question === 'backers' ? 'backs' : 'opposes';
    score.expected += testCase.expected.length;
    for (const counterpart of testCase.expected) {
      if (names.some((name) => sameActor(graph, name, counterpart))) score.found++;
      else fail(`missed: ${counterpart.pattern}`, `${counterpart.name} ${verb} ${testCase.entity}`);
    }
    for (const name of names) {
      score.answered++;
      if (testCase.expected.some((counterpart) => sameActor(graph, name, counterpart))) {
        score.correct++;
        continue;
      }
      const negative = testCase.excluded.find((counterpart) => sameActor(graph, name, counterpart));
      fail(`wrong: ${negative?.pattern ?? 'not in the case'}`, `${name} ${verb} ${testCase.entity}`);
    }
  }
  return scores;
}

/** Scores the default corpus and both halves of the development set. */
export async function evaluateRelations(answer: RelationAnswerer = answerRelation): Promise<RelationScores[]> {
  const rows: RelationScores[] = [scoreCases(await graphOfFolder(SEEDS), 'default corpus', defaultCases, answer)];
  for (const half of ['tune', 'heldout'] as const) {
    const graph = await graphOfFolder(path.join(HERE, 'relations', half));
    rows.push(
      scoreCases(
        graph,
        half,
        relationCases.filter((c) => c.half === half),
        answer,
      ),
    );
  }
  // The fresh set's articles serve ask and summary too, so they live with the news.
  rows.push(scoreCases(await graphOfFolder(path.join(HERE, 'news', 'fresh')), 'fresh', freshRelationCases, answer));
  rows.push(scoreCases(await graphOfFolder(path.join(HERE, 'news', 'unseen')), 'unseen', unseenRelationCases, answer));
  for (const half of ['tune', 'report'] as const) {
    const cases = wireRelationCases.filter((c) => c.half === `wire-${half}`);
    rows.push(scoreCases(await graphOfFolder(path.join(HERE, 'news', 'wire', half)), `wire-${half}`, cases, answer));
  }
  for (const half of ['tune', 'report'] as const) {
    const cases = wire2RelationCases.filter((c) => c.half === `wire2-${half}`);
    rows.push(scoreCases(await graphOfFolder(path.join(HERE, 'news', 'wire2', half)), `wire2-${half}`, cases, answer));
  }
  return rows;
}

/** The rows whose failures may be read (and tuned on). */
const TUNABLE = new Set(['default corpus', 'tune', 'wire-tune', 'wire2-tune']);

export function printRelationTable(rows: readonly RelationScores[], verbose = false): void {
  const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(2));
  const cells = (s: Score) =>
    s.supported
      ? `${ratio(s.correct, s.answered)} | ${ratio(s.found, s.expected)} | ${s.found}/${s.expected}`
      : 'n/a | n/a | n/a';
  console.log('\nRelations (test/eval/relations, default corpus from ../shared/seeds)\n');
  console.log('| corpus | cases | who-backs P | who-backs R | found | who-opposes P | who-opposes R | found |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows)
    console.log(`| ${row.corpus} | ${row.cases} | ${cells(row.backers)} | ${cells(row.opposers)} |`);
  for (const row of rows) {
    if (row.failures.size === 0) continue;
    // Only the sets one may tune on name their failing patterns: a held-out pattern label names
    // the construction to write a rule for, and the report halves must stay unread.
    if (!TUNABLE.has(row.corpus)) {
      const count = (kind: string) =>
        [...row.failures].filter(([pattern]) => pattern.startsWith(kind)).reduce((n, [, lines]) => n + lines.length, 0);
      console.log(
        `\nFailures, ${row.corpus}: ${count('missed')} missed, ${count('wrong')} wrong (patterns not shown: report only)`,
      );
      continue;
    }
    console.log(`\nFailures by pattern, ${row.corpus}:`);
    const sorted = [...row.failures].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    for (const [pattern, lines] of sorted)
      console.log(`  ${String(lines.length).padStart(3)}  ${pattern}${verbose ? `: ${lines.join('; ')}` : ''}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  printRelationTable(await evaluateRelations(), process.argv.includes('--verbose'));
}
