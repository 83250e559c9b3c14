import { type Interaction, type Message, MessageFlags } from 'discord.js';
import { CommandOptionError } from '../../commands/command.ts';
import { isUserError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { isInteractionGone } from './isInteractionGone.ts';
import { NO_MENTIONS } from './pageMessage.ts';
import { userText } from './userText.ts';

/** Shown (ephemeral) for anything that is not a UserError; the details go to the log only. */
export const GENERIC_FAILURE = 'Something went wrong while answering; the details are in the bot’s log.';

/** The one place an interaction's error becomes what the user sees. Never throws. */
export async function reportInteractionFailure(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
): Promise<void> {
  const context = {
    interactionId: interaction.id,
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isMessageComponent() ? interaction.customId : undefined,
  };
  if (isInteractionGone(error)) {
    // Too late (3 s passed) or answered elsewhere (a second instance with the same token?): nothing to tell the user.
    logger.warn({ ...context, code: error.code }, 'interaction expired or already acknowledged');
    return;
  }
  if (!isUserError(error)) logger.error({ ...context, err: error }, 'interaction failed');
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const content = isUserError(error) ? userText(error.message) : `${GENERIC_FAILURE} (Reference: ${interaction.id})`;
    const ephemeral = { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
    if (interaction.deferred && !interaction.replied) {
      // The deferred "thinking…" message is public; the failure is for the asker only.
      await interaction
        .deleteReply()
        .catch((deleteError: unknown) =>
          logger.warn({ ...context, err: deleteError }, 'could not delete the deferred reply'),
        );
      await interaction.followUp(ephemeral);
    } else if (interaction.replied || interaction.deferred) {
      await interaction.followUp(ephemeral);
    } else {
      await interaction.reply(ephemeral);
    }
  } catch (replyError) {
    if (isInteractionGone(replyError))
      logger.warn({ ...context, code: replyError.code }, 'could not report a failure: interaction gone');
    else logger.error({ ...context, err: replyError }, 'could not report a failure to the user');
  }
}

/** The one place a plain question's error becomes what the user sees. Never throws. */
export async function reportMessageFailure(message: Message, error: unknown, logger: Logger): Promise<void> {
  if (!isUserError(error)) {
    logger.error(
      { err: error, messageId: message.id, userId: message.author.id, channelId: message.channelId },
      'plain question failed',
    );
  }
  // A plain question names no command nor option: only the reason is shown.
  const shown = error instanceof CommandOptionError ? error.reason : isUserError(error) ? error.message : null;
  const content = shown !== null ? userText(shown) : GENERIC_FAILURE;
  try {
    await message.reply({ content, allowedMentions: NO_MENTIONS });
  } catch (replyError) {
    logger.error({ err: replyError, messageId: message.id }, 'could not report a failure to the user');
  }
}
