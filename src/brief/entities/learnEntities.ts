/**
 * Learning the entities of a corpus from its text: proper-name chunks, acronym definitions,
 * titles and roles, appositions and leadership links, then short and glued forms merged.
 * The built catalog (../entityCatalog.ts) indexes what the learner found.
 */
import type { Sentence } from '../../corpus/passage.ts';
import type { AliasSource } from '../entityCatalog.ts';
import {
  ARMED_FORCES_NAMES,
  GENERIC_ACTOR_NOUNS,
  KNOWN_COUNTRIES,
  SHARED_COUNTRY_NAMES,
  STATE_ACTOR_NOUNS,
  STATE_RULER_NOUNS,
} from '../knownAliases.ts';
import { NAME_CONNECTORS as CONNECTORS, PERSON_SPEECH_VERBS } from '../lexicon/functionWords.ts';
import {
  isCommonWord,
  isDateWord,
  isFirstName,
  isPeopleAdjective,
  isProperInLexicon,
  isWordnetWord,
  organisationWords,
} from '../lexicon/partOfSpeech.ts';
import { normalizeName, startsSentence, type Token } from '../lexicon/tokenize.ts';
import {
  ALIAS_ADVERBS,
  appositiveDescription,
  followsOf,
  initialsMatch,
  translatedAcronym,
  isHeadline,
  type NameChunk,
  properNameChunks,
} from './properNameChunks.ts';
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
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root))
      root = next;
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
  /**
   * What the document being read has named so far, for leaders introduced by a generic noun
   * ("The paramilitary group, led by X", "Army chief X"): reset at each new file.
   */
  private document: DocumentLeads = newDocumentLeads('');

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

  /**
   * "Congolese" belongs to two states: it stands for the one the corpus names, and for neither
   * when the corpus names both or none. Run once the corpus has been read.
   */
  assignSharedNames(): void {
    const named = new Set<string>();
    for (const node of this.nodes.values()) if (node.knownCountry && node.mentions > 0) named.add(node.knownCountry);
    // Names left to neither state, by the states they share: "Congo" and "Congolese" both.
    const unassigned = new Map<string, string[]>();
    for (const shared of SHARED_COUNTRY_NAMES) {
      const candidates = shared.countries.filter((c) => named.has(c));
      const country = candidates.length === 1 ? candidates[0] : undefined;
      if (!country) {
        const states = [...shared.countries].sort().join('|');
        unassigned.set(states, [...(unassigned.get(states) ?? []), shared.name]);
        continue;
      }
      const node = this.node(shared.name, 'demonym');
      node.knownCountry = country;
      this.groups.union(normalizeName(country), node.key);
    }
    // A corpus that writes only "Congo" means one state by it, whichever: its "Congolese" is that
    // state's people, not nobody's ("the Congolese army" fights in "eastern Congo").
    for (const names of unassigned.values()) {
      const written = names.find((name) => {
        const node = this.nodes.get(normalizeName(name));
        return node !== undefined && node.mentions > 0 && node.source === 'name';
      });
      if (!written) continue;
      for (const name of names)
        if (name !== written) this.groups.union(normalizeName(written), this.node(name, 'demonym').key);
    }
  }

  node(surface: string, source: AliasSource): NameNode {
    const key = normalizeName(surface);
    let node = this.nodes.get(key);
    if (!node) {
      node = {
        key,
        surfaces: new Map(),
        mentions: 0,
        source,
        personHints: 0,
        organisationHints: 0,
        roles: new Set(),
        descriptions: new Set(),
        qualified: false,
      };
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
    !isProperInLexicon(key) &&
    (this.lowercaseCounts.get(key) ?? 0) > (this.capitalisedCounts.get(key) ?? 0) &&
    isWordnetWord(key);

  countCapitals(tokens: readonly Token[]): void {
    tokens.forEach((token, i) => {
      if (token.kind !== 'word') return;
      if (!token.capitalised && !token.allCaps)
        this.lowercaseCounts.set(token.key, (this.lowercaseCounts.get(token.key) ?? 0) + 1);
      else if (!startsSentence(tokens, i))
        this.capitalisedCounts.set(token.key, (this.capitalisedCounts.get(token.key) ?? 0) + 1);
    });
  }

  learnSentence(sentence: Sentence, tokens: readonly Token[]): void {
    // Headlines capitalise every word, so their capitalised runs are not names.
    if (isHeadline(sentence.text, tokens)) return;
    const chunks = joinedByAcronym(tokens, properNameChunks(tokens, this.isOrdinaryWord));
    const learned = chunks.map((chunk) => this.learnChunk(sentence.text, tokens, chunk));
    chunks.forEach((chunk, c) => {
      const node = learned[c];
      if (!node) return;
      this.learnAcronym(sentence.text, tokens, chunk, node);
      this.learnPrecedingRole(tokens, chunk, node, chunks, learned);
      this.learnApposition(sentence.text, tokens, chunk, node, chunks, learned);
      this.learnRulersApposition(sentence.text, tokens, chunk, node, chunks, learned);
      this.learnAlias(tokens, chunk, node, chunks, learned);
      this.learnLedBy(tokens, chunk, node, chunks, learned);
    });
    this.learnGenericLeaders(sentence.file, tokens, chunks, learned);
  }

  /**
   * Leaders named through a generic noun, which only the document says who it is:
   *  - "The paramilitary group, led by X, ...": the organisation the sentence before named (the
   *    one the group is, as "the group" is read in relations);
   *  - "Army chief X", "military leader X": the state's armed forces the document names by their
   *    formal name ("the Sudanese Armed Forces (SAF)"), before or after.
   */
  private learnGenericLeaders(
    file: string,
    tokens: readonly Token[],
    chunks: readonly NameChunk[],
    learned: ReadonlyArray<NameNode | undefined>,
  ): void {
    if (this.document.file !== file) this.document = newDocumentLeads(file);
    const lead = this.document;
    const link = (org: NameNode, leader: NameNode) => {
      if (org !== leader && !org.knownCountry && !leader.knownCountry) this.leaderLinks.push([org.key, leader.key]);
    };
    const person = (at: number) => {
      const index = chunks.findIndex((c) => c.start >= at && c.start <= at + 4);
      return index >= 0 ? learned[index] : undefined;
    };
    // "The paramilitary group, led by": an article, up to three lower-case words ending in an organisation noun.
    let j = 0;
    if (tokens[j]?.key === 'the') {
      j++;
      while (
        j < 4 &&
        tokens[j]?.kind === 'word' &&
        !tokens[j]?.capitalised &&
        !ORGANISATION_NOUN_SET.has(tokens[j]?.key ?? '')
      )
        j++;
      const leader =
        ORGANISATION_NOUN_SET.has(tokens[j]?.key ?? '') &&
        tokens[j + 1]?.text === ',' &&
        tokens[j + 2]?.key === 'led' &&
        tokens[j + 3]?.key === 'by'
          ? person(j + 4)
          : undefined;
      // "Sudan's Rapid Support Forces (RSF)": a name and its acronym are one organisation.
      const named = new Set(lead.previousOrganisations.map((node) => this.groups.find(node.key)));
      const org = named.size === 1 ? lead.previousOrganisations[0] : undefined;
      if (leader && org && !organisationWords().has(leader.key.split(' ').pop() ?? '')) link(org, leader);
    }
    chunks.forEach((chunk, c) => {
      const node = learned[c];
      if (!node) return;
      // "Army chief Abdel Fattah al-Burhan": a leading role after "army" or "military".
      const role = tokens[chunk.start - 1]?.key ?? '';
      const noun = tokens[chunk.start - 2]?.key ?? '';
      if (LEADER_ROLE_SET.has(role) && (noun === 'army' || noun === 'military')) {
        if (lead.armedForces) link(lead.armedForces, node);
        else lead.armyLeaders.push(node);
      }
      // "the Sudanese Armed Forces": a demonym or a country before a formal name for armed forces.
      const keys = tokens.slice(chunk.start, chunk.end).map((t) => t.key);
      const modifier = this.nodes.get(keys[0] ?? '');
      if (keys.length > 2 && ARMED_FORCES_NAMES.includes(keys.slice(-2).join(' ')) && modifier?.knownCountry) {
        if (lead.armedForces && lead.armedForces !== node) return; // two armies: "the army" says nothing
        lead.armedForces = node;
        for (const leader of lead.armyLeaders.splice(0)) link(node, leader);
      }
    });
    // Named organisations of this sentence, for the next one's "the group, led by".
    // What the name itself says, not hints counted so far: a document is learned alike alone or in a corpus.
    lead.previousOrganisations = learned.filter(
      (node): node is NameNode =>
        node !== undefined &&
        !node.knownCountry &&
        (node.source === 'acronym' || organisationWords().has(node.key.split(' ').pop() ?? '')),
    );
  }

  /**
   * "The Houthis, formally known as Ansar Allah", "Jimmy Cherizier, also called Barbecue",
   * "Mohamed Hamdan Dagalo, known as Hemedti": the text itself says the two names are one.
   */
  private learnAlias(
    tokens: readonly Token[],
    chunk: NameChunk,
    node: NameNode,
    chunks: readonly NameChunk[],
    learned: ReadonlyArray<NameNode | undefined>,
  ): void {
    let j = chunk.end;
    if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j++;
    if (ALIAS_ADVERBS.has(tokens[j]?.key ?? '')) j++;
    const verb = tokens[j]?.key ?? '';
    if (verb === 'known' || verb === 'referred') {
      j++;
      if (tokens[j]?.key === 'to') j++;
      if (tokens[j]?.key !== 'as') return;
      j++;
    } else if (verb === 'called' || verb === 'dubbed' || verb === 'nicknamed' || verb === 'alias' || verb === 'aka')
      j++;
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
  private learnLedBy(
    tokens: readonly Token[],
    chunk: NameChunk,
    node: NameNode,
    chunks: readonly NameChunk[],
    learned: ReadonlyArray<NameNode | undefined>,
  ): void {
    let j = chunk.end;
    while (j < chunk.end + 3 && tokens[j]?.kind === 'word' && !tokens[j]?.capitalised) j++; // "gang coalition"
    if (tokens[j]?.text !== ',') return;
    const after = (k: number) => chunks.findIndex((c) => c.start >= k && c.start <= k + 6);
    if (tokens[j + 1]?.key === 'led' && tokens[j + 2]?.key === 'by') {
      const person = learned[after(j + 3)];
      if (person && !node.knownCountry && !person.knownCountry) this.leaderLinks.push([node.key, person.key]);
    } else if (
      tokens[j + 1]?.key === 'who' &&
      (tokens[j + 2]?.key === 'leads' ||
        tokens[j + 2]?.key === 'led' ||
        tokens[j + 2]?.key === 'heads' ||
        tokens[j + 2]?.key === 'commands')
    ) {
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
    if (stripped.start > 0 && CONNECTORS.has(tokens[start]?.key ?? ''))
      start += tokens[start + 1]?.key === 'the' ? 3 : 2;
    if (start >= end) return undefined;
    const nameTokens = tokens.slice(start, end);
    if (nameTokens.every((t) => isDateWord(t.key) || TITLE_WORD_SET.has(t.key))) return undefined;
    if (
      nameTokens.length === 1 &&
      !this.nodes.get(nameTokens[0]?.key ?? '')?.knownCountry &&
      (this.isStyledCommonNoun(nameTokens[0]?.key ?? '') || isPeopleAdjective(nameTokens[0]?.key ?? ''))
    )
      return undefined;
    const firstToken = nameTokens[0];
    const lastToken = nameTokens[nameTokens.length - 1];
    if (!firstToken || !lastToken) return undefined;

    const node = this.seen(text.slice(firstToken.start, lastToken.end));
    if (tokens[start - 1]?.kind === 'possessive') node.qualified = true;
    for (const role of stripped.roles) node.roles.add(role);
    if (stripped.roles.length > 0) node.personHints += 2;
    const lastNameKey = lastToken.key.split(' ').pop() ?? '';
    if (organisationWords().has(lastNameKey)) node.organisationHints += 2;
    // "Union of Sinai Tribes", "Council for Peace": an organisation word heads the name before its connector.
    const nameWords = nameTokens.flatMap((t) => t.key.split(' '));
    if (nameWords.some((word, k) => k > 0 && CONNECTORS.has(word) && organisationWords().has(nameWords[k - 1] ?? '')))
      node.organisationHints += 2;
    if (nameTokens.length === 1 && firstToken.allCaps && !node.knownCountry) node.organisationHints += 1;
    const next = tokens[end];
    if (next?.kind === 'word' && !next.capitalised && organisationWords().has(next.key)) node.organisationHints += 1; // "Interfax news agency"
    if (nameTokens.length >= 2 && isFirstName(firstToken.key)) node.personHints += 1;
    const after = tokens[end]?.key === 'has' || tokens[end]?.key === 'had' ? tokens[end + 1] : tokens[end];
    if (after && PERSON_SPEECH_VERBS.has(after.key) && nameTokens.length >= 2) node.personHints += 1;
    return node;
  }

  /**
   * "Libyan National Army (LNA)" and "LNA (Libyan National Army)"; also an acronym of the name in
   * another language ("Democratic Forces for the Liberation of Rwanda (FDLR)").
   */
  private learnAcronym(text: string, tokens: readonly Token[], chunk: NameChunk, node: NameNode): void {
    const open = tokens[chunk.end];
    const inner = tokens[chunk.end + 1];
    const close = tokens[chunk.end + 2];
    if (open?.text !== '(' || close?.text !== ')' || !inner || inner.kind !== 'word') return;
    const longer = inner.allCaps ? longerNameBefore(tokens, chunk, inner.text) : undefined;
    if (longer !== undefined) {
      const first = tokens[longer];
      const last = tokens[chunk.end - 1];
      if (first && last)
        this.groups.union(this.seen(text.slice(first.start, last.end)).key, this.seen(inner.text, 'acronym').key);
      return;
    }
    const names = tokens.slice(chunk.start, chunk.end);
    if (
      inner.allCaps &&
      names.length >= 2 &&
      (initialsMatch(inner.text, names) || translatedAcronym(inner.text, names))
    ) {
      const acronym = this.seen(inner.text, 'acronym');
      acronym.organisationHints += 1;
      this.groups.union(node.key, acronym.key);
    } else if (names.length === 1 && names[0]?.allCaps && inner.capitalised) {
      // "LNA (Libyan National Army ...)": take the capitalised run inside the brackets.
      let end = chunk.end + 1;
      while (tokens[end]?.kind === 'word' && (tokens[end]?.capitalised || CONNECTORS.has(tokens[end]?.key ?? '')))
        end++;
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
  private learnPrecedingRole(
    tokens: readonly Token[],
    chunk: NameChunk,
    node: NameNode,
    chunks: readonly NameChunk[],
    learned: ReadonlyArray<NameNode | undefined>,
  ): void {
    let i = chunk.start - 1;
    let role: string | undefined;
    while (i >= 0) {
      const token = tokens[i];
      if (token?.kind !== 'word' || token.capitalised || !TITLE_WORD_SET.has(token.key)) break;
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
  /**
   * "Guinea-Bissau's military rulers, the High Military Command for the Restoration of Order": the
   * name after the comma is the state's ruling organ; the description is kept as its alias, which
   * puts it on the state's side in the catalog (rulingStateOf).
   */
  private learnRulersApposition(
    text: string,
    tokens: readonly Token[],
    chunk: NameChunk,
    node: NameNode,
    chunks: readonly NameChunk[],
    learned: ReadonlyArray<NameNode | undefined>,
  ): void {
    if (node.knownCountry) return;
    const comma = tokens[chunk.start - 1]?.key === 'the' ? chunk.start - 2 : chunk.start - 1;
    const ruler = tokens[comma - 1];
    if (tokens[comma]?.text !== ',' || !ruler || !STATE_RULER_NOUNS.includes(ruler.key)) return;
    let possessive = comma - 1;
    while (possessive > comma - 4 && tokens[possessive]?.kind === 'word' && !tokens[possessive]?.capitalised)
      possessive--;
    if (tokens[possessive]?.kind !== 'possessive') return;
    const countryChunk = chunks.findIndex((c) => c.end === possessive);
    const start = tokens[chunks[countryChunk]?.start ?? -1];
    if (!learned[countryChunk]?.knownCountry || !start) return;
    node.descriptions.add(text.slice(start.start, ruler.end));
    node.organisationHints += 1;
  }

  private learnApposition(
    text: string,
    tokens: readonly Token[],
    chunk: NameChunk,
    node: NameNode,
    chunks: readonly NameChunk[],
    learned: ReadonlyArray<NameNode | undefined>,
  ): void {
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
            const ofOrg = chunks.findIndex(
              (c) => c.start > description.head && c.end <= description.end && followsOf(tokens, c.start),
            );
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
    if (
      tokens[before]?.key === 'of' &&
      roleToken &&
      LEADER_ROLE_SET.has(roleToken.key) &&
      tokens[chunk.end]?.text === ',' &&
      !node.knownCountry
    ) {
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

/** What learnGenericLeaders keeps of the document it is reading. */
interface DocumentLeads {
  file: string;
  /** The organisations the previous sentence named: one is what "the group" of the next one is. */
  previousOrganisations: NameNode[];
  /** The state's armed forces by their formal name, once named. */
  armedForces: NameNode | undefined;
  /** "Army chief X" seen before the armed forces were named. */
  armyLeaders: NameNode[];
}

function newDocumentLeads(file: string): DocumentLeads {
  return { file, previousOrganisations: [], armedForces: undefined, armyLeaders: [] };
}

/** The generic nouns of organisations other than a state's ("group", "militia", "movement"), as "the group, led by X" uses them. */
const ORGANISATION_NOUN_SET: ReadonlySet<string> = new Set(
  GENERIC_ACTOR_NOUNS.filter((noun) => !STATE_ACTOR_NOUNS.includes(noun)),
);

/** Lower-case words and marks a long name may hold between its capitalised words. */
const LONG_NAME_FILLERS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'the',
  'and',
  'de',
  'du',
  'des',
  'la',
  'le',
  'al',
]);

/**
 * "Tigray People's Liberation Front (TPLF)", "Strategic Framework for the Defence of the People
 * of Azawad (CSP)": the chunker stops at a possessive or at "for", but the acronym after the
 * brackets spells the whole run. Returns where the longest such run starts, when the chunk alone
 * does not spell it.
 */
/**
 * "Tigray People's Liberation Front (TPLF)", "Kurdistan Workers' Party (PKK)": an acronym that
 * spells a name running back over a possessive makes the runs one name, so "Liberation Front"
 * and "Party" are not learned on their own.
 */
function joinedByAcronym(tokens: readonly Token[], chunks: readonly NameChunk[]): NameChunk[] {
  let joined = [...chunks];
  for (const chunk of chunks) {
    const inner = tokens[chunk.end + 1];
    if (tokens[chunk.end]?.text !== '(' || tokens[chunk.end + 2]?.text !== ')' || !inner?.allCaps) continue;
    const start = longerNameBefore(tokens, chunk, inner.text);
    if (start === undefined || !tokens.slice(start, chunk.start).some((t) => t.kind === 'possessive')) continue;
    joined = [
      ...joined.filter((c) => c.end <= start),
      { start, end: chunk.end },
      ...joined.filter((c) => c.start >= chunk.end),
    ];
  }
  return joined;
}

function longerNameBefore(tokens: readonly Token[], chunk: NameChunk, acronym: string): number | undefined {
  // "Sudan's Rapid Support Forces (RSF)": the chunk spells it already; the possessor is not part of the name.
  if (initialsMatch(acronym, tokens.slice(chunk.start, chunk.end))) return undefined;
  let best: number | undefined;
  for (let j = chunk.start - 1; j >= 0 && chunk.start - j < 12; j--) {
    const token = tokens[j];
    if (!token) break;
    const filler =
      token.kind === 'possessive' || (token.kind === 'word' && !token.capitalised && LONG_NAME_FILLERS.has(token.key));
    if (token.kind !== 'word' && !filler) break;
    if (token.kind === 'word' && !token.capitalised && !filler) break;
    if (!token.capitalised || (startsSentence(tokens, j) && isCommonWord(token.key))) continue;
    const words = tokens.slice(j, chunk.end).filter((t) => t.kind === 'word');
    if (initialsMatch(acronym, words) || translatedAcronym(acronym, words)) best = j;
  }
  return best;
}
