import pino, { type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';

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

/** How log lines look: pretty-printed (on a terminal) or JSON lines; colour; whether they land on a terminal. */
export interface LogFormat {
  pretty: boolean;
  color: boolean;
  terminal: boolean;
}

/**
 * The format for this process's stderr: pretty on a terminal, JSON lines elsewhere; colour only
 * on a terminal and unless NO_COLOR is set (config.noColor; no-color.org), so piped logs carry no
 * escape codes.
 * A worker thread's stderr is no terminal: it is handed its parent's format.
 */
export function stderrLogFormat(noColor: boolean): LogFormat {
  const terminal = process.stderr.isTTY === true;
  return { pretty: terminal, color: terminal && !noColor, terminal };
}

/**
 * The terminal chat's `you>` prompt, which a pretty log line erases (CLEAR_LINE): the chat sets
 * `redraw` while it waits for input, and the logger calls it after each line it writes.
 */
export interface PromptRedraw {
  redraw: (() => void) | undefined;
}

/** Erases the line the cursor is on: a progress bar, or the chat's prompt. */
const CLEAR_LINE = '\r\u001b[K';

/**
 * Logs go to stderr so that stdout stays clean for `--json` output and the chat. Both formats
 * redact secrets. Pretty lines are formatted and written at once, on this thread: they are on
 * the screen before whatever comes next (the chat's first prompt), and on a terminal each first
 * clears its line, so a log line replaces a progress bar being drawn there (which redraws below)
 * instead of running into it.
 */
export function createLogger(
  level: string,
  options: Partial<LogFormat> & { noColor?: boolean; prompt?: PromptRedraw } = {},
): Logger {
  const { noColor = false, prompt, ...chosen } = options;
  const format = { ...stderrLogFormat(noColor), ...chosen };
  const common = { level, redact: REDACT, serializers: { err: serializeError } };
  if (format.pretty) {
    const pretty = prettyFactory({ colorize: format.color, ignore: 'pid,hostname', singleLine: true });
    const prefix = format.terminal ? CLEAR_LINE : '';
    return pino(common, {
      write: (line: string) => {
        process.stderr.write(prefix + pretty(line));
        prompt?.redraw?.();
      },
    });
  }
  return pino(common, pino.destination(2));
}
