/**
 * Who is who in the corpus: the entities (people, organisations, countries) the articles talk
 * about, every name they go by, and how to find them in a sentence.
 *
 * The catalog starts from general knowledge (knownAliases.ts: countries, demonyms, capitals) and
 * learns the rest from the corpus where the text itself states it:
 *  - proper-name chunks ("Khalifa Haftar", "Libyan National Army", "Interfax");
 *  - acronym definitions: "Libyan National Army (LNA)";
 *  - titles, stripped and kept as roles: "Field Marshal KhalifaHaftar", "Interior Minister Fathi Bashagha";
 *  - surname-only mentions: "Haftar" → "Khalifa Haftar" when exactly one person has that surname;
 *  - shorter forms of an organisation: "the National Army" → "Libyan National Army" (unique suffix);
 *  - glued names: "KhalifaHaftar" → "Khalifa Haftar" (same letters once spaces are dropped);
 *  - descriptive appositions: "the GNA, Libya's internationally recognized government, ...";
 *  - leadership: "LNA commander Khalifa Haftar", "Commander of the National Army, Field Marshal
 *    Khalifa Haftar", "Haftar, the leader of the LNA". The organisation stays its own entity
 *    (who-backs LNA must still work and the corpus may speak of it separately) but is put on the
 *    leader's side: Entity.side = "Khalifa Haftar", and sideOf("Haftar") returns both, so who-backs
 *    Haftar shows the backers of his army too. "Haftar's forces" and similar possessives are not
 *    separate entities at all: they are mentions of Haftar (see SIDE_NOUNS).
 *
 * Matching ignores case and diacritics ("kalin" finds "İbrahim Kalın") and simple possessive and
 * plural endings. Mentions found in running text must be capitalised, as names are in English,
 * which keeps "turkey" the bird and "us" the pronoun out.
 */
import { distance } from 'fastest-levenshtein';
import type { Sentence } from '../corpus/passage.ts';
import type { StoredCatalogText } from '../index/indexStore.ts';
import { entityFromNodes, isAllCapsWord } from './entities/entityFromNodes.ts';
import { CatalogLearner, type NameNode } from './entities/learnEntities.ts';
import {
  mergeOrganisationHeads,
  mergePlurals,
  mergeShortForms,
  mergeSquashedNames,
} from './entities/mergeNameForms.ts';
import { SIDE_NOUN_SET, stripTitles } from './entities/titles.ts';
import { STATE_FORCE_HEADS, STATE_FORCE_MODIFIERS, STATE_RULER_NOUNS } from './knownAliases.ts';
import { ARTICLES, NAME_CONNECTORS } from './lexicon/functionWords.ts';
import { isCommonWord } from './lexicon/partOfSpeech.ts';
import { isGlued, normalizeName, squash, startsSentence, tokenize, type Token } from './lexicon/tokenize.ts';

export type EntityKind = 'person' | 'organisation' | 'country' | 'other';

export interface Entity {
  /** Canonical, human-readable name: the fullest form the corpus uses ("Khalifa Haftar"). */
  name: string;
  /** Every other name it goes by (surname, acronym, demonym, capital, glued or titled forms, descriptions). */
  aliases: string[];
  kind?: EntityKind;
  /**
   * For an organisation led by a person the corpus names (LNA → Khalifa Haftar): the leader's
   * canonical name. Support for the organisation is support for the leader's side.
   */
  side?: string;
  /** Role nouns the corpus uses for this entity ("commander", "minister"), so "the Libyan commander" can refer back to it. */
  roles?: string[];
}

/** How a matched alias relates to its entity; the extractor treats demonyms as possible modifiers. */
export type AliasSource = 'name' | 'acronym' | 'surname' | 'variant' | 'demonym' | 'metonym';

/** An entity found in a tokenised sentence, over tokens [start, end). */
export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  source: AliasSource;
}

export interface EntityCatalog {
  /** The entity a user-typed or text name refers to, or null. */
  resolve(name: string): Entity | null;
  /** Canonical names closest to `name` by edit distance, best first ("not found, did you mean…"). */
  suggest(name: string, n?: number): string[];
  /** Entities the corpus mentions, most mentioned first (autocomplete). Known countries the corpus never names are resolvable but not listed. */
  entities(): Entity[];
  /** The entity `name` resolves to plus everything on the same side (a leader and the organisations they lead); [] when unknown. */
  sideOf(name: string): Entity[];
  /** Entity mentions in a tokenised sentence, left to right, longest match first. */
  findMentions(tokens: readonly Token[]): Mention[];
}

