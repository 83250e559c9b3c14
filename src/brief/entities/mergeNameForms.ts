/**
 * After learning, the names that are one entity are merged: glued and short forms, plurals,
 * organisation names without their final organisation word.
 */
import { organisationWords } from '../lexicon/partOfSpeech.ts';
import { squash } from '../lexicon/tokenize.ts';
import type { CatalogLearner } from './learnEntities.ts';

/** "KhalifaHaftar" and "Khalifa Haftar" are the same letters. */
export function mergeSquashedNames(learner: CatalogLearner): void {
  const byLetters = new Map<string, string>();
  for (const node of learner.nodes.values()) {
    const letters = squash(node.key);
    if (letters.length < 6) continue; // short forms collide by chance ("US" / "U S")
    const other = byLetters.get(letters);
    if (other === undefined) byLetters.set(letters, node.key);
    else learner.groups.union(other, node.key);
  }
}

/**
 * Shorter forms the corpus uses for a longer name: one word that is the last word of exactly
 * one person's full name ("Haftar", "Bashagha"), or two or more words ending exactly one
 * organisation's name ("National Army" → "Libyan National Army"). Known aliases are never
 * re-assigned ("Washington" stays the metonym).
 */
export function mergeShortForms(learner: CatalogLearner): void {
  const hints = hintsByGroup(learner);
  const hintsOf = (key: string): { person: number; organisation: number } =>
    hints.get(learner.groups.find(key)) ?? { person: 0, organisation: 0 };
  const owners = new Map<string, Set<string>>();
  for (const node of learner.nodes.values()) {
    if (node.knownCountry || node.mentions === 0) continue;
    const words = node.key.split(' ');
    for (let i = 1; i < words.length; i++) {
      // "Federal Government" is not a short form of "Administration of the Federal Government".
      // A name particle may open a surname ("Bashar al-Assad" → "Assad"); "of" and "the" never do.
      if (['of', 'the', 'de', 'del', 'der'].includes(words[i - 1] ?? '')) continue;
      const suffix = words.slice(i).join(' ');
      const set = owners.get(suffix) ?? new Set<string>();
      set.add(learner.groups.find(node.key));
      owners.set(suffix, set);
    }
  }
  // "The National Liberation Army (ELN)" is a name in its own right, not a short form of the
  // "West Papua National Liberation Army (TPNPB)" another article names.
  const withAcronym = new Set<string>();
  for (const node of learner.nodes.values())
    if (node.source === 'acronym' && node.mentions > 0) withAcronym.add(learner.groups.find(node.key));
  for (const node of learner.nodes.values()) {
    if (node.knownCountry || node.mentions === 0 || node.source === 'acronym') continue;
    // "Libya’s Haftar" is still Haftar, but "Turkey’s Foreign Ministry" is not the Russian one.
    if (node.qualified && node.key.includes(' ')) continue;
    if (withAcronym.has(learner.groups.find(node.key))) continue;
    const candidates = owners.get(node.key);
    if (candidates?.size !== 1) continue;
    const [owner] = candidates;
    if (owner === undefined || learner.groups.find(owner) === learner.groups.find(node.key)) continue;
    const words = node.key.split(' ').length;
    const ownerHints = hintsOf(owner);
    if (words === 1 && ownerHints.person > 0 && ownerHints.person >= ownerHints.organisation) node.source = 'surname';
    else if (words >= 2 && ownerHints.organisation > ownerHints.person) node.source = 'name';
    else continue;
    learner.groups.union(owner, node.key);
  }
}

/** Person and organisation evidence summed over each group of merged names. */
function hintsByGroup(learner: CatalogLearner): Map<string, { person: number; organisation: number }> {
  const sums = new Map<string, { person: number; organisation: number }>();
  for (const node of learner.nodes.values()) {
    const root = learner.groups.find(node.key);
    const sum = sums.get(root) ?? { person: 0, organisation: 0 };
    sum.person += node.personHints;
    sum.organisation += node.organisationHints;
    sums.set(root, sum);
  }
  return sums;
}

/**
 * "Houthi" and "Houthis", "Arab" and "Arabs": a name the corpus also writes with a plural -s is
 * the same entity (the singular is the adjective or one member).
 */
export function mergePlurals(learner: CatalogLearner): void {
  for (const node of learner.nodes.values()) {
    if (node.knownCountry || node.mentions === 0 || !node.key.endsWith('s') || node.key.length < 5) continue;
    const singular = learner.nodes.get(node.key.slice(0, -1));
    if (!singular || singular.knownCountry || singular.mentions === 0 || singular.source === 'acronym') continue;
    learner.groups.union(node.key, singular.key);
  }
}

/**
 * "Wagner" for "Wagner Group", "Polisario" for "Polisario Front": a name that is exactly one
 * organisation's name without its final organisation word ("Group", "Front", "Army") is that
 * organisation, when no other organisation shares it. So is the head before an organisation's
 * "of" ("the Tigers" for the "Liberation Tigers of Tamil Eelam", "the Union" for the "Union of
 * Sinai Tribes"), read as the organisation itself by the same test.
 */
export function mergeOrganisationHeads(learner: CatalogLearner): void {
  const hints = hintsByGroup(learner);
  const owners = new Map<string, Set<string>>();
  const own = (head: string, node: string) =>
    owners.set(head, (owners.get(head) ?? new Set()).add(learner.groups.find(node)));
  for (const node of learner.nodes.values()) {
    if (node.knownCountry || node.mentions === 0) continue;
    const words = node.key.split(' ');
    const last = words[words.length - 1] ?? '';
    if (words.length >= 2 && organisationWords().has(last)) own(words.slice(0, -1).join(' '), node.key);
    const of = words.indexOf('of');
    const groupHints = hints.get(learner.groups.find(node.key));
    if (of > 0 && groupHints !== undefined && groupHints.organisation > groupHints.person)
      for (let i = 0; i < of; i++) own(words.slice(i, of).join(' '), node.key);
  }
  for (const node of learner.nodes.values()) {
    if (
      node.knownCountry ||
      node.mentions === 0 ||
      node.source === 'acronym' ||
      node.personHints > node.organisationHints
    )
      continue;
    const candidates = owners.get(node.key);
    if (candidates?.size !== 1) continue;
    const [owner] = candidates;
    if (owner !== undefined && learner.groups.find(owner) !== learner.groups.find(node.key))
      learner.groups.union(owner, node.key);
  }
}
