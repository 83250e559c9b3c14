import { type ButtonInteraction, MessageFlags } from 'discord.js';
import type { Briefbot } from '../briefbot.ts';
import { UserError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { parseButtonId } from './buttonIds.ts';
import { firstResponse } from './firstResponse.ts';
import type { PagedReplies } from './pagedReplies.ts';
import { NO_MENTIONS, pageMessage } from './pageMessage.ts';
import { renderPassageContext } from './renderPassageContext.ts';
import type { InteractionCallbackTimeouts } from './restTimeouts.ts';

/** What a button press needs of the bot. */
export interface ButtonDeps {
  core: Briefbot;
  pagedReplies: PagedReplies;
  documentHashes(): Map<string, string>;
  callbackTimeouts: InteractionCallbackTimeouts;
  logger: Logger;
}

/** A paging button ("More sources") or "Show in context". */
export async function answerButton(interaction: ButtonInteraction, deps: ButtonDeps): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) throw new UserError('This button is no longer in use.');
  // An ephemeral answer is the asker's: its pages and contexts are too.
  const asker = interaction.message.interactionMetadata?.user.id;
  if (interaction.message.flags.has(MessageFlags.Ephemeral) && asker !== undefined && asker !== interaction.user.id) {
    throw new UserError('Only the person who asked can use these buttons.');
  }
  if (action.kind === 'page') {
    const pages = deps.pagedReplies.get(action.replyKey);
    if (!pages || action.page >= pages.length)
      throw new UserError('These results have expired. Ask again for fresh ones.');
    const page = pageMessage(pages, action.page, {
      replyKey: action.replyKey,
      documentHashes: deps.documentHashes(),
    });
    await firstResponse(interaction, 'replied', () => interaction.update(page), deps.callbackTimeouts, deps.logger);
    return;
  }
  const { documentHash, paragraph, lineStart, lineEnd } = action;
  const embed = renderPassageContext(await deps.core.passageContext({ documentHash, paragraph, lineStart, lineEnd }));
  await firstResponse(
    interaction,
    'replied',
    () => interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }),
    deps.callbackTimeouts,
    deps.logger,
  );
}
