/**
 * The phrase level of a sentence's reading (sentenceReader.ts): where noun phrases, lists and
 * subjects begin and end. Who they refer to is sentenceReader.ts.
 */
import {
  AUXILIARIES,
  CALENDAR_WORDS,
  CONJUNCTIONS,
  DETERMINERS,
  NEGATORS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  QUOTES,
  SUBORDINATORS,
} from '../lexicon/functionWords.ts';
import { DENIAL_VERBS, STOPPING_VERBS } from '../lexicon/framingVerbs.ts';
import { isSideNoun } from '../entities/titles.ts';
import type { Mention } from '../entityCatalog.ts';

import type { Referent } from './sentenceReader.ts';
import { AGENT_NOUN_SET, HOLDING_PARTICIPLES, isPartOfSide, STATE_ACTOR_SET, WordScanner } from './wordScanner.ts';
import { MATERIAL_KINDS, SUPPORT_NOUNS } from '../lexicon/supportLexicon.ts';
import { OPPOSITION_NOUNS } from '../lexicon/oppositionLexicon.ts';

/** Subordinators that are prepositions before a date ("since 2021", "until March"). */
const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'until', 'after', 'before']);

/** What a state acts or helps through: its troops, drones, money, training. */
function isStateMeans(key: string): boolean {
  return (
    isSideNoun(key) ||
    AGENT_NOUN_SET.has(key) ||
    MATERIAL_KINDS.has(key) ||
    SUPPORT_NOUNS.has(key) ||
    key === 'air' ||
    OPPOSITION_NOUNS.has(key) // "African Union troops and US air strikes"
  );
}

export class PhraseScanner extends WordScanner {
  /** Start of the last comma-separated part of [from, to), extended over a list of names closed by "and"/"or". */
  lastPartStart(from: number, to: number): number {
    let start = from;
    for (let k = to - 1; k >= from; k--) {
      if (this.tokens[k]?.text === ',') {
        start = k + 1;
        break;
      }
    }
    if (start === from) return start;
    if (!['and', 'or'].includes(this.tokens[start]?.key ?? ''))
      return this.isNamePair(start, to) ? this.nameListStart(start, from) : start;
    // "Egypt, Russia, and the UAE": the ", <name>" items before it.
    return this.namesBefore(start, from).listStart;
  }

  /**
   * Walks back from `start` over ", (the) <name>" items, no further than `from`: where the names
   * begin, and whether the walk ended at the part's start or a missing comma rather than at an
   * item that names no one.
   */
  private namesBefore(start: number, from: number): { listStart: number; allNames: boolean } {
    let listStart = start;
    for (let comma = start - 1; this.tokens[comma]?.text === ',' && comma > from; ) {
      const mention = this.mentionAt[comma - 1];
      if (!mention) return { listStart, allNames: false };
      listStart = this.tokens[mention.start - 1]?.key === 'the' ? mention.start - 1 : mention.start;
      comma = listStart - 1;
    }
    return { listStart, allNames: true };
  }

  /**
   * "Kenya, Uganda and Tanzania armed ...": a last part "<name> and <name>" after ", <name>"
   * items that reach back to `from` makes the whole a list (without the serial comma).
   */
  private nameListStart(start: number, from: number): number {
    const { listStart, allNames } = this.namesBefore(start, from);
    // "Troops from Kenya, Uganda and Burundi helped": the list may follow "<those who act> from|of".
    return allNames && (listStart === from || this.opensWithActorsFrom(from, listStart)) ? from : start;
  }

  /** Is [from, to) "<those who act> from|of (the)", words naming who they are ("Troops from", "Forces of the")? */
  private opensWithActorsFrom(from: number, to: number): boolean {
    let end = to;
    if (this.tokens[end - 1]?.key === 'the') end--;
    const preposition = this.tokens[end - 1]?.key ?? '';
    if (preposition !== 'from' && preposition !== 'of') return false;
    const head = this.tokens[end - 2]?.key ?? '';
    if (!isSideNoun(head) && !AGENT_NOUN_SET.has(head)) return false;
    for (let k = from; k < end - 2; k++) if (this.tokens[k]?.kind !== 'word') return false;
    return true;
  }

  /** Is [start, to) just "(the) <name> and|or (the) <name>", the last perhaps with what its state sends ("Burundian troops")? */
  protected isNamePair(start: number, to: number): boolean {
    let j = start;
    if (this.tokens[j]?.key === 'the') j++;
    const first = this.mentionAt[j];
    if (!first || first.start !== j) return false;
    j = first.end;
    if (!['and', 'or'].includes(this.tokens[j]?.key ?? '')) return false;
    j++;
    if (this.tokens[j]?.key === 'the') j++;
    const second = this.mentionAt[j];
    return second !== undefined && second.start === j && this.endsWithStateMeans(second, to);
  }