// ---------------------------------------------------------------------------------------------
// The built catalog

interface IndexedAlias {
  entity: number;
  source: AliasSource;
}

interface Description {
  entity: number;
  head: string;
  words: ReadonlySet<string>;
}

/**
 * What the learner found, all the built catalog is made from: every name form with its counts and
 * hints, which forms are one entity (`rootOf`), and leadership links. Small beside the text it
 * was learned from, so the index keeps it (storedSupportGraph.ts) and a start builds the catalog
 * from it without reading a sentence.
 */
export interface LearnedNames {
  nodes: ReadonlyMap<string, NameNode>;
  /** The key of the group a name key belongs to (the same for all forms of one entity). */
  rootOf(key: string): string;
  /** Organisation key → leader key. */
  leaderLinks: ReadonlyArray<readonly [string, string]>;
  /**
   * Each group's entity as entityFromNodes makes it (root key → a fresh object), when already
   * known: a stored catalog skips the lexicon look-ups that cost a start hundreds of ms.
   */
  entities?: ReadonlyMap<string, Entity>;
}

/**
 * Bumped whenever what StoredCatalog holds, or how a catalog is read back from it, changes. The
 * rules that build a catalog are versioned by EXTRACTOR_VERSION, which the index's stamp holds too.
 */
export const CATALOG_FORMAT = '1';

/**
 * A built catalog as the index keeps it (storedSupportGraph.ts): its state once every rule has
 * run (surnames, leaders' and states' sides), so that a start reads it back without learning,
 * merging or looking a word up. Entities by position; aliases, glued forms and descriptions
 * point at them by index.
 */
interface StoredCatalog {
  format: string;
  entities: Entity[];
  mentioned: number[];
  aliases: [key: string, entity: number, source: AliasSource][];
  glued: [glued: string, entity: number][];
  prefixes: string[];
  descriptions: [entity: number, head: string, words: string[]][];
  maxAliasWords: number;
}

class BuiltCatalog implements EntityCatalog {
  private readonly list: Entity[];
  private readonly mentioned: number[];
  private readonly aliasIndex = new Map<string, IndexedAlias>();
  private readonly glueIndex = new Map<string, number>();
  private readonly prefixes = new Set<string>();
  private readonly descriptions: Description[] = [];
  private readonly suggestionKeys: Array<{ key: string; entity: number }> = [];
  private maxAliasWords = 1;

  constructor(source: LearnedNames | StoredCatalog) {
    if ('format' in source) {
      this.list = source.entities;
      this.mentioned = source.mentioned;
      for (const [key, entity, aliasSource] of source.aliases)
        this.aliasIndex.set(key, { entity, source: aliasSource });
      for (const [glued, entity] of source.glued) this.glueIndex.set(glued, entity);
      for (const prefix of source.prefixes) this.prefixes.add(prefix);
      for (const [entity, head, words] of source.descriptions)
        this.descriptions.push({ entity, head, words: new Set(words) });
      this.maxAliasWords = source.maxAliasWords;
      this.addSuggestionKeys(new Set(this.mentioned));
      return;
    }
    const learner = source;
    const byRoot = new Map<string, NameNode[]>();
    for (const node of learner.nodes.values()) {
      const root = learner.rootOf(node.key);
      const members = byRoot.get(root);
      if (members) members.push(node);
      else byRoot.set(root, [node]);
    }
    this.list = [];
    const entityOfRoot = new Map<string, number>();
    const mentionCount: number[] = [];
    for (const [root, members] of byRoot) {
      entityOfRoot.set(root, this.list.length);
      this.list.push(learner.entities?.get(root) ?? entityFromNodes(members));
      mentionCount.push(members.reduce((sum, n) => sum + n.mentions, 0));
    }
    for (const [orgKey, leaderKey] of learner.leaderLinks) {
      const org = this.list[entityOfRoot.get(learner.rootOf(orgKey)) ?? -1];
      const leader = this.list[entityOfRoot.get(learner.rootOf(leaderKey)) ?? -1];
      if (org && leader && org !== leader && org.kind !== 'country' && leader.kind !== 'country') {
        org.side = leader.side ?? leader.name;
        if (org.kind !== 'organisation') org.kind = 'organisation';
      }
    }
    this.mentioned = this.list.map((_, i) => i).filter((i) => (mentionCount[i] ?? 0) > 0);
    this.mentioned.sort(
      (a, b) =>
        (mentionCount[b] ?? 0) - (mentionCount[a] ?? 0) ||
        (this.list[a]?.name ?? '').localeCompare(this.list[b]?.name ?? ''),
    );
    const mentionedSet = new Set(this.mentioned);

    for (const [root, members] of byRoot) {
      const entity = entityOfRoot.get(root) ?? -1;
      for (const node of members) {
        this.addAlias(node.key, entity, node.source);
        for (const description of node.descriptions) this.addDescription(description, entity);
      }
    }
    this.addSurnames(mentionedSet);
    this.putStateForcesOnTheirSide();
    this.addSuggestionKeys(mentionedSet);
  }

