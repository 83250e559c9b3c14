import path from 'node:path';
import { Cron } from 'croner';
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

/** A comma-separated list of Discord ids; empty means none. */
const snowflakeList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  )
  .pipe(z.array(snowflake));

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
  DISCORD_CHANNEL_IDS: snowflakeList,
  DISCORD_ALLOWED_ROLE_IDS: snowflakeList,
  DISCORD_ALLOW_DMS: booleanText.default(false),
  DISCORD_EDITOR_ROLE_IDS: snowflakeList,
  DISCORD_API_URL: optionalText.pipe(z.url().optional()),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(6),
  /** no-color.org: set and not empty means no colour in the output. */
  NO_COLOR: optionalText,
  DIGEST_CHANNEL_ID: optionalText.pipe(snowflake.optional()),
  DIGEST_SCHEDULE: optionalText.pipe(
    z.string().refine(isCronPattern, 'must be a cron pattern, e.g. "0 8 * * *" (08:00 every day)').optional(),
  ),
});

/** The digest's schedule when DIGEST_CHANNEL_ID is set and DIGEST_SCHEDULE is not: 08:00 every day. */
export const DEFAULT_DIGEST_SCHEDULE = '0 8 * * *';

function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

export interface Config {
  corpusDir: string;
  indexPath: string;
  /** Where removed documents go (never deleted): `trash/` beside the index. */
  trashDir: string;
  /** Who added which document through the bot: `additions.json` beside the index. */
  additionsPath: string;
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
  /** NO_COLOR is set: logs carry no colour even on a terminal. */
  noColor: boolean;
  discord: {
    token: string | undefined;
    clientId: string | undefined;
    guildId: string | undefined;
    channelIds: string[];
    /** Roles whose members may ask; empty: everyone in the server. */
    allowedRoleIds: string[];
    /** Whether direct messages (and commands in DMs) are answered at all. */
    allowDms: boolean;
    /** Roles whose members may add and remove documents; empty: nobody. */
    editorRoleIds: string[];
    apiUrl: string | undefined;
    rateLimitPerMinute: number;
  };
  /** The scheduled digest (DIGEST_CHANNEL_ID); null when none is configured. */
  digest: { channelId: string; schedule: string } | null;
}

/**
 * Parses the environment once into a typed config. Relative paths resolve against `baseDir`.
 * A bad value throws a UserError naming the variable, so start-up stops with one clear line.
 */
export function parseConfig(env: NodeJS.ProcessEnv, baseDir = process.cwd()): Config {
  const relevant = Object.fromEntries(Object.keys(environmentSchema.shape).map((key) => [key, env[key]]));
  const parsed = environmentSchema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new UserError(
      `Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'} (got "${String(env[variable] ?? '')}")`,
    );
  }
  const e = parsed.data;
  const resolve = (p: string) => path.resolve(baseDir, p);
  return {
    corpusDir: resolve(e.CORPUS_DIR),
    indexPath: resolve(e.INDEX_PATH),
    trashDir: path.join(path.dirname(resolve(e.INDEX_PATH)), 'trash'),
    additionsPath: path.join(path.dirname(resolve(e.INDEX_PATH)), 'additions.json'),
    modelId: e.MODEL_ID.toLowerCase() === 'none' ? null : e.MODEL_ID,
    modelDir: e.MODEL_DIR === undefined ? undefined : resolve(e.MODEL_DIR),
    modelCacheDir: resolve(e.MODEL_CACHE_DIR),
    modelQuantized: e.MODEL_QUANTIZED,
    allowRemoteModels: e.ALLOW_REMOTE_MODELS,
    wordVectors: e.WORD_VECTORS,
    logLevel: e.LOG_LEVEL,
    noColor: e.NO_COLOR !== undefined,
    discord: {
      token: e.DISCORD_TOKEN,
      clientId: e.DISCORD_CLIENT_ID,
      guildId: e.DISCORD_GUILD_ID,
      channelIds: e.DISCORD_CHANNEL_IDS,
      allowedRoleIds: e.DISCORD_ALLOWED_ROLE_IDS,
      allowDms: e.DISCORD_ALLOW_DMS,
      editorRoleIds: e.DISCORD_EDITOR_ROLE_IDS,
      apiUrl: e.DISCORD_API_URL,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    },
    digest: e.DIGEST_CHANNEL_ID
      ? { channelId: e.DIGEST_CHANNEL_ID, schedule: e.DIGEST_SCHEDULE ?? DEFAULT_DIGEST_SCHEDULE }
      : null,
  };
}
