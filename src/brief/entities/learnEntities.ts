/**
 * Learning the entities of a corpus from its text: proper-name chunks, acronym definitions,
 * titles and roles, appositions and leadership links, then short and glued forms merged.
 * The built catalog (../entityCatalog.ts) indexes what the learner found.
 */
import type { Sentence } from '../../corpus/passage.ts';
import type { AliasSource } from '../entityCatalog.ts';
import { KNOWN_COUNTRIES } from '../knownAliases.ts';
import { ARTICLES, NAME_CONNECTORS as CONNECTORS, PERSON_SPEECH_VERBS } from '../lexicon/functionWords.ts';
import { isCommonWord, isDateWord, isFirstName, isProperInLexicon, isWordnetWord, lexiconTags, organisationWords } from '../lexicon/partOfSpeech.ts';
import { foldText } from '../../text/foldText.ts';
import { normalizeName, squash, startsSentence, type Token } from '../lexicon/tokenize.ts';
import { isRoleNoun, LEADER_ROLE_SET, stripTitles, TITLE_HEAD_SET, TITLE_WORD_SET } from './titles.ts';

/** One normalised name and what the corpus says about it. */
export interface NameNode {
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
export class NameGroups {
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

export class CatalogLearner {
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
      this.learnAlias(tokens, chunk, node, chunks, learned);
      this.learnLedBy(tokens, chunk, node, chunks, learned);
    });
  }

  /**
   * "The Houthis, formally known as Ansar Allah", "Jimmy Cherizier, also called Barbecue",
   * "Mohamed Hamdan Dagalo, known as Hemedti": the text itself says the two names are one.
   */
  private learnAlias(tokens: readonly Token[], chunk: NameChunk, node: NameNode, chunks: readonly NameChunk[], learned: ReadonlyArray<NameNode | undefined>): void {
    let j = chunk.end;
    if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j++;
    if (ALIAS_ADVERBS.has(tokens[j]?.key ?? '')) j++;
    const verb = tokens[j]?.key ?? '';
    if (verb === 'known' || verb === 'referred') {
      j++;
      if (tokens[j]?.key === 'to') j++;
      if (tokens[j]?.key !== 'as') return;
      j++;
    } else if (verb === 'called' || verb === 'dubbed' || verb === 'nicknamed' || verb === 'alias' || verb === 'aka') j++;
    else return;
    if (tokens[j]?.key === 'the') j++;
    const aliasIndex = chunks.findIndex((c) => c.start === j);
    const alias = aliasIndex >= 0 ? learned[aliasIndex] : undefined;
    if (alias && !alias.knownCountry && !node.knownCountry) this.groups.union(node.key, alias.key);
  }

  /**
   * "The Viv Ansanm gang coalition, led by former police officer Jimmy Cherizier" and "Corneille
   * Nangaa, who leads the Congo River Alliance": the organisation goes on its leader's side.
   */
  private learnLedBy(tokens: readonly Token[], chunk: NameChunk, node: NameNode, chunks: readonly NameChunk[], learned: ReadonlyArray<NameNode | undefined>): void {
    let j = chunk.end;
    while (j < chunk.end + 3 && tokens[j]?.kind === 'word' && !tokens[j]?.capitalised) j++; // "gang coalition"
    if (tokens[j]?.text !== ',') return;
    const after = (k: number) => chunks.findIndex((c) => c.start >= k && c.start <= k + 6);
    if (tokens[j + 1]?.key === 'led' && tokens[j + 2]?.key === 'by') {
      const person = learned[after(j + 3)];
      if (person && !node.knownCountry && !person.knownCountry) this.leaderLinks.push([node.key, person.key]);
    } else if (tokens[j + 1]?.key === 'who' && (tokens[j + 2]?.key === 'leads' || tokens[j + 2]?.key === 'led' || tokens[j + 2]?.key === 'heads' || tokens[j + 2]?.key === 'commands')) {
      const org = learned[after(j + 3)];
      if (org && !org.knownCountry && !node.knownCountry) this.leaderLinks.push([org.key, node.key]);
    }
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
    if (after && PERSON_SPEECH_VERBS.has(after.key) && nameTokens.length >= 2) node.personHints += 1;
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

/** "formally known as", "also called". */
const ALIAS_ADVERBS = new Set(['formally', 'formerly', 'officially', 'also', 'better', 'widely', 'locally', 'commonly', 'often', 'popularly']);

/** "of <Name>" or "of the <Name>". */
function followsOf(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.key === 'the' ? start - 2 : start - 1;
  return tokens[before]?.key === 'of';
}


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


/**
 * A description NP starting at `from` and ending at the next comma or end of sentence, made of
 * determiners, possessed names, adjectives and nouns only; its head is the last word before any
 * preposition. Returns undefined when it has a verb or a capitalised head (a list, not a description).
 */
function appositiveDescription(tokens: readonly Token[], from: number): { start: number; end: number; head: number } | undefined {
  const first = tokens[from];
  const possessed = first?.capitalised && tokens[from + 1]?.kind === 'possessive';
  if (!first || !(ARTICLES.has(first.key) || possessed)) return undefined;
  let end = from;
  let head = -1;
  let inPreposition = false;
  while (end < tokens.length && end - from < 14) {
    const token = tokens[end];
    if (!token || token.text === ',' || token.text === '.' || token.text === ';' || token.text === ')') break;
    if (token.kind === 'word') {
      if (['of', 'in', 'for', 'from', 'with', 'on', 'at', 'based'].includes(token.key)) inPreposition = true;
      else if (['who', 'which', 'that', 'and', 'or', 'but'].includes(token.key)) return undefined;
      else if (!inPreposition && !ARTICLES.has(token.key)) head = end;
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
  const hintsOf = (key: string): { person: number; organisation: number } => hints.get(learner.groups.find(key)) ?? { person: 0, organisation: 0 };
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
 * organisation, when no other organisation shares it.
 */
export function mergeOrganisationHeads(learner: CatalogLearner): void {
  const owners = new Map<string, Set<string>>();
  for (const node of learner.nodes.values()) {
    if (node.knownCountry || node.mentions === 0) continue;
    const words = node.key.split(' ');
    const last = words[words.length - 1] ?? '';
    if (words.length < 2 || !organisationWords().has(last)) continue;
    const head = words.slice(0, -1).join(' ');
    owners.set(head, (owners.get(head) ?? new Set()).add(learner.groups.find(node.key)));
  }
  for (const node of learner.nodes.values()) {
    if (node.knownCountry || node.mentions === 0 || node.source === 'acronym' || node.personHints > node.organisationHints) continue;
    const candidates = owners.get(node.key);
    if (!candidates || candidates.size !== 1) continue;
    const [owner] = candidates;
    if (owner !== undefined && learner.groups.find(owner) !== learner.groups.find(node.key)) learner.groups.union(owner, node.key);
  }
}
