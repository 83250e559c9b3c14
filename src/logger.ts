import pino, { type Logger } from 'pino';

export type { Logger };

/** Fields that hold a secret wherever they appear: the bot token (config.discord.token and any `token`). */
const REDACT = ['token', '*.token', '*.*.token', 'config.discord.token'];

/**
 * Interaction tokens travel in REST URLs (`/interactions/:id/:token/callback`,
 * `/webhooks/:applicationId/:token/messages/…`), and discord.js errors carry the URL. Each lets
 * its holder answer as the bot for 15 minutes: logged errors show `:token` in its place.
 */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d{17,20}\/)[^/?#\s"']+/g;

export function scrubUrlTokens(text: string): string {
  return text.replace(URL_TOKEN, '$1:token');
}

/** pino's error serializer, with URL tokens scrubbed from every string in the result. */
function serializeError(error: unknown): unknown {
  return scrubStrings(pino.stdSerializers.err(error as Error), 0);
}

function scrubStrings(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubUrlTokens(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubStrings(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubStrings(item, depth + 1)]));
}

/**
 * Logs go to stderr so that stdout stays clean for `--json` output and the chat.
 * On a terminal they are pretty-printed; elsewhere they are JSON lines. Both redact secrets.
 */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const pretty = options.pretty ?? process.stderr.isTTY;
  const common = { level, redact: REDACT, serializers: { err: serializeError } };
  if (pretty) {
    return pino({
      ...common,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'pid,hostname', singleLine: true } },
    });
  }
  return pino(common, pino.destination(2));
}
