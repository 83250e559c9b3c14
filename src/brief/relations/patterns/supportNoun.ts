/** Support nouns: "X's support for Y", "Turkish support for (the GNA)", "Haftar enjoys the backing of Russia". */
import { DETERMINERS } from '../../lexicon/functionWords.ts';
import { HAVING_VERBS } from '../../lexicon/framingVerbs.ts';
import { verbForms } from '../../lexicon/functionWords.ts';
import {
  CURRENCY_SIGNS,
  cooperationKind,
  isAmountFigure,
  materialKind,
  SUPPORT_NOUNS,
  TRANSFER_VERBS,
} from '../../lexicon/supportLexicon.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';
import { isSentenceStart } from '../wordClasses.ts';

/** "X's support for Y", "Turkish support for (the GNA)", "support for Y from X", "support from X for Y". */
/** Verbs whose subject gives the support their object names: "pledged backing for Y". */
const GIVING_VERBS: ReadonlySet<string> = new Set([
  ...TRANSFER_VERBS.keys(),
  ...verbForms('promise', 'promised', 'promising'),
  ...verbForms('announce', 'announced', 'announcing'),
  ...verbForms('voice', 'voiced', 'voicing'),
  ...verbForms('express', 'expressed', 'expressing', 'expresses'),
  ...verbForms('throw', 'threw', 'throwing', 'throws', 'thrown'),
  ...verbForms('reaffirm'),
  ...verbForms('renew'),
  ...verbForms('step', 'stepped', 'stepping'),
  ...verbForms('increase', 'increased', 'increasing'),
  ...verbForms('approve', 'approved', 'approving'),
  ...verbForms('unveil'),
]);

/** A word of an amount before the support it measures: "a new $400 million", "a further €2bn". */
function isAmountWord(text: string): boolean {
  return (
    isAmountFigure(text) ||
    CURRENCY_SIGNS.has(text) ||
    /^(?:new|fresh|further|additional|million|billion|bn)$/i.test(text)
  );
}

/** Heads of a compound whose first word is the support: "aid package", "assistance programme". */
const PACKAGE_NOUNS: ReadonlySet<string> = new Set([
  'package',
  'packages',
  'programme',
  'program',
  'programmes',
  'programs',
]);

