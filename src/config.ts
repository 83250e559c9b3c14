import path from 'node:path';
import { z } from 'zod';
import { UserError } from './errors.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** Every variable briefbot reads, as it appears in the environment (all strings). */
const environmentSchema = z.object({
  CORPUS_DIR: z.string().trim().min(1).default('corpus'),
  INDEX_PATH: z.string().trim().min(1).default('.briefbot/index.db'),
  MODEL_ID: z.string().trim().min(1).default('Xenova/all-MiniLM-L6-v2'),
  MODEL_DIR: optionalText,
  MODEL_CACHE_DIR: z.string().trim().min(1).default('.briefbot/models'),
  MODEL_QUANTIZED: booleanText.default(true),
  ALLOW_REMOTE_MODELS: booleanText.default(true),
  WORD_VECTORS: booleanText.default(true),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: optionalText.pipe(snowflake.optional()),
  DISCORD_GUILD_ID: optionalText.pipe(snowflake.optional()),
  DISCORD_CHANNEL_IDS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((id) => id.trim()).filter((id) => id !== ''))
    .pipe(z.array(snowflake)),
  DISCORD_API_URL: optionalText.pipe(z.url().optional()),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(6),
});

export interface Config {
  corpusDir: string;
  indexPath: string;
  /** Hub id or folder name of the embedding model; null means keyword search only. */
  modelId: string | null;
  /** A local folder holding the model; when set, it is used instead of the hub. */
  modelDir: string | undefined;
  modelCacheDir: string;
  modelQuantized: boolean;
  allowRemoteModels: boolean;
  /** Expand questions with GloVe word vectors (built into the model cache on first use). */
  wordVectors: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  discord: {
    token: string | undefined;
    clientId: string | undefined;
    guildId: string | undefined;
    channelIds: string[];
    apiUrl: string | undefined;
    rateLimitPerMinute: number;
  };
}

/**
 * Parses the environment once into a typed config. Relative paths resolve against `baseDir`.
 * A bad value throws a UserError naming the variable, so start-up stops with one clear line.
 */
export function parseConfig(env: NodeJS.ProcessEnv, baseDir = process.cwd()): Config {
  const relevant = Object.fromEntries(
    Object.keys(environmentSchema.shape).map((key) => [key, env[key]]),
  );
  const parsed = environmentSchema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new UserError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'} (got "${String(env[variable] ?? '')}")`);
  }
  const e = parsed.data;
  const resolve = (p: string) => path.resolve(baseDir, p);
  return {
    corpusDir: resolve(e.CORPUS_DIR),
    indexPath: resolve(e.INDEX_PATH),
    modelId: e.MODEL_ID.toLowerCase() === 'none' ? null : e.MODEL_ID,
    modelDir: e.MODEL_DIR === undefined ? undefined : resolve(e.MODEL_DIR),
    modelCacheDir: resolve(e.MODEL_CACHE_DIR),
    modelQuantized: e.MODEL_QUANTIZED,
    allowRemoteModels: e.ALLOW_REMOTE_MODELS,
    wordVectors: e.WORD_VECTORS,
    logLevel: e.LOG_LEVEL,
    discord: {
      token: e.DISCORD_TOKEN,
      clientId: e.DISCORD_CLIENT_ID,
      guildId: e.DISCORD_GUILD_ID,
      channelIds: e.DISCORD_CHANNEL_IDS,
      apiUrl: e.DISCORD_API_URL,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    },
  };
}