  private addSuggestionKeys(mentioned: ReadonlySet<number>): void {
    for (const [key, alias] of this.aliasIndex) {
      if (mentioned.has(alias.entity)) this.suggestionKeys.push({ key, entity: alias.entity });
    }
  }

  /** What the catalog is made of now, for catalogFromStored to read back (its entities are copied by JSON). */
  toStored(): StoredCatalog {
    return {
      format: CATALOG_FORMAT,
      entities: this.list,
      mentioned: this.mentioned,
      aliases: [...this.aliasIndex].map(([key, alias]) => [key, alias.entity, alias.source]),
      glued: [...this.glueIndex],
      prefixes: [...this.prefixes],
      descriptions: this.descriptions.map((d) => [d.entity, d.head, [...d.words]]),
      maxAliasWords: this.maxAliasWords,
    };
  }

  private addAlias(key: string, entity: number, source: AliasSource): void {
    if (key === '' || this.aliasIndex.has(key)) return;
    this.aliasIndex.set(key, { entity, source });
    const words = key.split(' ');
    this.maxAliasWords = Math.max(this.maxAliasWords, words.length);
    for (let i = 1; i < words.length; i++) this.prefixes.add(words.slice(0, i).join(' '));
    const glued = squash(key);
    const existing = this.glueIndex.get(glued);
    // -1 marks a glued form shared by two entities: ambiguous, so never used.
    this.glueIndex.set(glued, existing === undefined || existing === entity ? entity : -1);
  }

  private addDescription(description: string, entity: number): void {
    const words = descriptionWords(description, this.aliasIndex, this.list);
    const head = words[words.length - 1];
    if (head !== undefined && words.length >= 2) this.descriptions.push({ entity, head, words: new Set(words) });
  }

  /** A person's last name is an alias when no other known name claims it and only one person has it. */
  private addSurnames(mentioned: ReadonlySet<number>): void {
    const owners = new Map<string, Set<number>>();
    for (const [key, alias] of this.aliasIndex) {
      const entity = this.list[alias.entity];
      if (entity?.kind !== 'person' || !mentioned.has(alias.entity)) continue;
      const words = key.split(' ');
      const surname = words[words.length - 1];
      if (words.length < 2 || surname === undefined || surname.length < 3) continue;
      const set = owners.get(surname) ?? new Set<number>();
      set.add(alias.entity);
      owners.set(surname, set);
    }
    for (const [surname, set] of owners) {
      const [only] = set;
      const entity = only === undefined ? undefined : this.list[only];
      if (set.size !== 1 || only === undefined || !entity || this.aliasIndex.has(surname)) continue;
      this.addAlias(surname, only, 'surname');
      const written = entity.name.split(/\s+/).pop() ?? surname;
      if (!entity.aliases.some((a) => normalizeName(a) === surname)) entity.aliases.push(written);
    }
  }

  resolve(name: string): Entity | null {
    const tokens = tokenize(name).filter((t) => t.kind !== 'punct');
    const keys = tokens.filter((t) => t.kind === 'word').map((t) => t.key);
    while (keys.length > 1 && ARTICLES.has(keys[0] ?? '')) keys.shift();
    return this.resolveKeys(keys, 0) ?? this.resolveInitials(keys);
  }

