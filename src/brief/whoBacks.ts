import type { Sentence } from '../corpus/passage.ts';
import type { PassageRecord } from '../corpus/records.ts';
import { buildEntityCatalogInSlices, type EntityCatalog } from './entityCatalog.ts';
import type { ShownExcerpt } from './excerpt.ts';
import { extractSupportRelations, relationsBacking, type SupportRelation } from './extractSupportRelations.ts';

/** One actor that supports (or, reversed, is supported by) the entity asked about. */
export interface Backer {
  name: string;
  /** Kinds of support, strongest first, e.g. "backing, warplanes". */
  support: string;
  /** How many documents give evidence. */
  documents: number;
  /** Each piece of evidence: the sentence, cited; reported claims name who said them. */
  evidence: (ShownExcerpt & { reportedBy: string | null })[];
}

export interface WhoBacksResult {
  /** The entity as resolved (canonical name), or as typed when not found. */
  entity: string;
  aliases: string[];
  /** 'backers': who supports the entity; 'backed': whom the entity supports. */
  direction: 'backers' | 'backed';
  /** False when the corpus never mentions the entity; then `suggestions` lists close names. */
  found: boolean;
  suggestions: string[];
  backers: Backer[];
}

/** Every support relation of the corpus, with the catalog that resolved its names. */
export interface SupportGraph {
  catalog: EntityCatalog;
  relations: SupportRelation[];
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
  const catalog = await buildEntityCatalogInSlices(passages.flatMap((passage) => passage.sentences));
  const relations: SupportRelation[] = [];
  let previous: Sentence[] = [];
  let currentFile = '';
  let read = 0;
  for (const passage of passages) {
    if (passage.file !== currentFile) {
      currentFile = passage.file;
      previous = [];
    }
    for (const sentence of passage.sentences) {
      relations.push(...extractSupportRelations(sentence, catalog, { previousSentences: previous }));
      previous = [...previous, sentence].slice(-CONTEXT_SENTENCES);
      if (++read % 250 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { catalog, relations };
}

/**
 * Who supports `name` (direction 'backers') or whom `name` supports ('backed'), according to
 * the corpus: each counterpart once, with its kinds of support and every piece of evidence,
 * those backed by more documents first.
 */
export function answerWhoBacks(
  graph: SupportGraph,
  name: string,
  direction: 'backers' | 'backed',
  documents: ReadonlyMap<string, { title: string; published: string | null }>,
): WhoBacksResult {
  const entity = graph.catalog.resolve(name);
  if (!entity) {
    return { entity: name.trim(), aliases: [], direction, found: false, suggestions: graph.catalog.suggest(name, 5), backers: [] };
  }
  const sideEntities = graph.catalog.sideOf(name);
  const side = new Set(sideEntities.map((e) => e.name));
  // The names the answer covers: the entity's own and those of its side (a leader's forces).
  const aliases = [...new Set(sideEntities.flatMap((e) => [e.name, ...e.aliases]))].filter((alias) => alias !== entity.name);
  const relevant =
    direction === 'backers'
      ? relationsBacking(graph.relations, name, graph.catalog)
      : graph.relations.filter((r) => side.has(r.backer) && !side.has(r.backed)).sort((a, b) => b.confidence - a.confidence);

  const byCounterpart = new Map<string, SupportRelation[]>();
  for (const relation of relevant) {
    const counterpart = direction === 'backers' ? relation.backer : relation.backed;
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
      };
    });
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
