import { type DateRange, isOpenRange, publishedInRange } from './brief/dateRange.ts';
import type { SupportGraph } from './brief/whoBacks.ts';
import { foldText } from './text/foldText.ts';

/** The relations whose evidence was published in the range (the catalog still knows every name). */
export function graphInRange(
  graph: SupportGraph,
  documents: { file: string; published: string | null }[],
  range: DateRange,
): SupportGraph {
  if (isOpenRange(range)) return graph;
  const inRange = new Set(documents.filter((doc) => publishedInRange(doc.published, range)).map((doc) => doc.file));
  const published = (relation: { sentence: { file: string } }) => inRange.has(relation.sentence.file);
  return { ...graph, relations: graph.relations.filter(published), oppositions: graph.oppositions.filter(published) };
}

/** Actors by canonical name whose names start with (first) or contain `prefix`: autocomplete. */
export function matchingEntityNames(
  entities: { name: string; aliases: string[] }[],
  prefix: string,
  limit: number,
): string[] {
  const wanted = foldText(prefix.trim());
  const rank = (entity: { name: string; aliases: string[] }) => {
    const names = [entity.name, ...entity.aliases].map(foldText);
    if (names.some((name) => name.startsWith(wanted))) return 0;
    if (names.some((name) => name.includes(wanted))) return 1;
    return 2;
  };
  // One choice per actor, under its canonical name, whichever of its names was typed.
  return entities
    .map((entity) => ({ name: entity.name, rank: rank(entity) }))
    .filter((entry) => entry.rank < 2)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((entry) => entry.name);
}
