import { distance } from 'fastest-levenshtein';
import type { Sentence } from '../corpus/passage.ts';
import type { SearchHit, SearchIndex } from '../index/searchIndex.ts';
import { foldText } from '../text/foldText.ts';
import { QUESTION_OPENINGS_PATTERN, searchTerms } from '../text/searchTerms.ts';
import { canReadBothWays, type WordReading, wordReadings } from '../text/wordReadings.ts';
import { creditSentences } from './sentenceCredits.ts';
import { quantityAsked, sentenceStatingQuantity, statesQuantity } from './statesQuantity.ts';
import { type DateRange, isOpenRange, publishedInRange } from './dateRange.ts';
import type { ShownExcerpt } from './excerpt.ts';
import { countryAliases, isCountryName, relatedTerms } from './querySynonyms.ts';
import type { TermNeighbours } from './termNeighbours.ts';
import {
  type AnswerFeatures,
  type AnswerRanker,
  answerProbability,
  answerRankerFor,
  featureVector,
} from './answerRanker.ts';

export interface Answer {
  question: string;
  /** The sentence that best answers the question; null when the corpus has nothing relevant. */
  answer: string | null;
  /** How well the best passage matches (0..1): see confidenceOf. */
  confidence: number;
  excerpts: ShownExcerpt[];
  /**
   * When nothing clears the bar but a passage comes near (CLOSEST_FLOOR): that passage, shown as
   * "closest", never as the answer. Null otherwise, and whenever there is an answer.
   */
  closest: ShownExcerpt | null;
  /**
   * When the question names something the corpus never mentions but a name it holds is spelt
   * nearly so ("Hafter"), that name as the corpus writes it: "Did you mean Haftar?".
   */
  didYouMean?: string;
}

export interface AskOptions {
  /** How many excerpts to return. */
  k?: number;
  /** At most this many excerpts from one document. */
  perDocument?: number;
  /** Also search for other words for the question's words (default true); false: exact terms only. */
  expandSynonyms?: boolean;
  /**
   * Where the other words come from: 'vectors', the corpus terms closest in meaning (word
   * vectors, when the bot has them), or 'curated', the hand-made list of querySynonyms.ts.
   * Default: 'vectors' when there are word vectors.
   */
  expansion?: 'vectors' | 'curated';
  /** Passages below this confidence are not answers (default MIN_CONFIDENCE; the eval sweeps it). */
  minConfidence?: number;
  /** Only documents published in this range (an undated one is in no bounded range). */
  range?: DateRange;
  /** What orders the candidates; default: the ranker fitted for this configuration (null: none, search's order). */
  ranker?: AnswerRanker | null;
}

/** With a range, this many times k hits are searched, so that enough remain once the range is applied. */
const RANGE_OVERSEARCH = 20;

/**
 * Below this, a passage does not answer the question: the user is told the corpus has nothing
 * on it rather than shown the least bad passage. It applies to weighEvidence's confidence, for
 * keyword search with or without word vectors. Calibrated with `npm run eval` on the tune half
 * of test/eval/news (it prints the sweep; see COMMON_WORDS_SLACK).
 */
export const MIN_CONFIDENCE = 0.55;

/**
 * A search hit whose keyword coverage (or cosine) reaches this is on the topic: what a topic
 * briefing gathers (isRelevant).
 */
export const MIN_COVERAGE = 0.55;

/**
 * A refused question whose best passage reaches this is "said differently, perhaps": the user
 * is shown that passage as the closest. Below it the corpus is taken to hold nothing on it.
 * From the sweep of `npm run eval` (tune half): most out-of-corpus questions score under 0.3.
 */
export const CLOSEST_FLOOR = 0.3;

/**
 * A passage stating the quantity asked for stands in as the answer down to this confidence
 * when the question clears the bar through passages that state none (see answerQuestion). From
 * the tune half: with the floor at CLOSEST_FLOOR (0.3) 63% of its out-of-corpus questions are
 * refused (a figure is always somewhere near), at 0.45 66%, at 0.5 68% but a right answer is
 * lost on the fresh set.
 */
