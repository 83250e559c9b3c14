/**
 * A military pact with a side: "France has signed a defence cooperation agreement with Nicosia",
 * "Mali concluded a security pact with Russia". Military cooperation binds both parties, so each
 * is read as backing the other; a trade deal or a ceasefire accord is no backing.
 */
import { AGREEMENT_NOUNS, cooperationKind } from '../../lexicon/supportLexicon.ts';
import { verbForms } from '../../lexicon/functionWords.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';

/** Verbs that make an agreement: "signed", "concluded", "struck". */
const MAKING_VERBS: ReadonlySet<string> = new Set([
  ...verbForms('sign'),
  ...verbForms('conclude', 'concluded', 'concluding'),
  ...verbForms('strike', 'struck', 'striking'),
]);

/** Words before an agreement noun that make it military without "cooperation": "a defence pact". */
const MILITARY_WORDS: ReadonlySet<string> = new Set(['defence', 'defense', 'military', 'security']);

export function cooperationAgreement(r: SentenceReader, i: number): Finding[] {
  if (!AGREEMENT_NOUNS.has(r.tokens[i]?.key ?? '') || r.tokens[i + 1]?.key !== 'with') return [];
  // "signed [a defence cooperation] agreement with": the verb, then at most four modifiers.
  let verb = i - 1;
  while (verb > i - 6 && r.tokens[verb]?.kind === 'word' && !MAKING_VERBS.has(r.tokens[verb]?.key ?? '')) verb--;
  if (!MAKING_VERBS.has(r.tokens[verb]?.key ?? '')) return [];
  const kind = cooperationKind(r.tokens, verb + 1, i);
  const military =
    kind === 'military cooperation' ||
    (kind === undefined && r.tokens.slice(verb + 1, i).some((t) => MILITARY_WORDS.has(t.key)));
  if (!military) return [];
  const group = r.verbGroup(verb);
  if (group.negated || group.notAVerb || group.passive) return [];
  const parties = r.subjectForGroup(group);
  const partners = r.listAt(i + 2, parties);
  if (parties.length === 0 || partners.length === 0) return [];
  const pact = (backers: Referent[], backed: Referent[]): Finding => ({
    backers,
    backed,
    support: 'military cooperation',
    confidence: 0.7 * (group.hedged ? 0.6 : 1),
    at: i,
    pattern: 'cooperation-agreement',
    hearsay: group.hearsay,
    conditional: group.conditional,
  });
  // A pact binds both: "Mali signed a defence pact with Russia" answers who backs Mali as well as Russia.
  return [pact(parties, partners), pact(partners, parties)];
}