  /** Does the name end the span [.., to), or do only words of what its state sends follow it ("Burundian troops")? */
  private endsWithStateMeans(mention: Mention, to: number): boolean {
    if (mention.end === to) return true;
    if (mention.source !== 'demonym' || to - mention.end > 2) return false;
    for (let k = mention.end; k < to; k++) {
      const token = this.tokens[k];
      if (token?.kind !== 'word' || token.capitalised || !isStateMeans(token.key)) return false;
    }
    return true;
  }

  isSubjectBoundary(j: number): boolean {
    const token = this.tokens[j];
    if (!token) return true;
    // ", and this event should ..." starts a new clause, unless it closes a list of names ("Egypt, Russia, and the UAE back ...").
    if (token.kind === 'word' && CONJUNCTIONS.has(token.key) && this.tokens[j - 1]?.text === ',')
      return !this.closesNameList(j - 1);
    if (token.kind === 'punct')
      return token.text === ';' || token.text === ':' || QUOTES.has(token.text) || token.text === '—';
    if (token.kind === 'possessive') return false;
    // "instructors deployed to the delta since 2021 have trained": "since" before a date is a preposition.
    const next = this.tokens[j + 1];
    const beforeDate = next !== undefined && (/^\p{N}/u.test(next.text) || CALENDAR_WORDS.has(next.key));
    if (beforeDate && DATE_PREPOSITIONS.has(token.key)) return false;
    return SUBORDINATORS.has(token.key) || this.isVerbLike(j);
  }

  /** Is the comma at `comma` preceded by a name that is a whole comma-separated item ("Egypt, Russia, and")? */
  closesNameList(comma: number): boolean {
    const mention = this.mentionAt[comma - 1];
    if (!mention) return false;
    const before = this.tokens[mention.start - 1]?.key === 'the' ? mention.start - 2 : mention.start - 1;
    return this.tokens[before]?.text === ',';
  }

  /** End (exclusive) of the noun phrase starting at `from`: stops at commas, prepositions other than "of", clauses and verbs. */
  phraseEnd(from: number): number {
    let j = from;
    while (j < this.tokens.length) {
      const token = this.tokens[j];
      if (!token) break;
      if (token.kind === 'punct') {
        if (token.text === '(' || token.text === ')') {
          j++;
          continue;
        }
        break;
      }
      if (token.kind === 'possessive' || this.mentionAt[j]) {
        j++;
        continue;
      }
      const key = token.key;
      // "forces loyal to X", "troops from Rwanda", "fighters from the Wagner Group": whose they are.
      const previousKey = this.tokens[j - 1]?.key ?? '';
      // "positions held by X": the holder is part of the phrase, as the owner after "of" is.
      const holding =
        HOLDING_PARTICIPLES.has(key) && isPartOfSide(this.tokens[j - 1]) && this.tokens[j + 1]?.key === 'by';
      if (j > from && holding) {
        j += 2;
        continue;
      }
      const ofSide =
        key === 'of' ||
        (key === 'to' && previousKey === 'loyal') ||
        (key === 'from' && (isSideNoun(previousKey) || AGENT_NOUN_SET.has(previousKey)));
      const seatOf = key === 'in' && STATE_ACTOR_SET.has(this.tokens[j - 1]?.key ?? ''); // "the government in Aden"
      // "more than 300 fighters of X", "fewer than 50 troops": a bound on a count.
      const bound =
        key === 'than' &&
        ['more', 'less', 'fewer'].includes(previousKey) &&
        /^\p{N}/u.test(this.tokens[j + 1]?.text ?? '');
      // "an estimated 3,000 to 4,000 Rwandan troops": a range of numbers.
      const range =
        key === 'to' &&
        /^\p{N}/u.test(this.tokens[j - 1]?.text ?? '') &&
        /^\p{N}/u.test(this.tokens[j + 1]?.text ?? '');
      if (j > from && PREPOSITIONS.has(key) && !ofSide && !seatOf && !range && !bound) break;
      if (j > from && (SUBORDINATORS.has(key) || CONJUNCTIONS.has(key))) break;
      if (j > from && this.isVerbLike(j)) break;
      j++;
    }
    return j;
  }

  /** Start of the noun phrase ending just before `end` (exclusive), scanning left. */
  phraseStartLeft(last: number): number {
    let j = last;
    while (j >= 0) {
      const token = this.tokens[j];
      if (!token || (token.kind === 'punct' && token.text !== '(' && token.text !== ')')) break;
      if (
        token.kind === 'word' &&
        !this.mentionAt[j] &&
        (SUBORDINATORS.has(token.key) ||
          CONJUNCTIONS.has(token.key) ||
          (PREPOSITIONS.has(token.key) && token.key !== 'of') ||
          this.isVerbLike(j))
      )
        break;
      j--;
    }
    return j + 1;
  }

  /** Like phraseStartLeft, but over coordinated names: "[Egypt and the UAE], Haftar's backers". */
  coordinatedPhraseStart(last: number): number {
    let start = this.phraseStartLeft(last);
    while (['and', 'or'].includes(this.tokens[start - 1]?.key ?? '') && this.mentionAt[start - 2])
      start = this.phraseStartLeft(start - 2);
    return start;
  }