const QUANTITY_FLOOR = 0.45;

/**
 * A quantity stand-in's name coverage may fall this far below the best passage clearing the bar:
 * a name matched through an alias counts 0.9 ("Moscow" in a passage saying "Russia"). At 1, the
 * default corpus's "How many jets did Moscow give the LNA?" lost its answer with curated synonyms
 * (the LNA passage beat "Russia sent at least eight warplanes"); at 0.5 the tune half refused 71%
 * of its out-of-corpus questions, at 0.75 74% as at 1 (keyword + word vectors; other sets alike).
 */
const NAMES_KEPT = 0.75;

/** Search hands this many passages more than asked for, to stand in for misread ones. */
const MISREAD_POOL = 5;

/** The other words a question's term may be written as, with how much each counts. */
export type Expansion = (term: string) => [term: string, weight: number][];

export async function answerQuestion(
  search: SearchIndex,
  question: string,
  options: AskOptions = {},
  neighbours: TermNeighbours | null = null,
): Promise<Answer> {
  const k = options.k ?? 3;
  const { trimmed, ranker, unknownNames, candidates } = await answerCandidates(search, question, options, neighbours);
  // A passage that holds a question's word only read otherwise ("armed forces" for "who armed")
  // matched by accident: it goes after the others. Otherwise a fitted ranker's probability
  // orders them; without one, search's order is kept.
  const quantity = quantityAsked(trimmed);
  const statesAsked = ({ evidence }: AnswerCandidate) =>
    quantity === null || (evidence.sentence !== undefined && statesQuantity(evidence.sentence.text, quantity));
  const ordered = ranker
    ? [...candidates].sort(
        (a, b) => Number(a.evidence.misread) - Number(b.evidence.misread) || b.probability - a.probability,
      )
    : [...candidates].sort((a, b) => Number(a.evidence.misread) - Number(b.evidence.misread));
  const weighed = ordered.slice(0, k);
  // A question naming what the corpus never mentions is about something else.
  const confidence = unknownNames.length > 0 ? 0 : Math.max(0, ...weighed.map(({ evidence }) => evidence.confidence));
  const shown = ({ hit, evidence }: AnswerCandidate): ShownExcerpt => ({
    text: hit.passage.text,
    file: hit.passage.file,
    paragraph: hit.passage.paragraph,
    page: hit.passage.page,
    lineStart: hit.passage.lineStart,
    lineEnd: hit.passage.lineEnd,
    score: hit.score,
    title: hit.passage.title,
    published: hit.passage.published,
    heading: hit.passage.heading,
    keySentence: evidence.sentence?.text ?? null,
  });
  // Only passages that clear the bar are shown; with none, the corpus has no answer.
  const bar = options.minConfidence ?? MIN_CONFIDENCE;
  const cleared = confidence === 0 ? [] : weighed.filter(({ evidence }) => evidence.confidence >= bar);
  // Asked for a quantity, the answer is a passage that states one, put first: one clearing the
  // bar, else, when the question clears it (the corpus is on its topic), the best one that comes
  // near (QUANTITY_FLOOR) and holds the question's names about as well as they do (NAMES_KEPT):
  // it says the figure the others talk around, not another conflict's figure. With none, no answer.
  const stating =
    quantity === null
      ? undefined
      : (cleared.find(statesAsked) ??
        (cleared.length > 0
          ? ordered.find(
              (candidate) =>
                statesAsked(candidate) &&
                candidate.evidence.confidence >= QUANTITY_FLOOR &&
                candidate.evidence.nameCoverage >=
                  NAMES_KEPT * Math.max(...cleared.map(({ evidence }) => evidence.nameCoverage)),
            )
          : undefined));
  const relevant =
    quantity === null ? cleared : stating ? [stating, ...cleared.filter((c) => c !== stating)].slice(0, k) : [];
  if (relevant.length === 0) {
    // The closest passage that states the quantity asked for, if one comes near, else the closest.
    const near =
      (quantity === null
        ? undefined
        : weighed.find((candidate) => statesAsked(candidate) && candidate.evidence.confidence >= CLOSEST_FLOOR)) ??
      weighed.find(({ evidence }) => evidence.confidence === confidence && confidence >= CLOSEST_FLOOR);
    const suggestion = unknownNames.length > 0 ? await nearestName(search, unknownNames) : null;
    return {
      question: trimmed,
      answer: null,
      confidence,
      excerpts: [],
      closest: near ? shown(near) : null,
      ...(suggestion ? { didYouMean: suggestion } : {}),
    };
  }
  const excerpts = relevant.map(shown);
  return { question: trimmed, answer: excerpts[0]?.keySentence ?? null, confidence, excerpts, closest: null };
}

