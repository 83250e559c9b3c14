import { Cron } from 'croner';
import type { Client } from 'discord.js';
import type { Briefbot } from '../briefbot.ts';
import type { Logger } from '../logger.ts';
import { NO_MENTIONS } from './pageMessage.ts';
import { renderDigest } from './renderDigest.ts';

/** Waits before each new try of a failed post: a Discord outage of a few minutes is ridden out. */
export const DIGEST_RETRY_DELAYS_MS = [5_000, 30_000, 120_000];

export type DigestOutcome = 'posted' | 'nothing-new' | 'baseline' | 'failed';

export interface DigestSchedule {
  /** Runs the digest now, as the schedule does (tests, and a first post on demand). */
  runNow(): Promise<DigestOutcome>;
  /** When the schedule fires next; null once stopped. */
  nextRun(): Date | null;
  /** Stops the schedule; a run under way finishes. */
  stop(): Promise<void>;
}

export interface DigestScheduleOptions {
  client: Client;
  core: Briefbot;
  channelId: string;
  /** Cron pattern (croner: 5 fields, or 6 with seconds first), in the machine's time zone. */
  schedule: string;
  logger: Logger;
  retryDelaysMs?: readonly number[];
}

/**
 * Posts a cited briefing of the documents indexed since the last digest to a channel on a cron
 * schedule, and nothing when nothing is new. The last digest is recorded in the index only once
 * every message of it is posted, so a restart neither repeats one nor loses one; a failed post
 * is retried (DIGEST_RETRY_DELAYS_MS), each failure logged, then left for the next run.
 * The first run on an index that never had a digest records its documents as the baseline.
 */
export function scheduleDigest(options: DigestScheduleOptions): DigestSchedule {
  const logger = options.logger.child({ component: 'digest', channelId: options.channelId });
  const delays = options.retryDelaysMs ?? DIGEST_RETRY_DELAYS_MS;
  let running: Promise<DigestOutcome> | null = null;
  let stopped = false;
  /** Ends the wait before a retry early: stopping does not wait minutes for it. */
  let wake: (() => void) | null = null;

  const runOnce = async (): Promise<DigestOutcome> => {
    try {
      await options.core.reindex();
    } catch (error) {
      logger.warn({ err: error }, 'indexing before the digest failed; the digest covers the index as it stands');
    }
    const draft = options.core.draftDigest();
    if (draft.baseline) {
      draft.commit();
      logger.info(
        'no digest recorded yet: the documents indexed now are the baseline, the next digest covers what comes after',
      );
      return 'baseline';
    }
    if (!draft.digest) {
      logger.debug('digest: nothing added since the last one');
      return 'nothing-new';
    }
    const messages = renderDigest(draft.digest);
    let sent = 0;
    for (let attempt = 0; attempt <= delays.length; attempt++) {
      try {
        const channel = await options.client.channels.fetch(options.channelId);
        if (!channel?.isSendable()) throw new Error('DIGEST_CHANNEL_ID is not a text channel the bot can post in');
        // A retry goes on from the message that failed: those already posted are not posted twice.
        for (; sent < messages.length; sent++) {
          const message = messages[sent];
          if (message)
            await channel.send({ content: message.content, embeds: message.page.embeds, allowedMentions: NO_MENTIONS });
        }
        draft.commit();
        logger.info({ documents: draft.digest.documents.length, messages: messages.length }, 'digest posted');
        return 'posted';
      } catch (error) {
        const delay = delays[attempt];
        if (delay === undefined || stopped) {
          // Not recorded as posted: the next run (or the next start) tries these documents again.
          logger.error(
            { err: error, attempts: attempt + 1 },
            'digest not posted; its documents stay pending for the next digest',
          );
          return 'failed';
        }
        logger.warn({ err: error, attempt: attempt + 1, retryInMs: delay }, 'posting the digest failed; retrying');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
    return 'failed';
  };

  const run = (): Promise<DigestOutcome> => {
    // One digest at a time: a tick during a slow retry joins the run under way.
    running ??= runOnce()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'digest failed');
        return 'failed' as const;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const job = new Cron(options.schedule, { protect: true }, async () => {
    await run();
  });
  logger.info({ schedule: options.schedule, nextRun: job.nextRun()?.toISOString() }, 'digest scheduled');

  return {
    runNow: run,
    nextRun: () => (stopped ? null : job.nextRun()),
    async stop() {
      stopped = true;
      job.stop();
      wake?.();
      await running;
    },
  };
}
