/**
 * What a document calls its actors: "Mali's military junta", "the Malian army", "Houthi rebels",
 * "the Southern Transitional Council" tell later sentences who "the junta", "the army", "the
 * rebels" and "the council" are. Read sentence by sentence in document order, the latest
 * description winning, so a reference resolves to the actor the passage is about.
 */
import type { Entity, EntityCatalog, Mention } from '../entityCatalog.ts';
import { normalizeName, type Token } from '../lexicon/tokenize.ts';
import { type DocumentActors, genericActorKey } from './sentenceReader.ts';
import { STATE_ACTOR_SET } from './wordScanner.ts';
import {
  ARMED_FORCES_NAMES,
  ARMED_GROUP_NOUNS,
  HEAD_OF_STATE_TITLES,
  PROPOSAL_NOUNS,
  STATE_FORCE_MODIFIERS,
} from '../knownAliases.ts';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, SUBORDINATORS } from '../lexicon/functionWords.ts';

const ARMED_GROUP_NOUN_SET: ReadonlySet<string> = new Set(ARMED_GROUP_NOUNS);
const PROPOSAL_NOUN_SET: ReadonlySet<string> = new Set(PROPOSAL_NOUNS);

/** "Sudanese Armed Forces", "South Sudan People's Defence Forces": the words before the head name a country. */
function namesItsState(mention: Mention, catalog: EntityCatalog): boolean {
  const words = normalizeName(mention.entity.name).split(' ').slice(0, -2);
  while (words.length > 0 && STATE_FORCE_MODIFIERS.includes(words[words.length - 1] ?? '')) words.pop();
  return words.length > 0 && catalog.resolve(words.join(' '))?.kind === 'country';
}

/**
 * The generic nouns a document has attached to named actors so far ("junta" → Mali), and how often
 * it has named each country: one per document, read sentence by sentence in order.
 */
export class DescribedActors implements DocumentActors {
  /** Generic noun → the actor the document last described with it. */
  private readonly actors = new Map<string, Entity>();
  /** Country → how often the document has named it so far. */
  private readonly countryCounts = new Map<Entity, number>();

  get(noun: string): Entity | undefined {
    return this.actors.get(noun);
  }

  /**
   * "Saraya al-Ashtar, a militia widely seen as a proxy of Iran" then "the group": an armed group's
   * nouns stand for one another, so an undescribed "the group" is the armed group the document is
   * about: of those it has described with such a noun, the one it has named most (the latest on a tie)
   * among those `usable` (not the sentence's other side: "X said its men captured fighters of the group").
   */
  mainArmedGroup(usable: (entity: Entity) => boolean = () => true): Entity | undefined {
    let best: Entity | undefined;
    let most = 0;
    for (const entity of this.armedGroups) {
      if (!usable(entity)) continue;
      const count = this.nameCounts.get(entity) ?? 0;
      if (count >= most) {
        most = count;
        best = entity;
      }
    }
    return best;
  }

  /** Armed groups described so far, in the order first described. */
  private readonly armedGroups = new Set<Entity>();
  /** Organisation → how often the document has named it so far. */
  private readonly nameCounts = new Map<Entity, number>();

  private describe(noun: string, entity: Entity): void {
    this.actors.set(noun, entity);
    if (ARMED_GROUP_NOUN_SET.has(noun)) {
      this.armedGroups.delete(entity);
      this.armedGroups.add(entity);
    }
  }

  /**
   * The country a document is about, when it names one far more often than any other (at least
   * three times, and twice the next): in "Cameroon's separatist war ..." an undescribed "the
   * army" or "the government" is Cameroon's. Undefined when two states share the story.
   */
  dominantCountry(): Entity | undefined {
    let best: Entity | undefined;
    let first = 0;
    let second = 0;
    for (const [entity, count] of this.countryCounts) {
      if (count > first) {
        second = first;
        first = count;
        best = entity;
      } else if (count > second) second = count;
    }
    return first >= 3 && first >= 2 * second ? best : undefined;
  }