/** A passage search found for a question, with what answerQuestion weighs it by. */
export interface AnswerCandidate {
  hit: SearchHit;
  evidence: Evidence;
  features: AnswerFeatures;
  /** The ranker's probability that it holds the answer (0 without a ranker). */
  probability: number;
}

/**
 * The passages search finds for a question, each weighed (weighEvidence) and measured
 * (ANSWER_FEATURES), in search's order; and the ranker fitted for this configuration, if any
 * (options.ranker overrides it: the training script measures with an unfitted one).
 */
export async function answerCandidates(
  search: SearchIndex,
  question: string,
  options: AskOptions = {},
  neighbours: TermNeighbours | null = null,
): Promise<{
  trimmed: string;
  ranker: AnswerRanker | null;
  unknownNames: WeighedTerm[];
  candidates: AnswerCandidate[];
}> {
  const trimmed = question.trim();
  const k = options.k ?? 3;
  const range = options.range && !isOpenRange(options.range) ? options.range : null;
  const expand = expansionFor(trimmed, options, neighbours);
  const ranker =
    options.ranker !== undefined ? options.ranker : answerRankerFor(rankerEntry(search, options, neighbours));
  const found =
    trimmed === ''
      ? []
      : await search.search(trimmed, {
          limit: (range ? RANGE_OVERSEARCH : 1) * (k + MISREAD_POOL),
          perDocument: options.perDocument ?? 2,
          relatedTerms: expand,
        });
  const inRange = range ? found.filter((hit) => publishedInRange(hit.passage.published, range)) : found;
  const terms = weighedTerms(search, trimmed);
  const unknownNames = terms.filter((t) => t.name && !/^[A-Z]{2,6}$/.test(t.original) && !inCorpus(search, t.term));
  const corpusMatch = weakestCorpusMatch(search, terms, expand);
  const cue = answerCue(trimmed);
  const quantity = quantityAsked(trimmed);
  // Each question term's related corpus terms, once for every candidate.
  const related = terms.map((t) => new Map(expand?.(t.term) ?? []));
  const bestKeyword = Math.max(1e-9, ...inRange.map((hit) => hit.keywordScore));
  const candidates = inRange.map((hit, index): AnswerCandidate => {
    const evidence = weighEvidence(search, hit, terms, related);
    const features: AnswerFeatures = {
      coverage: hit.coverage,
      commonCoverage: evidence.commonCoverage,
      cappedCoverage: evidence.confidence,
      sentenceCoverage: evidence.sentenceCoverage,
      nameCoverage: evidence.nameCoverage,
      keywordRelative: hit.keywordScore / bestKeyword,
      rankReciprocal: 1 / (index + 1),
      cosine: Math.max(0, hit.cosine ?? 0),
      cue: cue === null ? 0 : evidence.sentence && cueMet(cue, evidence.sentence.text, terms) ? 1 : -1,
      corpusMatch,
      weakestTerm: evidence.weakestTerm,
      misread: Number(evidence.misread),
    };
    // Asked for a quantity, the passage's sentence that states one is its answer, if it has one
    // (the features stay the key sentence's: the ranker was fitted so).
    const stating =
      quantity && sentenceStatingQuantity(quantity, hit.passage.sentences, evidence.sentence, terms, related);
    const keyed = stating ? { ...evidence, sentence: stating } : evidence;
    return {
      hit,
      evidence: keyed,
      features,
      probability: ranker ? answerProbability(ranker, featureVector(features)) : 0,
    };
  });
  return { trimmed, ranker, unknownNames, candidates };
}

