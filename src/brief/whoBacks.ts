import type { Sentence } from '../corpus/passage.ts';
import type { PassageRecord } from '../corpus/records.ts';
import { catalogFromNames, type EntityCatalog, type LearnedNames, learnNamesInSlices } from './entityCatalog.ts';
import type { ShownExcerpt } from './excerpt.ts';
import { extractRelations, relationsBacking, type SupportRelation } from './extractSupportRelations.ts';
import { DescribedActors } from './relations/describedActors.ts';

/** A sentence stating the relation, cited, with the pattern that read it (`briefbot who-backs --explain`). */
export type BackerEvidence = ShownExcerpt & {
  reportedBy: string | null;
  /** The extraction pattern, e.g. "backing-verb/passive": a wrong relation points to its rule. */
  pattern: string;
  /** The word that triggered it, as written. */
  cue: string;
};

/** One actor that supports (or, reversed, is supported by) the entity asked about. */
export interface Backer {
  name: string;
  /** Kinds of support, strongest first, e.g. "backing, warplanes". */
  support: string;
  /** How many documents give evidence. */
  documents: number;
  /** Each piece of evidence: the sentence, cited; reported claims name who said them. */
  evidence: BackerEvidence[];
}

export interface WhoBacksResult {
  /** The entity as resolved (canonical name), or as typed when not found. */
  entity: string;
  aliases: string[];
  /** 'backers': who supports the entity; 'backed': whom the entity supports; 'opposers': who attacks, threatens, sanctions or condemns it. */
  direction: 'backers' | 'backed' | 'opposers';
  /** False when the corpus never mentions the entity; then `suggestions` lists close names. */
  found: boolean;
  suggestions: string[];
  /** Each counterpart with its evidence (for 'opposers', `support` holds the kinds of opposition). */
  backers: Backer[];
  /** For 'backers': who opposes the entity, by name, so an analyst sees both sides (evidence via who-opposes). */
  opposedBy: string[];
}

/** Every support relation of the corpus, with the catalog that resolved its names. */
export interface SupportGraph {
  catalog: EntityCatalog;
  /** Support only. */
  relations: SupportRelation[];
  /** Opposition only (stance 'opposes'): attacks, strikes, threats, sanctions, condemnations. Never mixed with support. */
  oppositions: SupportRelation[];
}

/** Sentences before the current one that pronouns ("it", "the commander") may refer to. */
const CONTEXT_SENTENCES = 2;

/**
 * Reads every sentence of the corpus once: learns the entities and their aliases, then the
 * support relations, each sentence with the two before it as context for pronouns. Works in
 * slices, pausing for the event loop, so a bot keeps answering while it builds; built after
 * indexing and kept until the corpus changes, so a question costs a lookup.
 */
export async function buildSupportGraph(passages: readonly PassageRecord[]): Promise<SupportGraph> {
  return (await learnSupportGraph(passages)).graph;
}

/** buildSupportGraph, with what the catalog was built from (kept in the index: storedSupportGraph.ts). */
export async function learnSupportGraph(
  passages: readonly PassageRecord[],
): Promise<{ names: LearnedNames; graph: SupportGraph }> {
  const names = await learnNamesInSlices(passages.flatMap((passage) => passage.sentences));
  const catalog = catalogFromNames(names);
  const relations: SupportRelation[] = [];
  const oppositions: SupportRelation[] = [];
  let previous: Sentence[] = [];
  let describedActors = new DescribedActors();
  let currentFile = '';
  let read = 0;
  for (const passage of passages) {
    if (passage.file !== currentFile) {
      currentFile = passage.file;
      previous = [];
      describedActors = new DescribedActors();
    }
    for (const sentence of passage.sentences) {
      for (const relation of extractRelations(sentence, catalog, { previousSentences: previous, describedActors })) {
        (relation.stance === 'opposes' ? oppositions : relations).push(relation);
      }
      previous = [...previous, sentence].slice(-CONTEXT_SENTENCES);
      if (++read % 250 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { names, graph: { catalog, relations, oppositions } };
}

/**
 * Who supports `name` (direction 'backers') or whom `name` supports ('backed'), according to
 * the corpus: each counterpart once, with its kinds of support and every piece of evidence,
 * those backed by more documents first.
 */
export function answerWhoBacks(
  graph: SupportGraph,
  name: string,
  direction: 'backers' | 'backed' | 'opposers',
  documents: ReadonlyMap<string, { title: string; published: string | null }>,
): WhoBacksResult {
  const entity = graph.catalog.resolve(name);
  if (!entity) {
    return {
      entity: name.trim(),
      aliases: [],
      direction,
      found: false,
      suggestions: graph.catalog.suggest(name, 5),
      backers: [],
      opposedBy: [],
    };
  }
  const sideEntities = graph.catalog.sideOf(name);
  const side = new Set(sideEntities.map((e) => e.name));
  // The names the answer covers: the entity's own and those of its side (a leader's forces).
  const aliases = [...new Set(sideEntities.flatMap((e) => [e.name, ...e.aliases]))].filter(
    (alias) => alias !== entity.name,
  );
  const relevant =
    direction === 'backers'
      ? relationsBacking(graph.relations, name, graph.catalog)
      : direction === 'opposers'
        ? relationsBacking(graph.oppositions, name, graph.catalog)
        : graph.relations
            .filter((r) => side.has(r.backer) && !side.has(r.backed))
            .sort((a, b) => b.confidence - a.confidence);

  const byCounterpart = new Map<string, SupportRelation[]>();
  for (const relation of relevant) {
    const counterpart = direction === 'backed' ? relation.backed : relation.backer;
    byCounterpart.set(counterpart, [...(byCounterpart.get(counterpart) ?? []), relation]);
  }
  const backers = [...byCounterpart].map(([counterpart, relations]): Backer & { strength: number } => {
    const evidence = uniqueBySentence(relations).map((relation) => {
      const meta = documents.get(relation.sentence.file);
      return {
        ...relation.sentence,
        score: relation.confidence,
        title: meta?.title ?? relation.sentence.file,
        published: meta?.published ?? null,
        heading: null,
        keySentence: relation.sentence.text,
        reportedBy: relation.reportedBy,
        pattern: relation.pattern,
        cue: relation.cue,
      };
    });
    // Newest report first, so an analyst sees the current state before its history; undated
    // documents last. Equal dates keep the strongest evidence first (the sort is stable).
    evidence.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    return {
      name: counterpart,
      support: [...new Set(relations.map((r) => r.support))].join(', '),
      documents: new Set(relations.map((r) => r.sentence.file)).size,
      evidence,
      strength: Math.max(...relations.map((r) => r.confidence)),
    };
  });
  backers.sort((a, b) => b.documents - a.documents || b.strength - a.strength || a.name.localeCompare(b.name));
  return {
    entity: entity.name,
    aliases,
    direction,
    found: true,
    suggestions: [],
    backers: backers.map(({ strength: _strength, ...backer }) => backer),
    opposedBy:
      direction === 'backers'
        ? [...new Set(relationsBacking(graph.oppositions, name, graph.catalog).map((r) => r.backer))].sort()
        : [],
  };
}

/** One piece of evidence per sentence: its strongest reading. */
function uniqueBySentence(relations: SupportRelation[]): SupportRelation[] {
  const seen = new Set<string>();
  return relations.filter((relation) => {
    const key = `${relation.sentence.file}:${relation.sentence.lineStart}:${relation.sentence.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
