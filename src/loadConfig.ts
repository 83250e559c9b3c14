import dotenv from 'dotenv';
import { type Config, parseConfig } from './config.ts';

/** Reads `.env` (if present) into the environment without overriding it, then parses. */
export function loadConfig(overrides: Partial<Record<string, string>> = {}): Config {
  dotenv.config({ quiet: true });
  return parseConfig({ ...process.env, ...stripUndefined(overrides) });
}

function stripUndefined(values: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
