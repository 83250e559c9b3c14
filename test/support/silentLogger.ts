import pino from 'pino';
import type { Logger } from '../../src/logger.ts';

/** A logger that keeps what was logged, so tests can check warnings without printing them. */
export function recordingLogger(): {
  logger: Logger;
  lines: () => { level: number; msg: string; [key: string]: unknown }[];
} {
  const chunks: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (chunk: string) => void chunks.push(chunk) });
  return { logger, lines: () => chunks.map((chunk) => JSON.parse(chunk) as { level: number; msg: string }) };
}