/** The answer ranker's table entry for this search and these options (see answerRankerFor). */
function rankerEntry(search: SearchIndex, options: AskOptions, neighbours: TermNeighbours | null): string {
  const vectors = neighbours !== null && options.expandSynonyms !== false && options.expansion !== 'curated';
  const ranker = search.mode === 'hybrid' ? search.calibration.entry : 'keyword';
  return vectors ? `${ranker} + word vectors` : ranker;
}

/**
 * How well the question's least matched common word is matched anywhere in the corpus: 1 when
 * some passage holds it, else the similarity of its closest corpus word (its expansion), 0 when
 * none is close. What is said otherwise has a close word ("truce": ceasefire); what the corpus
 * does not hold has none ("favourite", "film" in war news). 1 when the question has no common word.
 */
function weakestCorpusMatch(search: SearchIndex, terms: WeighedTerm[], expand: Expansion | undefined): number {
  let weakest = 1;
  for (const t of terms) {
    if (t.name || t.answerKind || search.termWeight(t.term).passages > 0) continue;
    const close = (expand?.(t.term) ?? []).filter(([other]) => search.termWeight(other).passages > 0);
    weakest = Math.min(weakest, Math.max(0, ...close.map(([, similarity]) => similarity)));
  }
  return weakest;
}

/** What kind of answer a question's opening asks for, when it says. */
type AnswerCue = 'number' | 'date' | 'name';

function answerCue(question: string): AnswerCue | null {
  if (
    /\bhow (many|much|long|far|old|big|large)\b|\bwhat (share|percentage|proportion|number|size)\b|\bnumber of\b/i.test(
      question,
    )
  )
    return 'number';
  if (/\bwhen\b|\bwhat (year|date|day|month|time)\b|\bsince when\b/i.test(question)) return 'date';
  if (/^\s*(who|whom|whose)\b|\b(which|where)\b/i.test(question)) return 'name';
  return null;
}

const NUMBER_WORDS =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|double)\b/i;
const DATE_WORDS =
  /\b(1[89]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|ago|last (year|week|month))\b/i;

/**
 * Whether a sentence has the kind of thing the question asks for: a figure for "how many", a
 * date for "when", a name the question does not already hold for "who", "which" or "where".
 */
function cueMet(cue: AnswerCue, sentence: string, terms: WeighedTerm[]): boolean {
  if (cue === 'number') return NUMBER_WORDS.test(sentence);
  if (cue === 'date') return DATE_WORDS.test(sentence);
  const asked = new Set(terms.map((t) => t.term));
  const words = sentence.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.some((word, i) => {
    if (i === 0 || !/^\p{Lu}/u.test(word)) return false;
    const [term] = searchTerms(word);
    return term !== undefined && !asked.has(term);
  });
}

interface WeighedTerm {
  term: string;
  /** IDF: rare words say more about what is asked. */
  weight: number;
  /** A name or number: matches as itself or through its aliases, never by meaning. */
  name: boolean;
  /**
   * 'verb' when the question uses as a verb a word that could be read as an adjective: a passage
   * using it only as an adjective is misread ("who armed" is not "armed forces"). A participle the
   * question puts before its noun ("the trapped villagers") is null: the passive participle after
   * the noun ("villagers trapped in", tagged a verb) says the same, so any reading matches.
   */
  reading: WordReading | null;
  /** The word as the question writes it, and folded. */
  original: string;
  word: string;
  /**
   * The word names the kind of answer asked for ("which country", "what disease"): the answer
   * says "Turkey", not "country", so the passage need not hold it.
   */
  answerKind: boolean;
}

