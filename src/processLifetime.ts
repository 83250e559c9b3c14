import type { Logger } from './logger.ts';

/** A stop must be over within this, whatever state the process is in (systemd and Docker wait 10 s before SIGKILL). */
export const STOP_DEADLINE_MS = 4500;
/**
 * A second signal this soon after the first is the same stop delivered twice (a terminal's Ctrl-C
 * reaches npm, tsx and the bot alike, and the wrappers relay it too); a later one means "now".
 */
const REPEAT_GRACE_MS = 1000;

/**
 * How a long-running process (`npm start`) ends: whatever it started registers a step that stops
 * it, and the end — a SIGINT or SIGTERM, /quit, a fatal error — runs those steps newest first,
 * then exits. The end is bounded: steps still running at the deadline are abandoned (a gateway
 * that never answers, a reconnect loop discord.js keeps up after destroy) and the process exits.
 */
export interface ProcessLifetime {
  /** True once the end has begun. */
  readonly ending: boolean;
  /** Resolves with the signal that asked the process to stop. */
  readonly stopRequested: Promise<NodeJS.Signals>;
  /** `what` names the step in the debug log. */
  onStop(what: string, step: () => unknown): void;
  /** Runs the stop steps, then exits with `code` (1 if the deadline passed first). Idempotent. */
  end(code: number): Promise<never>;
}

export interface LifetimeOptions {
  deadlineMs?: number;
  exit?: (code: number) => void;
  /** The process to listen on (tests pass an EventEmitter). */
  signals?: { on(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown };
}

export function processLifetime(logger: Logger, options: LifetimeOptions = {}): ProcessLifetime {
  const { deadlineMs = STOP_DEADLINE_MS, exit = (code: number) => process.exit(code), signals = process } = options;
  const steps: { what: string; step: () => unknown }[] = [];
  let ending: Promise<never> | null = null;
  let firstSignalAt = 0;
  let requestStop: (signal: NodeJS.Signals) => void = () => {};
  const stopRequested = new Promise<NodeJS.Signals>((resolve) => (requestStop = resolve));

  const end = (code: number): Promise<never> => {
    ending ??= (async () => {
      const deadline = setTimeout(() => {
        logger.warn({ deadlineMs }, 'shutdown did not finish in time: exiting without waiting any longer');
        exit(1);
      }, deadlineMs);
      for (const { what, step } of steps.reverse()) {
        const started = performance.now();
        try {
          await step();
          logger.debug({ ms: Math.round(performance.now() - started) }, `stopped: ${what}`);
        } catch (error) {
          logger.warn({ err: error }, `stopping failed: ${what}`);
        }
      }
      clearTimeout(deadline);
      exit(code);
      return new Promise<never>(() => {});
    })();
    return ending;
  };

  const onSignal = (signal: NodeJS.Signals): void => {
    const now = Date.now();
    if (ending === null || firstSignalAt === 0) {
      firstSignalAt = now;
      logger.info({ signal }, 'shutting down');
      requestStop(signal);
      void end(0);
    } else if (now - firstSignalAt >= REPEAT_GRACE_MS) {
      logger.warn({ signal }, 'second stop signal: exiting now');
      exit(signal === 'SIGINT' ? 130 : 143);
    }
  };
  signals.on('SIGINT', onSignal);
  signals.on('SIGTERM', onSignal);

  return {
    get ending() {
      return ending !== null;
    },
    stopRequested,
    onStop: (what, step) => void steps.push({ what, step }),
    end,
  };
}
