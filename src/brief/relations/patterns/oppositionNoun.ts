/**
 * Hostile acts named by a noun: "Turkish strikes on Y", "X carried out air strikes on Y", "X
 * imposed sanctions on Y", "X is preparing a package of sanctions against Y". The actor is the
 * possessor or demonym, else the subject of the verb that governs the noun; a negated or denied
 * verb ("would not join sanctions against Russia", "denied taking part in the strikes") states none.
 */
import { DETERMINERS, verbForms } from '../../lexicon/functionWords.ts';
import { DENIAL_VERBS, OBJECT_CONTROL_VERBS, STOPPING_VERBS } from '../../lexicon/framingVerbs.ts';
import { OPPOSITION_NOUNS, opensTarget } from '../../lexicon/oppositionLexicon.ts';
import type { Finding, Referent, SentenceReader } from '../sentenceReader.ts';

/** Words between a verb and its noun that keep the verb governing it: "carried out dozens of air strikes". */
const QUANTIFIERS = new Set([
  'dozens',
  'hundreds',
  'scores',
  'wave',
  'series',
  'package',
  'round',
  'number',
  'string',
  'spate',
  'barrage',
  'new',
  'fresh',
  'more',
  'further',
  'tenth',
  'air',
  'drone',
  'missile',
  'rocket',
  'of',
]);

/** Verbs whose "with" names the act they answer by: "Israel responded with strikes on Y". */
const RESPONSE_VERBS: ReadonlySet<string> = new Set([
  ...verbForms('respond'),
  ...verbForms('retaliate', 'retaliated', 'retaliating'),
  ...verbForms('reply', 'replied', 'replying', 'replies'),
  ...verbForms('hit', 'hit', 'hitting'),
]);

/** Verbs that take "for" and a hostile act their subject wants: "pushed for sanctions on Y". */
const ADVOCACY_VERBS: ReadonlySet<string> = new Set([
  ...verbForms('push', 'pushed', 'pushing', 'pushes'),
  ...verbForms('call', 'called', 'calling'),
  ...verbForms('press', 'pressed', 'pressing', 'presses'),
  ...verbForms('lobby', 'lobbied', 'lobbying', 'lobbies'),
  ...verbForms('campaign', 'campaigned', 'campaigning'),
  ...verbForms('argue', 'argued', 'arguing'),
]);

export function oppositionNoun(r: SentenceReader, i: number): Finding[] {
  if (!opensTarget(r.tokens[i]?.key ?? '', r.tokens[i + 1]?.key ?? '')) return [];
  const kind = OPPOSITION_NOUNS.get(r.tokens[i]?.key ?? '') ?? 'attacks';
  const modifiersStart = r.modifiersStart(i);
  if (r.isCancelled(modifiersStart)) return [];
  let actors: Referent[] = r.possessorOrDemonym(modifiersStart);
  let confidence = 0.75;
  let hearsay = false;
  let conditional = false;
  if (actors.length === 0) {
    let v = modifiersStart - 1;
    while (
      v >= 0 &&
      (DETERMINERS.has(r.tokens[v]?.key ?? '') ||
        QUANTIFIERS.has(r.tokens[v]?.key ?? '') ||
        /^\p{N}/u.test(r.tokens[v]?.text ?? ''))
    )
      v--;
    if ((r.tokens[v]?.key === 'out' || r.tokens[v]?.key === 'up') && r.isVerbLike(v - 1)) v--; // "carried out strikes", "stepped up attacks"
    // "pushed for sanctions on Y", "called for an embargo against Y": advocating a hostile act is opposing Y.
    const advocated = r.tokens[v]?.key === 'for' && ADVOCACY_VERBS.has(r.tokens[v - 1]?.key ?? '');
    if (advocated) v--;
    // "responded with strikes on Y", "retaliated with drone attacks against Y": the response is the act.
    const back = r.tokens[v - 1]?.key === 'back' ? 1 : 0; // "hit back with"
    // (The lexicon does not know every form: "retaliated" before "with" is the verb all the same.)
    const responding = r.tokens[v]?.key === 'with' && RESPONSE_VERBS.has(r.tokens[v - 1 - back]?.key ?? '');
    if (responding) v -= 1 + back;
    const verb = r.tokens[v];
    if (!verb || (!responding && !r.isVerbLike(v))) return [];
    // "urged Y to impose sanctions" names no opposer here; "pushed for sanctions" does ("push" is both).
    if (
      DENIAL_VERBS.has(verb.key) ||
      STOPPING_VERBS.has(verb.key) ||
      (OBJECT_CONTROL_VERBS.has(verb.key) && !advocated)
    )
      return [];
    const group = r.verbGroup(v);
    if (group.negated || group.notAVerb) return [];
    if (group.infinitive) {
      const governing = r.governingVerb(group.start);
      const key = governing === undefined ? '' : (r.tokens[governing]?.key ?? '');
      if (
        governing === undefined ||
        DENIAL_VERBS.has(key) ||
        STOPPING_VERBS.has(key) ||
        OBJECT_CONTROL_VERBS.has(key) ||
        r.verbGroup(governing).negated
      )
        return [];
    }
    actors = r.subjectForGroup(group);
    confidence *= group.hedged ? 0.6 : 1;
    hearsay = group.hearsay;
    conditional = group.conditional;
  }
  const targets = r.listAt(i + 2, actors);
  if (actors.length === 0 || targets.length === 0) return [];
  return [
    {
      backers: actors,
      backed: targets,
      support: kind,
      confidence,
      at: i,
      pattern: 'opposition-noun/on',
      stance: 'opposes',
      hearsay,
      conditional,
    },
  ];
}

/**
 * "Turkish drone strikes hit PKK positions", "Russia's missiles struck Kharkiv": the hostile act is
 * the subject, its maker the possessor or demonym before it, and the target the verb's object.
 */
export function hostileActHits(r: SentenceReader, i: number): Finding[] {
  const modifiersStart = r.modifiersStart(i);
  if (r.isCancelled(modifiersStart)) return [];
  const verb = i + 1;
  const group = r.verbGroup(verb);
  if (group.negated || group.notAVerb || group.passive) return [];
  const actors = r.possessorOrDemonym(modifiersStart);
  const targets = r.listAt(r.skipParticles(verb + 1), actors);
  if (actors.length === 0 || targets.length === 0) return [];
  return [
    {
      backers: actors,
      backed: targets,
      support: OPPOSITION_NOUNS.get(r.tokens[i]?.key ?? '') ?? 'attacks',
      confidence: 0.75 * (group.hedged ? 0.6 : 1),
      at: i,
      pattern: 'opposition-noun/hit',
      stance: 'opposes',
      hearsay: group.hearsay,
      conditional: group.conditional,
    },
  ];
}