  /**
   * "Government of National Accord" when the corpus only says "GNA": the initials of a name of
   * three or more words, with and without its connectors ("of", "the"), looked up as an acronym
   * the corpus uses. Only acronyms count, so "Red Sea Port" does not become "RSP" by chance.
   */
  private resolveInitials(keys: readonly string[]): Entity | null {
    const words = keys.filter((k) => k !== '');
    if (words.length < 3) return null;
    const content = words.filter((k) => !NAME_CONNECTORS.has(k) && k !== 'the' && k !== 'and');
    for (const initials of new Set([
      content.map((k) => k.charAt(0)).join(''),
      words.map((k) => k.charAt(0)).join(''),
    ])) {
      const alias = this.aliasIndex.get(initials);
      const entity = alias ? this.list[alias.entity] : undefined;
      if (initials.length < 2 || !alias || !entity) continue;
      // An acronym the corpus defines, or a name it only ever writes in capitals ("GNA").
      const writtenInCapitals = [entity.name, ...entity.aliases].some(
        (surface) => normalizeName(surface) === initials && isAllCapsWord(surface),
      );
      if (alias.source === 'acronym' || writtenInCapitals) return entity;
    }
    return null;
  }

  private resolveKeys(keys: readonly string[], depth: number): Entity | null {
    if (keys.length === 0 || depth > 3) return null;
    const key = keys.join(' ');
    const direct = this.lookup(key);
    if (direct) return direct;
    // "Field Marshal Haftar" → "Haftar"
    const titles = stripTitles(keys);
    if (titles.start > 0) return this.resolveKeys(keys.slice(titles.start), depth + 1);
    // "Libya Government" → the GNA when the corpus describes it as "Libya’s internationally recognized government"
    const described = this.resolveDescription(keys);
    if (described) return described;
    // "Haftar forces", "Haftar's elements" (the possessive is dropped by tokenising), "forces of Haftar", "forces loyal to Haftar"
    const last = keys[keys.length - 1] ?? '';
    if (keys.length > 1 && (SIDE_NOUN_SET.has(last) || SIDE_NOUN_SET.has(keys.slice(-2).join(' ')))) {
      const rest = SIDE_NOUN_SET.has(keys.slice(-2).join(' ')) ? keys.slice(0, -2) : keys.slice(0, -1);
      const found = this.resolveKeys(rest, depth + 1);
      if (found) return found;
    }
    const ofAt = keys.findIndex((k, i) => (k === 'of' || (k === 'to' && keys[i - 1] === 'loyal')) && i > 0);
    if (ofAt > 0 && SIDE_NOUN_SET.has(keys[0] ?? '')) return this.resolveKeys(keys.slice(ofAt + 1), depth + 1);
    // Plural and possessive endings: "Emiratis", "Haftars'"
    for (const ending of ["'", 's', 'es']) {
      if (key.endsWith(ending) && key.length > ending.length + 2) {
        const found = this.lookup(key.slice(0, -ending.length));
        if (found) return found;
      }
    }
    return null;
  }

  private lookup(key: string): Entity | null {
    const alias = this.aliasIndex.get(key.replace(/^the /, ''));
    if (alias) return this.list[alias.entity] ?? null;
    const glued = this.glueIndex.get(squash(key));
    if (glued !== undefined && glued >= 0) return this.list[glued] ?? null;
    return null;
  }

  /** "Libya Government" → the one entity described as "Libya’s internationally recognized government": same head noun, all words contained. */
  private resolveDescription(keys: readonly string[]): Entity | null {
    const words = descriptionWords(keys.join(' '), this.aliasIndex, this.list);
    const head = words[words.length - 1];
    if (words.length < 2 || head === undefined) return null;
    let found: number | undefined;
    for (const description of this.descriptions) {
      if (description.head !== head || !words.every((w) => description.words.has(w))) continue;
      if (found !== undefined && found !== description.entity) return null;
      found = description.entity;
    }
    return found === undefined ? null : (this.list[found] ?? null);
  }

  suggest(name: string, n = 5): string[] {
    const query = normalizeName(name);
    if (query === '') return [];
    const limit = Math.max(1, Math.floor(Math.max(query.length, 4) * 0.4));
    const best = new Map<number, number>();
    for (const { key, entity } of this.suggestionKeys) {
      let score = distance(query, key);
      // Typing one word of a longer name ("haftar", "sarraj") is a near miss, not a distance of 8.
      for (const word of key.split(' ')) score = Math.min(score, distance(query, word) + 0.5);
      if (key.startsWith(query) && query.length >= 3) score = Math.min(score, 0.5);
      if (score > limit) continue;
      const previous = best.get(entity);
      if (previous === undefined || score < previous) best.set(entity, score);
    }
    const rank = new Map(this.mentioned.map((entity, position) => [entity, position]));
    return [...best.entries()]
      .sort((a, b) => a[1] - b[1] || (rank.get(a[0]) ?? 0) - (rank.get(b[0]) ?? 0))
      .slice(0, n)
      .map(([entity]) => this.list[entity]?.name ?? '')
      .filter((entityName) => entityName !== '');
  }