/** The question's search terms, each with its weight, whether it names something, and its reading. */
function weighedTerms(search: SearchIndex, question: string): WeighedTerm[] {
  const names = namedTerms(question);
  const stripped = question.replace(QUESTION_OPENINGS_PATTERN, ' ');
  const words = stripped.match(/[\p{L}\p{N}]+/gu) ?? [];
  const readings = words.some(canReadBothWays) ? wordReadings(question) : null;
  const seen = new Set<string>();
  const terms: WeighedTerm[] = [];
  const kinds = new Set(
    [...stripped.matchAll(/\b(?:which|what|whose)\s+([\p{L}]+)/giu)].map((match) => match[1]!.toLowerCase()),
  );
  for (const original of words) {
    const [term] = searchTerms(original);
    if (term === undefined || seen.has(term)) continue;
    seen.add(term);
    const word = foldText(original);
    const read = canReadBothWays(original) ? readings?.get(word) : undefined;
    terms.push({
      term,
      weight: search.termWeight(term).idf,
      name: names.has(term) || isCountryName(term),
      reading: read?.size === 1 && read.has('verb') ? 'verb' : null,
      original,
      word,
      answerKind: kinds.has(original.toLowerCase()),
    });
  }
  return terms;
}

interface Evidence {
  /** The passage's sentence that covers most of the question's weight. */
  sentence: Sentence | undefined;
  /** Whether the passage answers: see weighEvidence. */
  confidence: number;
  /** Coverage of the question's common words (names left out), the article's context included. */
  commonCoverage: number;
  /** The key sentence's share of the question's weight, on its own. */
  sentenceCoverage: number;
  /** Share of the question's names the passage holds (its article: half), 1 when it names none. */
  nameCoverage: number;
  /** The least credit of the question's common words in the passage (1 when it has none). */
  weakestTerm: number;
  /** Some question word stands in the passage only read otherwise (verb for adjective). */
  misread: boolean;
}

/**
 * How well a passage answers, term by term. A question's term is credited by the best word of
 * the passage for it: the same term (read the same way: the verb "armed" is not the adjective
 * of "armed forces"), else one of its other words (a name's aliases, a common word's neighbours
 * in meaning) at their weight. A term the passage lacks still counts for half when its article
 * holds it (news names its subject once, then says "the city").
 *
 * The confidence is search's (keyword coverage, or a clear cosine: confidenceOf) capped by the
 * coverage of the question's common words alone. Names match exactly, so without the cap a
 * question whose names all stand in a passage but whose subject does not ("the capital of
 * France" beside "the embassies of Rwanda, France and Belgium") would be answered. The cap
 * leaves COMMON_WORDS_SLACK.
 */
function weighEvidence(
  search: SearchIndex,
  hit: SearchHit,
  terms: WeighedTerm[],
  related: readonly Map<string, number>[],
): Evidence {
  const sentences = hit.passage.sentences;
  const { credit, best, misread } = creditSentences(sentences, terms, related);
  terms.forEach((question, i) => {
    if (credit[i] === 0 && search.documentHolds(hit.passage.id, question.term)) credit[i] = DOCUMENT_CONTEXT;
  });
  let covered = 0;
  let weight = 0;
  let names = 0;
  let namesCovered = 0;
  let total = 0;
  let weakest = 1;
  terms.forEach((t, i) => {
    total += t.weight;
    if (!t.name && !t.answerKind) weakest = Math.min(weakest, credit[i]!);
    if (t.name) {
      names++;
      namesCovered += credit[i]!;
      return;
    }
    covered += t.weight * credit[i]!;
    weight += t.weight;
  });
  const common = weight > 0 ? covered / weight : 1;
  return {
    misread,
    sentence: sentences[best.index] ?? sentences[0],
    confidence: Math.min(confidenceOf(hit), common + COMMON_WORDS_SLACK),
    commonCoverage: common,
    sentenceCoverage: total > 0 ? Math.max(0, best.score) / total : 0,
    nameCoverage: names > 0 ? namesCovered / names : 1,
    weakestTerm: weakest,
  };
}

