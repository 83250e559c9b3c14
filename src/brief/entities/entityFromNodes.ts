import type { Entity, EntityKind } from '../entityCatalog.ts';
import { lexiconTags } from '../lexicon/partOfSpeech.ts';
import { normalizeName } from '../lexicon/tokenize.ts';
import type { NameNode } from './learnEntities.ts';

/** One entity from the names merged into it: its fullest name, the others as aliases, its kind and roles. */
export function entityFromNodes(members: readonly NameNode[]): Entity {
  const known = members.find((m) => m.knownCountry)?.knownCountry;
  const surfaces: Array<{ surface: string; count: number; node: NameNode }> = [];
  for (const node of members) for (const [surface, count] of node.surfaces) surfaces.push({ surface, count, node });
  const name = known ?? canonicalSurface(surfaces);
  const aliases = new Map<string, string>();
  for (const { surface } of surfaces) {
    const key = normalizeName(surface);
    if (key !== normalizeName(name) && !aliases.has(key)) aliases.set(key, surface);
  }
  for (const node of members)
    for (const description of node.descriptions) aliases.set(normalizeName(description), description);
  const roles = new Set<string>();
  let person = 0;
  let organisation = 0;
  for (const node of members) {
    for (const role of node.roles) roles.add(role);
    person += node.personHints;
    organisation += node.organisationHints;
  }
  const countryLike = members.some((m) => lexiconTags(m.key).includes('Country'));
  const kind: EntityKind =
    known || countryLike ? 'country' : organisation > person ? 'organisation' : person > 0 ? 'person' : 'other';
  const entity: Entity = { name, aliases: [...aliases.values()], kind };
  if (roles.size > 0) entity.roles = [...roles];
  return entity;
}

/**
 * The fullest name: most words (a glued "KhalifaHaftar" counts as one), not all capitals, then
 * most frequent. A name only ever written glued is shown split at its capitals.
 */
function canonicalSurface(surfaces: ReadonlyArray<{ surface: string; count: number; node: NameNode }>): string {
  const names = surfaces.filter(
    (s) => s.node.source !== 'acronym' || surfaces.every((o) => o.node.source === 'acronym'),
  );
  const pool = names.length > 0 ? names : surfaces;
  const wordsIn = (surface: string): number => surface.split(/\s+/).length;
  const sorted = [...pool].sort(
    (a, b) =>
      wordsIn(b.surface) - wordsIn(a.surface) ||
      Number(isAllCapsWord(a.surface)) - Number(isAllCapsWord(b.surface)) ||
      b.count - a.count ||
      b.surface.length - a.surface.length,
  );
  const best = sorted[0]?.surface ?? '';
  if (wordsIn(best) === 1 && /\p{Ll}\p{Lu}/u.test(best) && !best.includes('-'))
    return best.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  // "ANKARA", a dateline: a place written in capitals. An acronym keeps them ("ISWAP", "UNICEF", "SSPDF").
  if (isAllCapsWord(best) && !/\s/.test(best) && lexiconTags(best.toLowerCase()).some((t) => PLACE_TAGS.has(t)))
    return best.charAt(0) + best.slice(1).toLowerCase();
  return best;
}

const PLACE_TAGS: ReadonlySet<string> = new Set(['City', 'Place', 'Region', 'Country']);

export function isAllCapsWord(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
