import type { Message } from 'discord.js';
import { type Command, type CommandContext, findCommand, prepareCommand } from '../../commands/command.ts';
import type { BriefReply } from '../brief/briefReply.ts';
import type { Logger } from '../logger.ts';
import { type AccessRules, type AnyMember, isAllowed, type Requester } from './accessPolicy.ts';
import { extractQuestion } from './extractQuestion.ts';
import { keepTyping } from './keepTyping.ts';
import type { PageMessage } from './pageMessage.ts';
import { reportMessageFailure } from './reportFailure.ts';

/** What a plain question needs of the bot. */
export interface PlainMessageDeps {
  botUserId: string | undefined;
  channelIds: readonly string[];
  access: AccessRules;
  commands: readonly Command[];
  context: CommandContext;
  logger: Logger;
  requester(userId: string, inGuild: boolean, member: AnyMember): Promise<Requester>;
  checkRateLimit(userId: string): void;
  present(reply: BriefReply): PageMessage;
}

/** A plain question in a question channel, a DM or a mention, answered as /ask. */
export async function answerPlainMessage(message: Message, deps: PlainMessageDeps): Promise<void> {
  // Bots include this one: its own answers come back through the gateway.
  if (message.author.bot || message.webhookId !== null || message.system) return;
  const botUserId = deps.botUserId;
  if (!botUserId) return;
  const mentioned = message.mentions.users.has(botUserId);
  if (message.inGuild() && !mentioned && !isQuestionChannel(message, deps.channelIds)) return;
  const question = extractQuestion(message.content, { botUserId, addressed: mentioned });
  if (question === null) return;
  const requester = await deps.requester(message.author.id, message.inGuild(), message.member);
  if (!isAllowed(deps.access, requester, 'ask')) {
    // No reply, and no log line a server full of refused members could flood.
    deps.logger.debug(
      { messageId: message.id, userId: message.author.id, channelId: message.channelId },
      'plain question refused: not allowed',
    );
    return;
  }
  try {
    deps.checkRateLimit(message.author.id);
    const ask = findCommand(deps.commands, 'ask');
    if (!ask) return;
    const prepared = prepareCommand(ask.name, { [ask.textOption ?? 'question']: question }, deps.commands);
    const stopTyping = keepTyping(message.channel, deps.logger);
    let reply: BriefReply;
    try {
      reply = await prepared.run(deps.context);
    } finally {
      stopTyping();
    }
    // Still posted if the question was deleted meanwhile, just without the reference.
    await message.reply({ ...deps.present(reply), failIfNotExists: false });
  } catch (error) {
    await reportMessageFailure(message, error, deps.logger);
  }
}

function isQuestionChannel(message: Message<true>, channels: readonly string[]): boolean {
  if (channels.includes(message.channelId)) return true;
  // Threads opened under a question channel count as that channel.
  return message.channel.isThread() && message.channel.parentId !== null && channels.includes(message.channel.parentId);
}