  entities(): Entity[] {
    return this.mentioned.map((i) => this.list[i]).filter((e): e is Entity => e !== undefined);
  }

  /**
   * "Lebanese Armed Forces", "Somali National Army": a state's forces go on the country's side
   * (STATE_FORCE_HEADS); so does a state's ruling organ, described as "<country>'s (military) rulers"
   * (rulingStateOf).
   */
  private putStateForcesOnTheirSide(): void {
    for (const entity of this.list) {
      // A name ending in a state force's head is an organisation whatever kind its words suggested.
      if (entity.kind === 'person' || entity.kind === 'country' || entity.side) continue;
      const ruled = this.rulingStateOf(entity);
      if (ruled) {
        entity.side = ruled.name;
        continue;
      }
      const words = normalizeName(entity.name).split(' ');
      const head = STATE_FORCE_HEADS.find((h) => words.slice(-h.split(' ').length).join(' ') === h);
      if (!head) continue;
      const rest = words.slice(0, words.length - head.split(' ').length);
      while (rest.length > 0 && STATE_FORCE_MODIFIERS.includes(rest[rest.length - 1] ?? '')) rest.pop();
      // "Royal Thai Army", "Royal Solomon Islands Police Force": the modifier may open the name too.
      while (rest.length > 0 && STATE_FORCE_MODIFIERS.includes(rest[0] ?? '')) rest.shift();
      if (rest.length === 0 || rest.length > 3) continue;
      const alias = this.aliasIndex.get(rest.join(' '));
      const country = alias ? this.list[alias.entity] : undefined;
      if (country?.kind === 'country' && (alias?.source === 'demonym' || alias?.source === 'name'))
        entity.side = country.name;
    }
  }

  /** The country an alias "<country>'s <modifiers> <ruler noun>" makes the entity the ruling organ of. */
  private rulingStateOf(entity: Entity): Entity | undefined {
    for (const alias of entity.aliases) {
      const match = /^(.+?)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u.exec(alias);
      if (!match?.[1] || !STATE_RULER_NOUNS.includes(match[2] ?? '')) continue;
      const indexed = this.aliasIndex.get(normalizeName(match[1]));
      const country = indexed ? this.list[indexed.entity] : undefined;
      if (country?.kind === 'country') return country;
    }
    return undefined;
  }

  sideOf(name: string): Entity[] {
    const entity = this.resolve(name);
    if (!entity) return [];
    const leader = entity.side ?? entity.name;
    return [entity, ...this.list.filter((e) => e !== entity && (e.side ?? e.name) === leader)];
  }

  findMentions(tokens: readonly Token[]): Mention[] {
    const mentions: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (first?.kind !== 'word' || !(first.capitalised || first.allCaps)) continue;
      let best: { alias: IndexedAlias; end: number } | undefined;
      let key = '';
      for (let j = i; j < tokens.length && j - i < this.maxAliasWords; j++) {
        const token = tokens[j];
        if (token?.kind !== 'word') break;
        key = j === i ? token.key : `${key} ${token.key}`;
        const alias = this.aliasIndex.get(key);
        if (alias && acceptableMatch(alias, tokens, i, j + 1)) best = { alias, end: j + 1 };
        // "South Sudan People's Defence Forces": a possessive inside a known longer name belongs to it.
        if (tokens[j + 1]?.kind === 'possessive' && this.prefixes.has(`${key}'s`)) {
          key = `${key}'s`;
          j++;
          continue;
        }
        if (!this.prefixes.has(key)) break;
      }
      if (!best && isGlued(first)) {
        const entity = this.glueIndex.get(squash(first.key));
        if (entity !== undefined && entity >= 0) best = { alias: { entity, source: 'name' }, end: i + 1 };
      }
      const entity = best ? this.list[best.alias.entity] : undefined;
      if (!best || !entity) continue;
      mentions.push({ entity, start: i, end: best.end, source: best.alias.source });
      i = best.end - 1;
    }
    return mentions;
  }
}

