import type { TextBasedChannel } from 'discord.js';
import type { Logger } from '../logger.ts';

/** Discord shows "typing…" for about 10 s per request. */
const TYPING_REFRESH_MS = 8000;

/** Shows "typing…" until the returned function is called. */
export function keepTyping(channel: TextBasedChannel, logger: Logger): () => void {
  if (!channel.isSendable()) return () => {};
  const send = (): void =>
    void channel.sendTyping().catch((error: unknown) => logger.debug({ err: error }, 'typing indicator failed'));
  send();
  const timer = setInterval(send, TYPING_REFRESH_MS);
  timer.unref();
  return () => clearInterval(timer);
}
