import { UserError } from '../errors.ts';

/** Network failures (Node's and undici's codes): Discord was never reached, nothing was refused. */
const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'ABORT_ERR',
]);

/**
 * The error of a request that never reached Discord (no network, a wrong DISCORD_API_URL, a
 * timeout), as one line saying so; null for anything else. discord.js passes on the network
 * error itself (`connect ECONNREFUSED 127.0.0.1:443`) or fetch's "fetch failed" with it as cause.
 */
export function discordUnreachable(error: unknown, apiUrl: string | undefined): UserError | null {
  const code = networkCode(error) ?? networkCode(error instanceof Error ? error.cause : undefined);
  if (code === null) return null;
  const host = apiUrl ? new URL(apiUrl).host : 'discord.com';
  const what = code === 'ABORT_ERR' ? 'no answer in time' : code;
  return new UserError(
    `Discord could not be reached at ${host} (${what}): check the network connection${apiUrl ? ' and DISCORD_API_URL' : ''}, then try again.`,
  );
}

function networkCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = 'code' in error ? error.code : undefined;
  return typeof code === 'string' && NETWORK_ERRORS.has(code) ? code : null;
}
