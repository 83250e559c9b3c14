/**
 * Words that open a question or a request for information. Openers common in chatter too
 * ("have a good one", "do it", "show up") are left out: those need a "?" or a mention.
 */
const QUESTION_OPENERS = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
  'is',
  'are',
  'was',
  'were',
  'does',
  'did',
  'can',
  'could',
  'should',
  'would',
  'has',
  'tell',
  'explain',
  'describe',
  'summarise',
  'summarize',
]);

/**
 * The question a chat message asks, or null for chatter. A message asks something when it ends
 * with "?", opens with a question word ("who backs Haftar"), or is addressed to the bot (a
 * mention); the bot's own mention is removed from the question.
 */
export function extractQuestion(content: string, options: { botUserId: string; addressed: boolean }): string | null {
  const mention = new RegExp(`<@!?${options.botUserId}>`, 'g');
  const question = content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  if (question === '') return null;
  if (options.addressed || question.endsWith('?')) return question;
  const firstWord = /^[\p{L}']+/u.exec(question)?.[0].toLowerCase().replace(/'.*$/, '') ?? '';
  return QUESTION_OPENERS.has(firstWord) ? question : null;
}
