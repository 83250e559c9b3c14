import { DISCORD_LIMITS } from './discordLimits.ts';
import { escapeDiscordText, truncate } from './escapeDiscordText.ts';

/** A UserError's message as message content: escaped (it may quote the user) and within 2000 characters. */
export function userText(message: string): string {
  return truncate(escapeDiscordText(message), DISCORD_LIMITS.content);
}