  /**
   * The two countries a document is about, when it names two far more often than any other (each at
   * least three times, the next at most half as often as the second): "both governments" in a story
   * of a border war between them.
   */
  dominantPair(): [Entity, Entity] | undefined {
    const ranked = [...this.countryCounts].sort((a, b) => b[1] - a[1]);
    const [first, second, third] = ranked;
    if (!first || !second || second[1] < 3 || (third !== undefined && 2 * third[1] > second[1])) return undefined;
    return [first[0], second[0]];
  }

  /** Person → the country the document has them lead by a head of state's title and the country's name. */
  private readonly ledCountries = new Map<Entity, Entity>();
  /** Persons the document gives a head of state's title without naming a country ("President X"). */
  private readonly untitledLeaders = new Set<Entity>();

  /**
   * The country the document has `person` lead: the one it names with the title ("Kazakh President
   * X", "Kazakhstan's Prime Minister X", "X, Kazakhstan's president", "X, the Kazakh president"),
   * else, for a bare "President X", the country the story happens in (sceneCountry), as news names
   * a foreign leader's country and leaves the story's own unsaid.
   */
  countryLedBy(person: Entity): Entity | undefined {
    return this.ledCountries.get(person) ?? (this.untitledLeaders.has(person) ? this.sceneCountry() : undefined);
  }

  /** Country → how often the document has named it as a place ("troops land in Kazakhstan", "sent ... to Kazakhstan"). */
  private readonly placeCounts = new Map<Entity, number>();

  /**
   * The country the story happens in: the one the document names most as a place, after "in", "to",
   * "into" (more than any other). Not the one it names most: the foreign states acting there may
   * be named more often ("Russian-led troops", "Moscow flew ... to Kazakhstan").
   */
  sceneCountry(): Entity | undefined {
    const [first, second] = [...this.placeCounts].sort((a, b) => b[1] - a[1]);
    return first && (second === undefined || first[1] > second[1]) ? first[0] : undefined;
  }

  /** Notes the heads of state a sentence titles ("Kazakh President X", "X, the Kazakh president,"). */
  private noteLeaders(tokens: readonly Token[], mentions: readonly Mention[]): void {
    const countryAt = (end: number): Entity | undefined => {
      const at = tokens[end - 1]?.kind === 'possessive' ? end - 1 : end;
      const mention = mentions.find((m) => m.end === at);
      return mention?.entity.kind === 'country' ? mention.entity : undefined;
    };
    for (const mention of mentions) {
      if (mention.entity.kind !== 'person' || this.ledCountries.has(mention.entity)) continue;
      // "Kazakh President", "Kazakhstan's Prime Minister": the title right before the name.
      const before = headOfStateTitleEnding(tokens, mention.start);
      // "X, Kazakhstan's president,", "X, the Kazakh president,": the title in apposition.
      const comma = mention.end;
      let title = comma + 1;
      if (tokens[comma]?.text === ',' && tokens[title]?.key === 'the') title++;
      const titledCountry = tokens[comma]?.text === ',' ? mentions.find((m) => m.start === title) : undefined;
      const appositionTitle =
        titledCountry?.entity.kind === 'country'
          ? headOfStateTitleAt(
              tokens,
              tokens[titledCountry.end]?.kind === 'possessive' ? titledCountry.end + 1 : titledCountry.end,
            )
          : undefined;
      const after = appositionTitle !== undefined && [',', '.', ';'].includes(tokens[appositionTitle]?.text ?? '');
      const country =
        (before === undefined ? undefined : countryAt(before)) ?? (after ? titledCountry?.entity : undefined);
      if (country) {
        this.ledCountries.set(mention.entity, country);
        this.untitledLeaders.delete(mention.entity);
      } else if (before !== undefined && !titledByName(tokens, mentions, before))
        this.untitledLeaders.add(mention.entity);
    }
  }

