import type { RepliableInteraction } from 'discord.js';
import type { Logger } from '../logger.ts';
import { isInteractionGone } from './isInteractionGone.ts';
import type { InteractionCallbackTimeouts } from './restTimeouts.ts';

/**
 * Sends an interaction's first response. When an attempt of ours was abandoned (see
 * InteractionCallbackTimeouts) and the retry meets 40060 "already acknowledged", that attempt
 * did reach Discord and only its answer was lost: the interaction is ours, carry on with it.
 * A retry meeting 10062 (its deadline passed meanwhile) may hide the same: carry on too; if the
 * first attempt did not land after all, the edit fails with Unknown Webhook, which is logged.
 * Without an abandoned attempt, 40060 means someone else answered: left to reportInteractionFailure.
 */
export async function firstResponse(
  interaction: RepliableInteraction,
  landed: 'deferred' | 'replied',
  send: () => Promise<unknown>,
  callbackTimeouts: InteractionCallbackTimeouts,
  logger: Logger,
): Promise<void> {
  try {
    await send();
  } catch (error) {
    const ours = isInteractionGone(error) && callbackTimeouts.abandonedCallback(interaction.id);
    if (!ours) throw error;
    logger.info(
      { interactionId: interaction.id, landed, code: error.code },
      'an earlier attempt of the first response had reached Discord',
    );
    if (landed === 'deferred') interaction.deferred = true;
    else interaction.replied = true;
  }
}
