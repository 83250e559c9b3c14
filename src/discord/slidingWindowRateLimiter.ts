/** What the limiter decided: go ahead, or wait `retryAfterMs` before the next one counts. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * At most `limit` actions per key (a user id) within any `windowMs`: a sliding window of the
 * times of accepted actions, so a burst at the end of one minute and the start of the next
 * is not let through twice. Refused attempts do not count.
 */
export class SlidingWindowRateLimiter {
  private readonly accepted = new Map<string, number[]>();
  private checks = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    if (++this.checks % 1000 === 0) this.forgetIdle(now);
    const recent = (this.accepted.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length >= this.limit) {
      this.accepted.set(key, recent);
      const oldest = recent[0] ?? now;
      return { allowed: false, retryAfterMs: Math.max(0, oldest + this.windowMs - now) };
    }
    recent.push(now);
    this.accepted.set(key, recent);
    return { allowed: true };
  }

  /** Drops users with nothing in the window, so the map does not grow with every user ever seen. */
  private forgetIdle(now: number): void {
    for (const [key, times] of this.accepted) {
      if (times.every((time) => now - time >= this.windowMs)) this.accepted.delete(key);
    }
  }
}