  /** Where the modifiers of a noun start: "Russia's [continued military] support". */
  modifiersStart(i: number): number {
    let j = i;
    while (j - 1 >= 0 && i - j < 4) {
      const token = this.tokens[j - 1];
      if (token?.kind !== 'word' || token.capitalised || this.mentionAt[j - 1]) break;
      if (
        DETERMINERS.has(token.key) ||
        PREPOSITIONS.has(token.key) ||
        AUXILIARIES.has(token.key) ||
        CONJUNCTIONS.has(token.key) ||
        PRONOUNS.has(token.key)
      )
        break;
      if (this.isVerbLike(j - 1)) break;
      j--;
    }
    return j;
  }

  /** "an end to X's support", "stopped its support", "no support": the support is denied or withdrawn. */
  isCancelled(modifiersStart: number): boolean {
    let j = modifiersStart - 1;
    if (this.tokens[j]?.kind === 'possessive') j -= 2;
    else if (this.mentionAt[j]) j = (this.mentionAt[j]?.start ?? j) - 1;
    if (DETERMINERS.has(this.tokens[j]?.key ?? '') || POSSESSIVE_PRONOUNS.has(this.tokens[j]?.key ?? '')) {
      if (this.tokens[j]?.key === 'no') return true;
      j--;
    }
    for (let k = j; k >= Math.max(0, j - 2); k--) {
      const key = this.tokens[k]?.key ?? '';
      if (
        STOPPING_VERBS.has(key) ||
        DENIAL_VERBS.has(key) ||
        key === 'without' ||
        key === 'lack' ||
        NEGATORS.has(key) ||
        key.endsWith("n't")
      )
        return true;
      if (key === 'to' && ['end', 'halt', 'stop'].includes(this.tokens[k - 1]?.key ?? '')) return true;
      if (
        this.tokens[k]?.kind !== 'word' ||
        !(this.tokens[k]?.key === 'an' || this.tokens[k]?.key === 'to' || this.tokens[k]?.key === 'of')
      )
        break;
    }
    return false;
  }

  /** A list item that is just a name ("the United Arab Emirates", "Haftar’s forces"), not a description ("Libya’s internationally recognized government"). */
  isBareName(from: number): boolean {
    let j = from;
    if (this.tokens[j]?.key === 'the') j++;
    const mention = this.mentionAt[j];
    if (!mention || mention.start !== j) return false;
    let end = mention.end;
    // "Ugandan troops and Egyptian money": a demonym with what its state sends is a bare name too.
    if (mention.source === 'demonym' || mention.entity.kind === 'country' || mention.entity.kind === 'organisation')
      while (end < mention.end + 2 && isStateMeans(this.tokens[end]?.key ?? '') && !this.tokens[end]?.capitalised)
        end++;
    if (this.tokens[end]?.kind === 'possessive') end++;
    if (isSideNoun(this.tokens[end]?.key ?? '')) end++;
    else if (this.tokens[end]?.kind === 'possessive') return false;
    const after = this.tokens[end];
    return (
      !after ||
      after.kind === 'punct' ||
      CONJUNCTIONS.has(after.key) ||
      PREPOSITIONS.has(after.key) ||
      this.isVerbLike(end)
    );
  }

  /** "Egypt[, Russia, and the UAE]": further names when the rest of the span is a list closed by "and"/"or". */
  restOfNameList(comma: number, to: number): Referent[] {
    const names: Referent[] = [];
    let j = comma;
    let closed = false;
    while (j < to && this.tokens[j]?.text === ',') {
      let start = j + 1;
      const conjunction = ['and', 'or'].includes(this.tokens[start]?.key ?? '');
      if (conjunction) start++;
      if (this.tokens[start]?.key === 'the') start++;
      const mention = this.mentionAt[start];
      if (!mention || mention.start !== start) return [];
      const end = mention.end;
      names.push({ entity: mention.entity, certainty: 1 });
      closed = conjunction;
      j = end;
      // "..., Ouagadougou and Niamey": the last item after "and" without a comma.
      if (!closed && ['and', 'or'].includes(this.tokens[end]?.key ?? '')) {
        let last = end + 1;
        if (this.tokens[last]?.key === 'the') last++;
        const final = this.mentionAt[last];
        if (
          !final ||
          final.start !== last ||
          (final.end < to && this.tokens[final.end]?.text !== ',' && !this.endsWithStateMeans(final, to))
        )
          return [];
        names.push({ entity: final.entity, certainty: 1 });
        return names;
      }
      if (end < to && this.tokens[end]?.text !== ',') return [];
    }
    return closed ? names : [];
  }

  /** "Egypt and (the) Russia": only a conjunction (and an article) between this name and the one before. */
  coordinatedWithPrevious(mention: Mention): boolean {
    let j = mention.start - 1;
    if (this.tokens[j]?.key === 'the') j--;
    if (!['and', 'or'].includes(this.tokens[j]?.key ?? '')) return false;
    return this.mentionAt[j - 1] !== undefined;
  }
}