  /** "Morocco's plan for limited self-rule", "Kyiv's peace proposal": what "the plan" later stands for. */
  private noteProposals(tokens: readonly Token[], mentions: readonly Mention[]): void {
    for (const mention of mentions) {
      if (tokens[mention.end]?.kind !== 'possessive') continue;
      for (let k = mention.end + 1; k < mention.end + 4; k++) {
        const token = tokens[k];
        if (token?.kind !== 'word' || token.capitalised || DETERMINERS.has(token.key)) break;
        if (PROPOSAL_NOUN_SET.has(token.key)) {
          this.actors.set(token.key, mention.entity);
          break;
        }
      }
    }
  }

  /** Records each generic noun the sentence attaches to a named entity, and the countries it names. */
  note(tokens: readonly Token[], catalog: EntityCatalog): void {
    const actors = this.actors;
    const mentions = catalog.findMentions(tokens);
    this.noteLeaders(tokens, mentions);
    for (const mention of mentions) {
      if (mention.entity.kind === 'country')
        this.countryCounts.set(mention.entity, (this.countryCounts.get(mention.entity) ?? 0) + 1);
      else this.nameCounts.set(mention.entity, (this.nameCounts.get(mention.entity) ?? 0) + 1);
      const before = tokens[mention.start - 1]?.key === 'the' ? mention.start - 2 : mention.start - 1;
      if (
        mention.entity.kind === 'country' &&
        mention.source !== 'demonym' &&
        PLACE_PREPOSITIONS.has(tokens[before]?.key ?? '')
      )
        this.placeCounts.set(mention.entity, (this.placeCounts.get(mention.entity) ?? 0) + 1);
    }
    // "the Sudanese Armed Forces (SAF)": a state's armed forces are "the army" and "the military".
    for (const mention of mentions) {
      const name = tokens
        .slice(Math.max(mention.start, mention.end - 2), mention.end)
        .map((t) => t.key)
        .join(' ');
      // Only a state's: "the Ambazonia Defence Forces, a separatist militia" are not "the army" it fights.
      if (mention.end - mention.start > 2 && ARMED_FORCES_NAMES.includes(name) && namesItsState(mention, catalog))
        for (const noun of ['army', 'military']) actors.set(noun, mention.entity);
    }
    this.noteProposals(tokens, mentions);
    if (!tokens.some((t) => t.kind === 'word' && genericActorKey(t.key) !== undefined)) return;
    for (const mention of mentions) {
      // "the Southern Transitional Council" → "council", "the Nigeria Police Force" → "police" and "force";
      // a state noun is never learned from a name ("Arakan Army" is not "the army").
      if (mention.end - mention.start > 1)
        for (let k = mention.start + 1; k < mention.end; k++) {
          const own = genericActorKey(tokens[k]?.key ?? '');
          // The first name with the noun keeps it: "the force" stays the task force the article opened with
          // when "the Nigeria Police Force said" comes later. A description ("a rebel group") still replaces it.
          if (own && !STATE_ACTOR_SET.has(own) && !actors.has(own)) this.describe(own, mention.entity);
        }
      // "The National Salvation Front (NAS), a rebel group led by ...": the apposition describes the name.
      let a = mention.end;
      if (tokens[a]?.text === '(' && tokens[a + 2]?.text === ')') a += 3;
      if (tokens[a]?.text === ',' && ['a', 'an', 'the'].includes(tokens[a + 1]?.key ?? ''))
        for (let k = a + 2; k < a + 6; k++) {
          const token = tokens[k];
          if (token?.kind !== 'word' || token.capitalised || DETERMINERS.has(token.key)) break;
          const noun = genericActorKey(token.key);
          if (!noun) continue;
          if (!STATE_ACTOR_SET.has(noun) && mention.entity.kind !== 'country' && mention.entity.kind !== 'person')
            this.describe(noun, mention.entity);
          break;
        }
      // "killed 27 militants of Wilayat Sinai": the group's members name what it is.
      const of = tokens[mention.start - 1]?.key === 'the' ? mention.start - 2 : mention.start - 1;
      const member = tokens[of]?.key === 'of' ? genericActorKey(tokens[of - 1]?.key ?? '') : undefined;
      if (
        member &&
        ARMED_GROUP_NOUN_SET.has(member) &&
        mention.entity.kind !== 'country' &&
        mention.entity.kind !== 'person' &&
        endsNounPhrase(tokens, mention.end)
      )
        this.describe(member, mention.entity);
      // "Mali's military junta", "the Malian army", "Houthi rebels", "the Viv Ansanm gang coalition"
      let j = mention.end;
      const possessive = tokens[j]?.kind === 'possessive';
      if (possessive) j++;
      for (let k = j; k < j + 3; k++) {
        const token = tokens[k];
        if (token?.kind !== 'word' || token.capitalised) break;
        // "Russia and Turkey are the junta's suppliers": past a verb or an article the noun is another phrase's.
        if (AUXILIARIES.has(token.key) || (DETERMINERS.has(token.key) && !possessive)) break;
        const noun = genericActorKey(token.key);
        if (!noun) continue;
        const isState = STATE_ACTOR_SET.has(noun);
        if (isState && (mention.entity.kind === 'country' || possessive)) actors.set(noun, mention.entity);
        else if (!isState && mention.entity.kind !== 'country' && mention.entity.kind !== 'person')
          this.describe(noun, mention.entity);
      }
    }
  }
}

