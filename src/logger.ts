import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Logs go to stderr so that stdout stays clean for `--json` output and the chat.
 * On a terminal they are pretty-printed; elsewhere they are JSON lines.
 */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const pretty = options.pretty ?? process.stderr.isTTY;
  if (pretty) {
    return pino({
      level,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'pid,hostname', singleLine: true } },
    });
  }
  return pino({ level, redact: ['token', '*.token', 'config.discord.token'] }, pino.destination(2));
}
