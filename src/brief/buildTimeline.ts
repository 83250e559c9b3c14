import type { Sentence } from '../corpus/passage.ts';
import { type DateOrder, DEFAULT_DATE_ORDER } from '../corpus/parsePublishedDate.ts';
import { resolveSentenceDate, type SentenceDate } from '../corpus/resolveSentenceDate.ts';
import type { PassageRecord } from '../corpus/records.ts';
import { searchTerms } from '../text/searchTerms.ts';
import type { EntityCatalog } from './entityCatalog.ts';
import { lexiconTags } from './lexicon/partOfSpeech.ts';
import { tokenize } from './lexicon/tokenize.ts';
import { type ShownExcerpt, sentenceExcerpt } from './excerpt.ts';
import { type DateRange, overlapsRange } from './dateRange.ts';

/** One thing that happened to or was done by the actor, as one or more documents report it. */
export interface TimelineEvent {
  /** YYYY-MM-DD, YYYY-MM or YYYY (see SentenceDate); null for an undated event. */
  date: string | null;
  precision: SentenceDate['precision'] | null;
  /** 'stated' when the first report names the date, 'inferred' when it was worked out from the publication date. */
  basis: SentenceDate['basis'] | null;
  /** The words the date was read from, or null when it is the publication date (or there is none). */
  expression: string | null;
  /** The first report's sentence. */
  text: string;
  /** Corroboration: how many documents report it. */
  documents: number;
  /** Every report, cited: the first, then the others in corpus order. */
  citations: ShownExcerpt[];
}

export interface TimelineResult {
  /** The entity as resolved (canonical name), or as typed when not found. */
  entity: string;
  aliases: string[];
  found: boolean;
  suggestions: string[];
  range: DateRange;
  /** Oldest first. */
  events: TimelineEvent[];
  /** Events no date can be given (an undated document, "in May" of an unknown year); left out when a range is asked. */
  undated: TimelineEvent[];
}

/** Two same-day reports sharing this share of the shorter one's terms (and at least MIN_SHARED) tell the same event. */
const SAME_EVENT = 0.6;
const MIN_SHARED = 3;
/** "is backed", "are supported": a present state in the passive, not an event. */
const PRESENT_COPULA = new Set(['is', 'are', 'am', "'s"]);

/**
 * The dated events of an actor across the corpus: each sentence that names the actor (or an
 * entity on its side: a leader's forces) and tells something that happened, with its date read by
 * resolveSentenceDate. A sentence dating itself ("Saturday night's airstrike") in a paragraph that
 * names the actor belongs to the same story and counts too. Reports of one event from several
 * documents on the same day are folded into one event with all their citations.
 */
export function buildTimeline(
  catalog: EntityCatalog,
  passages: readonly PassageRecord[],
  name: string,
  options: { range?: DateRange; dateOrder?: DateOrder } = {},
): TimelineResult {
  const range = options.range ?? { since: null, until: null };
  const entity = catalog.resolve(name);
  if (!entity)
    return {
      entity: name.trim(),
      aliases: [],
      found: false,
      suggestions: catalog.suggest(name, 5),
      range,
      events: [],
      undated: [],
    };
  const sideEntities = catalog.sideOf(name);
  const side = new Set(sideEntities.map((e) => e.name));
  const aliases = [...new Set(sideEntities.flatMap((e) => [e.name, ...e.aliases]))].filter(
    (alias) => alias !== entity.name,
  );

  const reports: Report[] = [];
  for (const passage of passages) {
    const mentions = passage.sentences.map((sentence) =>
      catalog.findMentions(tokenize(sentence.text)).some((m) => side.has(m.entity.name)),
    );
    if (!mentions.includes(true)) continue;
    for (const [i, sentence] of passage.sentences.entries()) {
      const date = resolveSentenceDate(
        sentence.text,
        isoDay(passage.published),
        options.dateOrder ?? DEFAULT_DATE_ORDER,
      );
      const ownDate = date?.expression != null;
      if (!(mentions[i] ? ownDate || passage.role === 'title' || tellsEvent(sentence.text) : ownDate)) continue;
      reports.push({ sentence, passage, date, terms: new Set(searchTerms(sentence.text)) });
    }
  }

  const events = foldReports(reports).filter((event) => event.date === null || overlapsRange(event.date, range));
  const dated = events
    .filter((event) => event.date !== null)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const undated = range.since || range.until ? [] : events.filter((event) => event.date === null);
  return { entity: entity.name, aliases, found: true, suggestions: [], range, events: dated, undated };
}

/** How an event was dated, for the renderers: "(stated: “May”)", "(inferred from “on Thursday”)", "(inferred: publication date)"; "" when undated. */
export function describeDating(event: Pick<TimelineEvent, 'date' | 'basis' | 'expression'>): string {
  if (event.date === null) return '';
  if (event.expression === null) return '(inferred: publication date)';
  return event.basis === 'stated' ? `(stated: “${event.expression}”)` : `(inferred from “${event.expression}”)`;
}

interface Report {
  sentence: Sentence;
  passage: PassageRecord;
  date: SentenceDate | null;
  terms: Set<string>;
}

/** Same-date reports that say the same thing become one event; corpus order is kept otherwise (sort is stable). */
function foldReports(reports: Report[]): TimelineEvent[] {
  const groups: Report[][] = [];
  for (const report of reports) {
    const group = groups.find(
      (g) =>
        g[0]?.date?.date === report.date?.date && report.date !== null && g.some((other) => sameEvent(other, report)),
    );
    if (group) group.push(report);
    else groups.push([report]);
  }
  return groups.map((group) => {
    const first = group[0] as Report;
    return {
      date: first.date?.date ?? null,
      precision: first.date?.precision ?? null,
      basis: first.date?.basis ?? null,
      expression: first.date?.expression ?? null,
      text: first.sentence.text,
      documents: new Set(group.map((r) => r.sentence.file)).size,
      citations: group.map(toCitation),
    };
  });
}

function sameEvent(a: Report, b: Report): boolean {
  if (a.sentence.text === b.sentence.text) return true;
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared += 1;
  return shared >= MIN_SHARED && shared >= SAME_EVENT * Math.min(a.terms.size, b.terms.size);
}

/**
 * Whether a sentence tells something that happened: it has a verb in the past ("captured",
 * "has sent"), not only a present state ("is backed by"). compromise's lexicon tags the words;
 * an unknown "-ed" word reads as a past participle.
 */
function tellsEvent(text: string): boolean {
  const words = text.match(/[\p{L}'’]+/gu) ?? [];
  return words.some((word, i) => {
    if (i > 0 && /^\p{Lu}/u.test(word)) return false; // a name ("United Arab Emirates")
    const key = word.toLowerCase();
    const tags = lexiconTags(key);
    const past = tags.includes('PastTense') || (/[^e]ed$/.test(key) && !tags.includes('Noun'));
    return past && !PRESENT_COPULA.has(words[i - 1]?.toLowerCase() ?? '');
  });
}

function toCitation({ sentence, passage }: Report): ShownExcerpt {
  return sentenceExcerpt(sentence, passage, 1);
}

function isoDay(published: string | null): string | null {
  return published !== null && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
}