/** Does the noun phrase end at `end`? Not in "a militia of Nuer youths", where the name only modifies the noun after it. */
function endsNounPhrase(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return (
    next?.kind !== 'word' ||
    next.capitalised ||
    [PREPOSITIONS, AUXILIARIES, CONJUNCTIONS, SUBORDINATORS].some((words) => words.has(next.key))
  );
}

/** Prepositions before a place a story happens in or forces go to: "in Kazakhstan", "to the Solomon Islands". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'into', 'inside', 'across', 'throughout']);

/** Title modifiers of someone who is not the head: "Vice President", "former Prime Minister". */
const NOT_LEADING: ReadonlySet<string> = new Set(['vice', 'deputy', 'former', 'ex', 'late']);

const HEAD_OF_STATE_TITLE_WORDS: ReadonlyArray<readonly string[]> = HEAD_OF_STATE_TITLES.map((t) => t.split(' '));

/** Where the head of state's title ending right before `end` starts ("Prime Minister" before a name), or undefined. */
function headOfStateTitleEnding(tokens: readonly Token[], end: number): number | undefined {
  for (const words of HEAD_OF_STATE_TITLE_WORDS) {
    const start = end - words.length;
    // "Vice President X", "former Prime Minister X" lead no government.
    if (NOT_LEADING.has(tokens[start - 1]?.key ?? '')) continue;
    if (start >= 0 && words.every((word, k) => tokens[start + k]?.key === word)) return start;
  }
  return undefined;
}

/** Does a name stand right before the title at `start` ("LNA President", "the council's President")? Then it is that name's title. */
function titledByName(tokens: readonly Token[], mentions: readonly Mention[], start: number): boolean {
  const end = tokens[start - 1]?.kind === 'possessive' ? start - 1 : start;
  return mentions.some((m) => m.end === end);
}

/** Where the head of state's title starting at `start` ends ("president" in "Kazakhstan's president,"), or undefined. */
function headOfStateTitleAt(tokens: readonly Token[], start: number): number | undefined {
  for (const words of HEAD_OF_STATE_TITLE_WORDS)
    if (words.every((word, k) => tokens[start + k]?.key === word)) return start + words.length;
  return undefined;
}
