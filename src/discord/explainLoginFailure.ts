import { UserError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { discordUnreachable } from './discordUnreachable.ts';

export const MESSAGE_CONTENT_INTENT_HELP =
  'Discord refused the Message Content intent (gateway close 4014, "Used disallowed intents"). ' +
  'briefbot needs it to read plain questions. Turn it on at https://discord.com/developers/applications → ' +
  'your application → Bot → Privileged Gateway Intents → MESSAGE CONTENT INTENT, save, and start briefbot again.';

/** A failed login as what to fix: a UserError where the cause is known, else the error itself. */
export function explainLoginFailure(error: unknown, logger: Logger, apiUrl: string | undefined): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (/disallowed intents/i.test(message)) {
    logger.error(MESSAGE_CONTENT_INTENT_HELP);
    return new UserError(MESSAGE_CONTENT_INTENT_HELP);
  }
  if (error instanceof Error && 'code' in error && error.code === 'TokenInvalid') {
    return new UserError(
      'Discord refused DISCORD_TOKEN. Copy the token again from the Bot tab of your application (Reset Token) into .env.',
    );
  }
  return discordUnreachable(error, apiUrl) ?? error;
}
