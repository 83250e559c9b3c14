import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';

/** Discord no longer takes responses to this interaction: too late (10062), answered already (40060), or never acknowledged, so it has no webhook (10015). */
export function isInteractionGone(error: unknown): error is DiscordAPIError {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction ||
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged ||
      error.code === RESTJSONErrorCodes.UnknownWebhook)
  );
}
