import { type Client, Events, RESTEvents } from 'discord.js';
import type { Logger } from '../logger.ts';
import { MESSAGE_CONTENT_INTENT_HELP } from './explainLoginFailure.ts';

/** Logs the client's errors, warnings, gateway connection changes and REST rate limits. */
export function logClientEvents(client: Client, logger: Logger): void {
  let reconnecting = false;
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (warning) => logger.warn(warning));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (event.code === 4014) logger.error(MESSAGE_CONTENT_INTENT_HELP);
    else logger.warn({ shardId, code: event.code }, 'Discord gateway disconnected');
  });
  // discord.js says "reconnecting" at every attempt (twice a second while Discord is out of
  // reach): the log says it once per outage.
  client.on(Events.ShardReconnecting, (shardId) => {
    if (reconnecting) return;
    reconnecting = true;
    logger.warn({ shardId }, 'Discord gateway connection lost: reconnecting');
  });
  client.on(Events.ShardReady, () => (reconnecting = false));
  client.on(Events.ShardResume, (shardId, replayed) => {
    reconnecting = false;
    logger.info({ shardId, replayed }, 'Discord gateway resumed');
  });
  // discord.js waits out rate limits itself, mostly its own pacing (50 requests a second, the
  // buckets' remaining counts): under load that is every other request, so it is debug only.
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.debug(
      { route: info.route, global: info.global, waitMs: info.timeToReset },
      'Discord rate limit: waiting before the next request',
    ),
  );
  // A 429 from Discord itself is worth a warning (and one on an interaction callback is retried
  // without any RateLimited event): every 429 is logged here.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    const retryAfter = Number(response.headers.get('retry-after'));
    logger.warn(
      {
        route: request.route,
        method: request.method,
        global: response.headers.has('x-ratelimit-global'),
        scope: response.headers.get('x-ratelimit-scope'),
        retryAfterMs: Number.isFinite(retryAfter) ? Math.round(retryAfter * 1000) : undefined,
      },
      'Discord answered 429: retrying after the wait it asked for',
    );
  });
}
