/** Backer nouns: "Y's backers include A and B", "X, a key backer of Y", "Belarus, Moscow's closest ally", "a proxy of Iran". */
import { BE, CLAUSE_ADVERBS, DETERMINERS, verbForms } from '../../lexicon/functionWords.ts';
import { CLIENT_NOUNS } from '../../lexicon/supportLexicon.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';

/** "Y's main backers include A and B", "A and B, Y's backers, ...", "X is a key backer of Y", "X, a backer of Y,". */
export function backerNoun(r: SentenceReader, i: number): Finding[] {
  // "X is a proxy of Y": the same shapes with the roles the other way round.
  if (CLIENT_NOUNS.has(r.tokens[i]?.key ?? '')) {
    return backerFindings(r, i).map((finding) => ({
      ...finding,
      backers: finding.backed,
      backed: finding.backers,
      pattern: finding.pattern.replace('backer-noun', 'client-noun'),
    }));
  }
  return backerFindings(r, i);
}

/** Quantifiers before a plural description that DETERMINERS (which has "several", "many") lacks: "one of various Tehran proxies". */
const QUANTIFIERS = new Set(['two', 'three', 'various', 'numerous']);

/** Views that make "X is seen as a backer of Y" a statement: "widely seen as", "regarded as". */
const VIEWING_PARTICIPLES = new Set(['seen', 'regarded', 'viewed', 'considered', 'described', 'known']);

/** Verbs that link a subject to the noun that describes it: "is", "remains", "has become" a backer. */
const LINKING_VERBS: ReadonlySet<string> = new Set([
  ...BE,
  ...verbForms('remain'),
  ...verbForms('become', 'became', 'becoming', 'becomes', 'become'),
]);

/**
 * The linking verb that makes the noun phrase after `j` a description of the subject, "is" in
 * "X is (widely) seen as Y's backer", "remains" in "X remains Y's backer", or undefined.
 */
function linkingVerb(r: SentenceReader, j: number): number | undefined {
  let k = j;
  if (r.tokens[k]?.key === 'as' && VIEWING_PARTICIPLES.has(r.tokens[k - 1]?.key ?? '')) {
    k -= 2;
    while (CLAUSE_ADVERBS.has(r.tokens[k]?.key ?? '') || (r.tokens[k]?.key.endsWith('ly') && !r.tokens[k]?.capitalised))
      k--;
  }
  return LINKING_VERBS.has(r.tokens[k]?.key ?? '') ? k : undefined;
}

function backerFindings(r: SentenceReader, i: number): Finding[] {
  const modifiersStart = r.modifiersStart(i);
  const possessed = r.tokens[modifiersStart - 1]?.kind === 'possessive';
  if (possessed) {
    const backed = r.possessorOrDemonym(modifiersStart);
    if (backed.length === 0) return []; // "his supporters": nobody named
    let j = i + 1;
    while (
      r.tokens[j] &&
      ['include', 'includes', 'included', 'including', 'are', 'were', 'such', 'as', ',', ':', '—', '–'].includes(
        r.tokens[j]?.key ?? '',
      )
    )
      j++;
    let backers = j > i + 1 ? r.listAt(j) : [];
    // "A and B, Y's backers, ..." / "The UAE has been Y's main backer."
    const possessorStart = r.mentionAt[modifiersStart - 2]?.start ?? modifiersStart - 2;
    let beforePossessor = possessorStart - 1;
    if (r.tokens[beforePossessor]?.key === 'the') beforePossessor--;
    // "X, one of Tehran's proxies,", "X is one of Moscow's closest allies".
    if (r.tokens[beforePossessor]?.key === 'of' && r.tokens[beforePossessor - 1]?.key === 'one') beforePossessor -= 2;
    const linking = r.tokens[beforePossessor];
    if (backers.length === 0 && linking?.text === ',')
      backers = r.headOfSpan(r.coordinatedPhraseStart(beforePossessor - 1), beforePossessor);
    // "The UAE has been Y's main backer", "Washington remains Kyiv's biggest backer", "X is seen as Y's backer".
    const verb = linkingVerb(r, beforePossessor);
    if (backers.length === 0 && verb !== undefined) {
      const group = r.verbGroup(verb);
      backers = group.negated ? [] : r.subjectOf(group.start);
    }
    return backers.length > 0
      ? [{ backers, backed, support: 'backing', confidence: 0.8, at: i, pattern: 'backer-noun/possessed' }]
      : [];
  }
  // "X is a Tehran proxy", "X, an Iranian proxy,": a capital or demonym before a client noun is its patron.
  const modifier =
    r.tokens[i + 1]?.key !== 'of' && CLIENT_NOUNS.has(r.tokens[i]?.key ?? '')
      ? r.mentionAt[modifiersStart - 1]
      : undefined;
  if (r.tokens[i + 1]?.key !== 'of' && !modifier) return [];
  const backed = modifier ? [{ entity: modifier.entity, certainty: 1 }] : r.listAt(i + 2);
  // "X is a backer of Y" / "X, a key backer of Y," / "X is one of the main backers of Y"
  let j = (modifier?.start ?? modifiersStart) - 1;
  if (DETERMINERS.has(r.tokens[j]?.key ?? '') || QUANTIFIERS.has(r.tokens[j]?.key ?? '')) j--;
  if (r.tokens[j]?.key === 'of' && r.tokens[j - 1]?.key === 'one') j -= 2;
  // "are widely seen as a proxy of Iran"
  if (r.tokens[j]?.key === 'as' && VIEWING_PARTICIPLES.has(r.tokens[j - 1]?.key ?? '')) {
    j -= 2;
    while (CLAUSE_ADVERBS.has(r.tokens[j]?.key ?? '') || (r.tokens[j]?.key.endsWith('ly') && !r.tokens[j]?.capitalised))
      j--;
    // "Saraya al-Ashtar, a militia widely seen as a proxy of Iran,": the view describes the name before the description.
    const article = r.tokens[j - 1]?.key ?? '';
    if (
      r.tokens[j]?.kind === 'word' &&
      !r.mentionAt[j] &&
      ['a', 'an'].includes(article) &&
      r.tokens[j - 2]?.text === ','
    )
      j -= 2;
  }
  const before = r.tokens[j];
  let backers: Referent[] = [];
  if (before?.text === ',') backers = r.headOfSpan(r.coordinatedPhraseStart(j - 1), j);
  else if (before && LINKING_VERBS.has(before.key)) backers = r.subjectOf(r.verbGroup(j).start);
  return backers.length > 0 && backed.length > 0
    ? [{ backers, backed, support: 'backing', confidence: 0.8, at: i, pattern: 'backer-noun/of' }]
    : [];
}
