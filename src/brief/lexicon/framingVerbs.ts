/**
 * Verbs that frame another verb and change what it states: a denial, a request, an intention,
 * an accusation. "Turkey denied arming Haftar" and "Ankara urged Washington to stop arming the
 * militia" hold a support verb but state no support; "Z accused X of arming Y" states it as Z's
 * claim. Keys are lower-case word forms.
 */
import { verbForms } from './functionWords.ts';

/** "X denied backing Y", "X rejects reports that ...": what follows is denied. */
export const DENIAL_VERBS = new Set([
  ...verbForms('deny', 'denied', 'denying', 'denies'),
  ...verbForms('reject'),
  ...verbForms('refute', 'refuted', 'refuting'),
]);
/** "stopped supporting", "refused to back", "withdrew its support": the support ends or never starts. */
export const STOPPING_VERBS = new Set([
  ...verbForms('stop', 'stopped', 'stopping'),
  ...verbForms('cease', 'ceased', 'ceasing'),
  ...verbForms('end'),
  ...verbForms('halt'),
  ...verbForms('quit', 'quit', 'quitting'),
  ...verbForms('suspend'),
  ...verbForms('withdraw', 'withdrew', 'withdrawing', 'withdraws', 'withdrawn'),
  ...verbForms('cut', 'cut', 'cutting'),
  ...verbForms('abandon'),
  ...verbForms('drop', 'dropped', 'dropping'),
  ...verbForms('refuse', 'refused', 'refusing'),
  ...verbForms('decline', 'declined', 'declining'),
  ...verbForms('reduce', 'reduced', 'reducing'),
  // "paused deliveries of", "froze aid to", "blocked sanctions against", "vetoed sanctions on", "lifted sanctions on".
  ...verbForms('pause', 'paused', 'pausing'),
  ...verbForms('freeze', 'froze', 'freezing', 'freezes', 'frozen'),
  ...verbForms('block'),
  ...verbForms('veto', 'vetoed', 'vetoing', 'vetoes'),
  ...verbForms('lift'),
]);
/** "A urged B to support C": B's support is requested, not stated; A is not a backer either. */
export const OBJECT_CONTROL_VERBS = new Set([
  ...verbForms('urge', 'urged', 'urging'),
  ...verbForms('call'),
  ...verbForms('ask'),
  ...verbForms('press'),
  ...verbForms('encourage', 'encouraged', 'encouraging'),
  ...verbForms('persuade', 'persuaded', 'persuading'),
  ...verbForms('pressure', 'pressured', 'pressuring'),
  ...verbForms('push', 'pushed', 'pushing', 'pushes'),
  ...verbForms('demand'),
  ...verbForms('invite', 'invited', 'inviting'),
  ...verbForms('request'),
  ...verbForms('appeal'),
  ...verbForms('implore', 'implored', 'imploring'),
  ...verbForms('tell', 'told', 'telling'),
  ...verbForms('warn'),
  ...verbForms('force', 'forced', 'forcing'),
]);
/** "X wants to back Y": an intention, weaker than a statement. */
export const INTENTION_VERBS = new Set([
  ...verbForms('want'),
  ...verbForms('plan', 'planned', 'planning'),
  ...verbForms('seek', 'sought', 'seeking'),
  ...verbForms('hope', 'hoped', 'hoping'),
  ...verbForms('intend'),
  ...verbForms('consider'),
  ...verbForms('threaten'),
  ...verbForms('aim'),
  ...verbForms('try', 'tried', 'trying', 'tries'),
]);
/** "Z accused X of arming Y", "X was criticised for backing Y": X's support is Z's claim. */
export const ACCUSING_VERBS = new Set([
  ...verbForms('accuse', 'accused', 'accusing'),
  ...verbForms('criticise', 'criticised', 'criticising'),
  ...verbForms('criticize', 'criticized', 'criticizing'),
  ...verbForms('condemn'),
  ...verbForms('blame'),
  ...verbForms('sanction'),
  ...verbForms('fault'),
  ...verbForms('denounce', 'denounced', 'denouncing'),
  // "X is suspected of supplying Y", "X has been implicated in arming Y": a claim, not yet a finding.
  ...verbForms('suspect'),
  // "X was credited with helping Y", "X was charged with supplying Y": attributed, with "with".
  ...verbForms('credit'),
  ...verbForms('charge', 'charged', 'charging'),
  ...verbForms('implicate', 'implicated', 'implicating'),
]);
/** "keep/continue supporting": transparent before a gerund. */
export const ASPECTUAL_VERBS = new Set([
  ...verbForms('keep', 'kept', 'keeping'),
  ...verbForms('continue', 'continued', 'continuing'),
  ...verbForms('start'),
  ...verbForms('begin', 'began', 'beginning', 'begins', 'begun'),
]);
/** "Haftar enjoys the backing of Russia": the subject has the support named after "of". */
export const HAVING_VERBS = new Set([
  ...verbForms('enjoy'),
  ...verbForms('have', 'had', 'having', 'has'),
  ...verbForms('win', 'won', 'winning'),
  ...verbForms('gain'),
  ...verbForms('secure', 'secured', 'securing'),
  ...verbForms('receive', 'received', 'receiving'),
  ...verbForms('get', 'got', 'getting', 'gets'),
  ...verbForms('retain'),
  ...verbForms('rely', 'relied', 'relying', 'relies'),
]);

/**
 * "X is believed to be armed by Y", "X is said to be funded by Y", "X seems to be backed by Y":
 * the verbs that raise the subject of a passive infinitive. The support is stated, as hearsay.
 */
export const RAISING_VERBS = new Set([
  ...verbForms('believe', 'believed', 'believing'),
  ...verbForms('think', 'thought', 'thinking'),
  ...verbForms('say', 'said', 'saying', 'says'),
  ...verbForms('report'),
  ...verbForms('allege', 'alleged', 'alleging'),
  ...verbForms('suspect'),
  ...verbForms('understand', 'understood', 'understanding'),
  ...verbForms('know', 'known', 'knowing'),
  ...verbForms('seem'),
  ...verbForms('appear'),
]);
