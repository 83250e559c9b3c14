import { DefaultRestOptions, type RESTOptions } from 'discord.js';

/**
 * How long one attempt of an interaction callback (the first response: defer, reply,
 * autocomplete choices) may take before it is abandoned and retried. discord.js waits 15 s for
 * any request, but Discord drops an interaction that has no first response 3 s after it was
 * created: a callback that hangs for 15 s is a lost interaction. 1.5 s leaves the retry (discord.js
 * retries aborted requests at once) the other half of the window; a healthy callback takes well
 * under a second.
 */
export const INTERACTION_CALLBACK_TIMEOUT_MS = 1500;

/** A timeout firing this much later than due found the event loop busy (see makeRequest). */
const LATE_TIMER_MS = 100;
/** How long a late timeout waits, loop free, for an answer that may have arrived meanwhile. */
const GRACE_MS = 50;

/** Abandoned callbacks are remembered this long: past Discord's 3 s nothing can be acknowledged. */
const REMEMBER_MS = 60_000;
const CALLBACK_URL = /\/interactions\/(\d{17,20})\/[^/]+\/callback(?:\?|$)/;

/**
 * A `makeRequest` for discord.js's REST manager that gives interaction callbacks their own,
 * shorter timeout, and remembers which interactions had a callback attempt abandoned that way.
 *
 * Why remember: an abandoned attempt may have reached Discord and only its answer got lost. The
 * retry then meets 40060 "already acknowledged", which for this interaction means our own
 * first attempt worked, not that someone else answered it (see `abandonedCallback`).
 */
export class InteractionCallbackTimeouts {
  /** Interaction id → when an attempt of its callback was abandoned. */
  private readonly abandoned = new Map<string, number>();

  constructor(
    private readonly callbackTimeoutMs: number = INTERACTION_CALLBACK_TIMEOUT_MS,
    private readonly now: () => number = Date.now,
  ) {}

  readonly makeRequest: RESTOptions['makeRequest'] = async (url, init) => {
    const interactionId = CALLBACK_URL.exec(url)?.[1];
    if (interactionId === undefined) return DefaultRestOptions.makeRequest(url, init);
    const controller = new AbortController();
    // discord.js's own timeout (and its callers' signals) still apply.
    const outer = init.signal ?? undefined;
    const forward = (): void => controller.abort();
    if (outer?.aborted) controller.abort();
    else outer?.addEventListener('abort', forward, { once: true });
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const armAt = (due: number, wait: number): void => {
      timer = setTimeout(() => {
        // A timer that fires late means the event loop was busy: the answer may have arrived
        // meanwhile and be waiting to be read. Give the loop a moment to read it before
        // abandoning the attempt; only a request with no answer after that is aborted.
        if (this.now() - due > LATE_TIMER_MS) {
          armAt(this.now() + GRACE_MS, GRACE_MS);
          return;
        }
        timedOut = true;
        // No reason given: the rejection is an AbortError, which discord.js retries.
        controller.abort();
      }, wait);
    };
    armAt(this.now() + this.callbackTimeoutMs, this.callbackTimeoutMs);
    try {
      return await DefaultRestOptions.makeRequest(url, { ...init, signal: controller.signal });
    } catch (error) {
      if (timedOut) this.remember(interactionId);
      throw error;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    }
  };

  /** Whether an attempt of this interaction's callback was abandoned after the callback timeout. */
  abandonedCallback(interactionId: string): boolean {
    return this.abandoned.has(interactionId);
  }

  private remember(interactionId: string): void {
    const now = this.now();
    // Bounded: entries older than any interaction that could still be answered go.
    for (const [id, at] of this.abandoned) {
      if (now - at < REMEMBER_MS) break;
      this.abandoned.delete(id);
    }
    this.abandoned.delete(interactionId);
    this.abandoned.set(interactionId, now);
  }
}