/** Short abbreviations collide with words ("US"/"us", "UK"): only all-capital text matches them. */
function acceptableMatch(alias: IndexedAlias, tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (!first) return false;
  if (end - start === 1 && first.key.length <= 3 && (alias.source === 'variant' || alias.source === 'acronym'))
    return first.allCaps;
  // A sentence-initial common word that happens to be a surname is the word ("Will", "Bush" aside).
  if (alias.source === 'surname' && end - start === 1 && startsSentence(tokens, start) && isCommonWord(first.key))
    return false;
  return true;
}

/** Content words of a description, demonyms turned into their country ("libyan" → "libya"). */
function descriptionWords(
  text: string,
  aliases: ReadonlyMap<string, IndexedAlias>,
  entities: readonly Entity[],
): string[] {
  return normalizeName(text)
    .split(' ')
    .map((word) => word.replace(/'s?$/, ''))
    .filter((word) => word !== '' && !ARTICLES.has(word))
    .map((word) => {
      const alias = aliases.get(word);
      const entity = alias ? entities[alias.entity] : undefined;
      return alias?.source === 'demonym' && entity ? normalizeName(entity.name) : word;
    });
}

/** Learns the entities of a corpus from its sentences; one pass, linear in the text. */
export function buildEntityCatalog(sentences: readonly Sentence[]): EntityCatalog {
  return catalogFromNames(learnNames(sentences));
}

/** The same catalog, built in slices that leave the event loop free in between (a running bot). */
export async function buildEntityCatalogInSlices(sentences: readonly Sentence[]): Promise<EntityCatalog> {
  return catalogFromNames(await learnNamesInSlices(sentences));
}

/** The catalog of what was learned (fresh, or as the index stored it). */
export function catalogFromNames(names: LearnedNames): EntityCatalog {
  return new BuiltCatalog(names);
}

/** A built catalog as JSON text in CATALOG_FORMAT, for catalogFromStored to read back (the index keeps it: storedSupportGraph.ts). */
export function storedCatalogOf(catalog: EntityCatalog): StoredCatalogText {
  if (!(catalog instanceof BuiltCatalog)) throw new Error('only a catalog built by this module can be stored');
  return { format: CATALOG_FORMAT, text: JSON.stringify(catalog.toStored()) };
}

/**
 * The catalog storedCatalogOf wrote, as it was: the same entities (fresh objects), the same
 * answers. The index stamps what it keeps with CATALOG_FORMAT, so another format is a bug.
 */
export function catalogFromStored(text: string): EntityCatalog {
  const stored = JSON.parse(text) as Partial<StoredCatalog> | null;
  if (stored?.format !== CATALOG_FORMAT) throw new Error(`not a stored catalog of format ${CATALOG_FORMAT}`);
  return new BuiltCatalog(stored as StoredCatalog);
}

/** What the catalog is built from, learned from the sentences of a corpus in one pass. */
export function learnNames(sentences: readonly Sentence[]): LearnedNames {
  const steps = learnCatalog(sentences);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** learnNames in slices that leave the event loop free in between. */
export async function learnNamesInSlices(sentences: readonly Sentence[]): Promise<LearnedNames> {
  const steps = learnCatalog(sentences);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** How many sentences are read between two pauses of learnNamesInSlices. */
const SLICE = 250;

function* learnCatalog(sentences: readonly Sentence[]): Generator<void, LearnedNames> {
  const learner = new CatalogLearner();
  // Each pass tokenises again rather than keeping every sentence's tokens between the two: the
  // tokens of a whole corpus were most of the memory extraction took (SOTU: 720 → 275 MB peak RSS).
  for (const [i, sentence] of sentences.entries()) {
    learner.countCapitals(tokenize(sentence.text));
    if (i % SLICE === SLICE - 1) yield;
  }
  for (const [i, sentence] of sentences.entries()) {
    learner.learnSentence(sentence, tokenize(sentence.text));
    if (i % SLICE === SLICE - 1) yield;
  }
  return namesLearnedBy(learner);
}

/**
 * What a learner that has read every sentence knows, its name forms merged (shared names, squashed
 * spellings, short forms, plurals, organisation heads, in that order): learnNames and the
 * per-document merge (documentEntities.ts) end alike.
 */
export function namesLearnedBy(learner: CatalogLearner): LearnedNames {
  learner.assignSharedNames();
  mergeSquashedNames(learner);
  mergeShortForms(learner);
  mergePlurals(learner);
  mergeOrganisationHeads(learner);
  return { nodes: learner.nodes, rootOf: (key) => learner.groups.find(key), leaderLinks: learner.leaderLinks };
}
