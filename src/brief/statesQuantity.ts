import { type CreditedTerm, creditSentences } from './sentenceCredits.ts';

/**
 * Whether a question asks for a quantity, and whether a sentence states one of that kind. A
 * passage whose answer sentence holds no figure does not answer "how many jets did Moscow
 * give?", however well it matches the question's words ("Turkish sources described the planes
 * as unidentified").
 *
 * Plain regular expressions over the text, no tagger: they run on every candidate's key sentence,
 * and compromise's tagger costs 5–10 ms a long sentence (see sentenceCredits.ts).
 */

/**
 * What kind of quantity a question asks for. 'count': how many things ("how many", "what number
 * of"): a cardinal, not a share, a sum of money or a year. 'amount': how much or how large: any
 * figure, a share or a sum of money included. 'duration': how long: a figure of time units.
 * 'money': how much something costs, pays or earns: a sum of money.
 */
export type QuantityKind = 'count' | 'amount' | 'duration' | 'money';

/** The question's wording for each kind, checked in this order (a reason per rule). */
const ASKED: readonly { kind: QuantityKind; pattern: RegExp; why: string }[] = [
  // "How many of the residents fled?": a share answers it ("90 percent") as well as a count.
  { kind: 'amount', pattern: /\bhow many of\b/i, why: 'asks for a part of a whole' },
  {
    kind: 'money',
    pattern:
      /\bhow much\b.*\b(?:cost|costs|costing|pay|pays|paid|spend|spends|spent|worth|price|profit|profits|earn|earns|earned|revenue|budget|money|fee|fees)\b|\bwhat (?:is the |was the )?(?:price|cost)\b/i,
    why: 'asks what something costs or earns: a sum of money',
  },
  { kind: 'count', pattern: /\bhow many\b|\bwhat (?:is the )?number of\b/i, why: 'counts things' },
  {
    kind: 'amount',
    pattern: /\bhow (?:much|large|big)\b|\bwhat (?:share|percentage|proportion|amount|sum|size)\b/i,
    why: 'measures a mass, a sum or a share',
  },
  // "How long since …", "how long did … last": a span of time. "How long is the border" is a
  // length, rare in news questions; a figure of miles reads as a duration's figure anyway.
  { kind: 'duration', pattern: /\bhow long\b/i, why: 'measures a span of time' },
];

export function quantityAsked(question: string): QuantityKind | null {
  return ASKED.find(({ pattern }) => pattern.test(question))?.kind ?? null;
}

const UNITS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALES = 'hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores';
/** Counts without a figure: "several", "a handful", "twice". */
const VAGUE = /\b(?:several|few|numerous|handful|twice|thrice|multiple|single)\b/i;
/** Shares and multiples: an amount ("half the city"), not a count. */
const PARTS = /\b(?:half|halves|thirds?|quarters?|double[ds]?|twice|tripled?|fourfold|tenfold)\b/i;
/** A figure written in words: "eight", "twenty-two", "hundreds", "a dozen", "tens of thousands". */
const NUMBER_WORD = new RegExp(`\\b(?:${UNITS}|${TENS}|${SCALES})\\b`, 'i');
/** "one" that counts nothing: "no one", "one of them" is a share, "one another", "someone". */
const IDLE_ONE = /\b(?:no|any|every|some|each|the|this|that)[ -]one\b|\bone (?:another|day|of)\b/gi;
/** A year on its own ("in 2021") counts nothing; "2,000" and "1,500" do. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Whether the sentence states a quantity of the kind asked. */
export function statesQuantity(sentence: string, kind: QuantityKind): boolean {
  if (kind === 'money') return MONEY.test(sentence);
  const text = sentence.replace(IDLE_ONE, ' ');
  if (kind !== 'count' && PARTS.test(text)) return true;
  if (VAGUE.test(text)) return true;
  for (const figure of figures(text)) {
    // A count: not a share ("80 percent"), a sum of money ("$20 billion") or a year. How much
    // or how long may be any figure ("ten days" longer, "since 2011").
    if (kind === 'count' && (figure.share || figure.money || figure.year)) continue;
    return true;
  }
  // A span without a figure ("for months", "a decade of war", "since April") answers how long.
  return kind === 'duration' && DURATION_WORD.test(text);
}

/** A sum of money: a currency sign or name, or a figure in millions ("$20 billion", "5bn euros"). */
const MONEY =
  /[$€£¥]\s?\d|\b(?:US|USD|EUR|GBP)\s?\$?\d|\b(?:dollars?|euros?|pounds?|yuan|rupees?|shillings?|francs?|naira|rand)\b|\d\s?(?:bn|m)\b|\b(?:millions?|billions?|trillions?)\b/i;

const DURATION_WORD =
  /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|since|until|overnight)\b/i;

/**
 * The sentence of a passage that answers a quantity question: its key sentence when that states
 * the quantity, else its best-credited sentence that does and holds some question word (a
 * passage often says what happened, then the toll: "… attacked the village. Twenty-six people
 * were killed."). Undefined when no sentence qualifies. Requiring half the key sentence's credit
 * instead lost a right passage on the unseen set (aggregate figures: R@1 70 → 68).
 */
export function sentenceStatingQuantity<S extends { text: string }>(
  kind: QuantityKind,
  sentences: readonly S[],
  key: S | undefined,
  terms: readonly CreditedTerm[],
  related: readonly Map<string, number>[],
): S | undefined {
  if (key === undefined || statesQuantity(key.text, kind)) return key;
  const stating = sentences.filter((sentence) => statesQuantity(sentence.text, kind));
  if (stating.length === 0) return undefined;
  const { best } = creditSentences(stating, terms, related);
  return best.score > 0 ? stating[best.index] : undefined;
}

/** A figure in digits ("2,000", "$20 billion", "5bn") or in words ("twenty-two", "tens of thousands"); matchAll copies it. */
const FIGURE = new RegExp(
  `[$€£]?\\s?\\d(?:[\\d,.]*\\d)?(?:\\s?(?:${SCALES}|bn|m)\\b)?|${NUMBER_WORD.source}(?:[ -](?:${UNITS}|${TENS}|${SCALES}|of|and))*`,
  'gi',
);

interface Figure {
  share: boolean;
  money: boolean;
  year: boolean;
}

/** Each figure of the text (digits or number words), with what follows it and what it measures. */
function* figures(text: string): Generator<Figure> {
  for (const match of text.matchAll(FIGURE)) {
    const figure = match[0];
    const end = (match.index ?? 0) + figure.length;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, (match.index ?? 0) - 12), match.index);
    yield {
      share: /^\s*(?:%|percent\b|per cent\b|pc\b)/i.test(after),
      money:
        /^[$€£]/.test(figure) ||
        /\b(?:US|USD|EUR)\s*$/i.test(before) ||
        /^\s*(?:dollars|euros|pounds|yuan)\b/i.test(after),
      year: YEAR.test(figure.trim()),
    };
  }
}
