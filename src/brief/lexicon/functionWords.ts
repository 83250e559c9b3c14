/**
 * The closed word classes of English that both the entity catalog and the relation extractor
 * read sentences with: one copy of each list, so the two never disagree about what "the", "may"
 * or "said" is. Keys are lower-case (Token.key).
 */

/** All inflected forms of a regular-enough verb: base, -s, past, participle, -ing. */
export function verbForms(
  base: string,
  past = `${base}ed`,
  gerund = `${base}ing`,
  third = `${base}s`,
  participle = past,
): string[] {
  return [base, third, past, participle, gerund];
}

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s"]);
export const AUXILIARIES = new Set([
  ...BE,
  'has',
  'have',
  'had',
  'having',
  'do',
  'does',
  'did',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'cannot',
]);
/** Modals that make a statement a possibility. "would" is not here: in reported speech it is the past of "will" (see VerbGroup.conditional). */
export const HEDGING_MODALS = new Set(['could', 'may', 'might', 'should', 'can']);
export const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'neither']);
/** Adverbs that may stand inside a verb group or before its object without changing who does what. */
export const CLAUSE_ADVERBS = new Set([
  'also',
  'still',
  'already',
  'now',
  'even',
  'just',
  'further',
  'again',
  'then',
  'long',
  'once',
  'ever',
  'previously',
  'reportedly',
  'allegedly',
  'openly',
  'repeatedly',
  'increasingly',
  'secretly',
  'quietly',
  'actively',
  'directly',
  'both',
  'all',
  'longer',
  'jointly',
  // "X later launched air strikes": time adverbs, which compromise also tags as comparative adjectives.
  'later',
  'earlier',
]);
/** Month and weekday names: capitalised but never entities (compromise tags "may" as a modal, "march" as a verb). */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
/** Words that open a time adverbial ("On Thursday Turkey ...", "last week Russia ..."): a name after them starts a new phrase. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS_AND_DAYS,
  'today',
  'yesterday',
  'week',
  'month',
  'year',
]);
/** "reportedly", "allegedly": the statement is hearsay, credited to "reports". */
export const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);
export const PREPOSITIONS = new Set([
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'to',
  'into',
  'onto',
  'against',
  'amid',
  'amidst',
  'over',
  'under',
  'about',
  'after',
  'before',
  'during',
  'through',
  'between',
  'among',
  'across',
  'toward',
  'towards',
  'via',
  'including',
  'without',
  'within',
  'despite',
  'since',
  'until',
  'behind',
  'beyond',
  'upon',
  'per',
  'near',
  'around',
  'throughout',
  'like',
  'than',
  'unlike',
]);
export const SUBORDINATORS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'as',
  'while',
  'because',
  'when',
  'if',
  'although',
  'though',
  'whereas',
  'where',
  'unless',
  'whether',
  'since',
  'after',
  'before',
  'amid',
  'until',
  'once',
  'whilst',
]);
export const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'yet']);
/** Articles and possessive determiners: what a description in apposition opens with ("the GNA, Libya's government, ..."). */
export const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Every determiner: nothing after one is a verb ("the support", "several backers"). */
export const DETERMINERS = new Set([
  ...ARTICLES,
  'this',
  'that',
  'these',
  'those',
  'our',
  'my',
  'your',
  'some',
  'any',
  'each',
  'every',
  'no',
  'both',
  'all',
  'several',
  'many',
  'one',
]);
export const PRONOUNS = new Set([
  'it',
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'its',
  'his',
  'their',
  'we',
  'i',
  'you',
  'us',
  'me',
  'our',
  'my',
  'your',
]);
export const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their']);
export const QUOTES = new Set(['"', '“', '”', '‘', "'", '«', '»']);
/** Name particles and "of": "Government of National Accord", "Ibn Saud", "Bashar al-Assad". */
export const NAME_CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
]);

/** Verbs of saying: "Z said (that) ...", "..., Z told reporters", and a hint that their subject is a person. */
export const REPORTING_VERBS = new Set([
  ...verbForms('say', 'said', 'saying'),
  ...verbForms('state', 'stated', 'stating'),
  ...verbForms('tell', 'told', 'telling'),
  ...verbForms('claim'),
  ...verbForms('allege', 'alleged', 'alleging'),
  ...verbForms('report'),
  ...verbForms('announce', 'announced', 'announcing'),
  ...verbForms('note', 'noted', 'noting'),
  ...verbForms('add'),
  ...verbForms('insist'),
  ...verbForms('confirm'),
  ...verbForms('assert'),
  ...verbForms('write', 'wrote', 'writing', 'writes', 'written'),
  ...verbForms('tweet'),
  ...verbForms('acknowledge', 'acknowledged', 'acknowledging'),
  ...verbForms('reveal'),
  ...verbForms('disclose', 'disclosed', 'disclosing'),
  ...verbForms('argue', 'argued', 'arguing'),
]);
/**
 * The reporting verbs that, right after a two-word name, hint that the name is a person's
 * ("Fathi Bashagha said"): the common finite forms only, since "reported" or "announced" follow
 * agencies and ministries as often.
 */
export const PERSON_SPEECH_VERBS: ReadonlySet<string> = new Set(
  ['said', 'says', 'told', 'stated', 'added', 'noted', 'claimed', 'insisted'].filter((form) =>
    REPORTING_VERBS.has(form),
  ),
);