export function supportNoun(r: SentenceReader, i: number): Finding[] {
  const modifiersStart = r.modifiersStart(i);
  if (r.isCancelled(modifiersStart)) return [];
  let support = materialKind(r.tokens, modifiersStart, i + 1) ?? SUPPORT_NOUNS.get(r.tokens[i]?.key ?? '') ?? 'backing';
  let backers = r.possessorOrDemonym(modifiersStart);
  // "a military aid package for Ukraine": the compound's head comes before its "for".
  let after = PACKAGE_NOUNS.has(r.tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
  let backed: Referent[] = [];
  if (r.tokens[after]?.key === 'from' && backers.length === 0) {
    const end = r.phraseEnd(after + 1);
    backers = r.headOfSpan(after + 1, end);
    after = end;
  }
  if (r.tokens[after]?.key === 'for' || r.tokens[after]?.key === 'to') {
    backed = r.listAt(after + 1, backers);
    after = r.phraseEnd(after + 1);
  }
  if (backers.length === 0 && r.tokens[after]?.key === 'from')
    backers = r.headOfSpan(after + 1, r.phraseEnd(after + 1));
  if (backers.length === 0 && backed.length === 0 && r.tokens[i + 1]?.key === 'of')
    return supportOf(r, i, modifiersStart, support);
  // "Russia has pledged backing for the juntas", "Qatar offered its support to the government": the giver is the verb's subject.
  if (backers.length === 0 && backed.length > 0) {
    let v = modifiersStart - 1;
    // "announced a new $400 million military aid package": past the article and the amount.
    while (v >= 0 && (DETERMINERS.has(r.tokens[v]?.key ?? '') || isAmountWord(r.tokens[v]?.text ?? ''))) v--;
    if (GIVING_VERBS.has(r.tokens[v]?.key ?? '') && r.isVerbLike(v)) {
      const group = r.verbGroup(v);
      if (group.negated || group.notAVerb) return [];
      const subject = r.subjectForGroup(group);
      return subject.length > 0
        ? [
            {
              backers: subject,
              backed,
              support,
              confidence: 0.8 * (group.hedged ? 0.6 : 1),
              at: i,
              pattern: 'support-noun/given',
              hearsay: group.hearsay,
              conditional: group.conditional,
            },
          ]
        : [];
    }
  }
  // "With help from Rwandan troops, Mozambican forces retook the port": the one helped is the main clause's subject.
  // "With Russian help, Syria retook Aleppo": the same, the helper named before the noun.
  if (backers.length > 0 && backed.length === 0) {
    let j = beforeOwner(r, modifiersStart);
    if (DETERMINERS.has(r.tokens[j]?.key ?? '')) j--;
    if (r.tokens[j]?.key === 'with' && (j === 0 || isSentenceStart(r.tokens, j))) {
      let comma = after;
      while (comma < r.tokens.length && r.tokens[comma]?.text !== ',') comma++;
      backed = r.headOfSpan(comma + 1, r.phraseEnd(comma + 1), backers, 'subject');
      if (backed.length > 0)
        return [{ backers, backed, support, confidence: 0.75, at: i, pattern: 'support-noun/with-the-support-of' }];
    }
  }
  // "The ZLA has Uganda's backing", "Haftar enjoys Egyptian support": the one having it is the verb's subject.
  if (backers.length > 0 && backed.length === 0) {
    let v = beforeOwner(r, modifiersStart);
    if (DETERMINERS.has(r.tokens[v]?.key ?? '')) v--;
    if (HAVING_VERBS.has(r.tokens[v]?.key ?? '') && r.isVerbLike(v)) {
      const group = r.verbGroup(v);
      if (group.negated || group.notAVerb) return [];
      const subject = r.subjectForGroup(group).filter((b) => !backers.some((p) => p.entity === b.entity));
      return subject.length > 0
        ? [
            {
              backers,
              backed: subject,
              support,
              confidence: 0.8 * (group.hedged ? 0.6 : 1),
              at: i,
              pattern: 'support-noun/has-possessor-support',
              hearsay: group.hearsay,
              conditional: group.conditional,
            },
          ]
        : [];
    }
  }
  if (backers.length === 0 || backed.length === 0) return [];
  // "Turkish support for (the GNA) continues in the areas of military and security cooperation"
  if (support === 'backing') support = cooperationKind(r.tokens, after, r.clauseEnd(after)) ?? support;
  return [{ backers, backed, support, confidence: 0.8, at: i, pattern: 'support-noun/for' }];
}

/** The token before whoever is named ahead of the noun: "has [Uganda's] backing", "with [Russian] help"; else before the modifiers. */
function beforeOwner(r: SentenceReader, modifiersStart: number): number {
  const owner = r.tokens[modifiersStart - 1]?.kind === 'possessive' ? modifiersStart - 2 : modifiersStart - 1;
  const mention = r.mentionAt[owner];
  return mention ? mention.start - 1 : modifiersStart - 1;
}

/** "Haftar enjoys the backing of Russia and Egypt", "With the support of Russia, Haftar ...". */
export function supportOf(r: SentenceReader, i: number, modifiersStart: number, support: string): Finding[] {
  const backers = r.listAt(i + 2);
  if (backers.length === 0) return [];
  // "the support of the United States, which recognised ..., and of France": a second "of" joined by "and".
  for (let k = i + 3; k < r.tokens.length - 1; k++) {
    const key = r.tokens[k]?.key ?? '';
    if (key === ';' || r.tokens[k]?.text === '.') break;
    if (
      key === 'of' &&
      ['and', 'also'].includes(r.tokens[k - 1]?.key ?? '') &&
      r.mentionAt[k + 1 + (r.tokens[k + 1]?.key === 'the' ? 1 : 0)]
    )
      backers.push(...r.listAt(k + 1, backers));
  }
  let j = modifiersStart - 1;
  if (DETERMINERS.has(r.tokens[j]?.key ?? '')) j--;
  const before = r.tokens[j];
  if (before?.key === 'in' && modifiersStart === i) return inSupportOf(r, j, i, backers, support);
  if (before?.key === 'with' && (j === 0 || isSentenceStart(r.tokens, j))) {
    let comma = i + 2;
    while (comma < r.tokens.length && r.tokens[comma]?.text !== ',') comma++;
    const backed = r.headOfSpan(comma + 1, r.phraseEnd(comma + 1), backers, 'subject');
    return backed.length > 0
      ? [{ backers, backed, support, confidence: 0.75, at: i, pattern: 'support-noun/with-the-support-of' }]
      : [];
  }
  if (!before || !HAVING_VERBS.has(before.key) || !r.isVerbLike(j)) return [];
  const group = r.verbGroup(j);
  if (group.negated) return [];
  return [
    {
      backers,
      backed: r.subjectOf(group.start),
      support,
      confidence: 0.8 * (group.hedged ? 0.6 : 1),
      at: i,
      pattern: 'support-noun/has-the-support-of',
      hearsay: group.hearsay,
      conditional: group.conditional,
    },
  ];
}

/**
 * "Uganda deployed soldiers in support of the ZLA": the one named after "of" is backed, by the
 * subject of a sending or fighting verb the phrase completes ("voted in support of", "a resolution
 * in support of" name no backer).
 */
function inSupportOf(
  r: SentenceReader,
  preposition: number,
  i: number,
  backed: Referent[],
  support: string,
): Finding[] {
  for (let v = preposition - 1; v >= 0 && preposition - v <= 6; v--) {
    const token = r.tokens[v];
    if (token?.kind !== 'word' || r.mentionAt[v]) return [];
    if (!IN_SUPPORT_VERBS.has(token.key) || !r.isVerbLike(v)) continue;
    const group = r.verbGroup(v);
    if (group.negated || group.notAVerb || group.passive) return [];
    const backers = r.subjectForGroup(group).filter((b) => !backed.some((p) => p.entity === b.entity));
    if (backers.length === 0) return [];
    return [
      {
        backers,
        backed,
        support: materialKind(r.tokens, v + 1, preposition) ?? support,
        confidence: 0.8 * (group.hedged ? 0.6 : 1),
        at: i,
        pattern: 'support-noun/in-support-of',
        hearsay: group.hearsay,
        conditional: group.conditional,
      },
    ];
  }
  return [];
}

/** Verbs whose action "in support of Y" is support given: sending forces, fighting, intervening. */
const IN_SUPPORT_VERBS: ReadonlySet<string> = new Set([
  ...TRANSFER_VERBS.keys(),
  ...verbForms('fight', 'fought', 'fighting'),
  ...verbForms('intervene', 'intervened', 'intervening'),
  ...verbForms('deploy'),
  ...verbForms('dispatch', 'dispatched', 'dispatching', 'dispatches'),
  ...verbForms('launch', 'launched', 'launching', 'launches'),
  // "carried out air strikes in support of", "conducted operations in support of".
  ...verbForms('carry', 'carried', 'carrying', 'carries'),
  ...verbForms('conduct'),
]);