/**
 * The cap lets the common words' coverage fall this far below the bar: a question's common words
 * are the ones most often said otherwise. From the tune half's sweep (min, mean and geometric
 * mean of the two coverages and slacks 0.15–0.3 were tried: at 0.25 it refuses 12 of the 13
 * out-of-corpus questions there, coverage alone 10, for one more false refusal, 9 of 50).
 */
const COMMON_WORDS_SLACK = 0.25;

/** A name missing from the passage counts this much when its article holds it. */
const DOCUMENT_CONTEXT = 0.5;

/**
 * The corpus's spelling of a name the question misspells: the vocabulary term closest by edit
 * distance (at most one edit per four letters, and one at least), then the run of capitalised
 * words holding it in a passage that uses it ("Khalifa Haftar"). Null when nothing is that close.
 */
async function nearestName(search: SearchIndex, names: WeighedTerm[]): Promise<string | null> {
  const vocabulary = search.vocabulary();
  for (const name of names) {
    const allowed = Math.max(1, Math.floor(name.word.length / 4));
    let best: { term: string; distance: number } | null = null;
    for (const term of vocabulary) {
      if (Math.abs(term.length - name.term.length) > allowed || /\d/.test(term)) continue;
      const d = distance(term, name.term);
      if (d <= allowed && (!best || d < best.distance)) best = { term, distance: d };
    }
    if (!best) continue;
    const [hit] = await search.search(best.term, { limit: 1 });
    const spelt = hit ? capitalisedRun(hit.passage.text, best.term) : null;
    if (spelt) return spelt;
  }
  return null;
}

/**
 * The run of capitalised words (one name: "Khalifa Haftar") holding the first word of `text`
 * whose term is `term`, as written; a leading stopword ("The", capitalised to open a sentence)
 * and a possessive are left out.
 */
function capitalisedRun(text: string, term: string): string | null {
  for (const [run] of text.matchAll(/\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*)*/gu)) {
    const words = run.split(/[ \t]+/).map((word) => word.replace(/['’]s$/u, ''));
    if (!words.some((word) => searchTerms(word)[0] === term)) continue;
    while (words.length > 1 && searchTerms(words[0]!).length === 0) words.shift();
    return words.join(' ');
  }
  return null;
}

/** Whether some passage holds the term, or one of its aliases (a country's other names). */
function inCorpus(search: SearchIndex, term: string): boolean {
  return [term, ...countryAliases(term).map(([alias]) => alias)].some((t) => search.termWeight(t).passages > 0);
}

/** Keyword coverage of the question, or the cosine when it clears the model's calibrated bar (hit.meaning). */
export function confidenceOf(hit: SearchHit): number {
  return Math.max(hit.coverage, hit.meaning);
}

export function isRelevant(hit: SearchHit): boolean {
  return confidenceOf(hit) >= MIN_COVERAGE;
}

/**
 * How the question's terms reach other words. With word vectors, a term counts by its best
 * similarity to a corpus term, except names and numbers: a word written with a capital inside
 * the question, an acronym, a figure or a country's name matches as itself or through the
 * country's known aliases (Moscow for Russia), never by meaning, so "France" never counts as
 * "Libya" and "2019" never as "2020".
 */
function expansionFor(question: string, options: AskOptions, neighbours: TermNeighbours | null): Expansion | undefined {
  if (options.expandSynonyms === false) return undefined;
  if (!neighbours || options.expansion === 'curated') return relatedTerms;
  const names = namedTerms(question);
  return (term) => {
    if (names.has(term) || isCountryName(term)) return countryAliases(term);
    return neighbours.neighbours(term);
  };
}

/** The terms of the words a question names: capitalised past its first word, acronyms, figures. */
function namedTerms(question: string): Set<string> {
  const names = new Set<string>();
  const words = question.match(/[\p{L}\p{N}]+/gu) ?? [];
  words.forEach((word, i) => {
    if ((i > 0 && /^\p{Lu}/u.test(word)) || /\p{N}/u.test(word)) for (const term of searchTerms(word)) names.add(term);
  });
  return names;
}
