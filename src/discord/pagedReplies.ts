import { randomBytes } from 'node:crypto';
import type { RenderedPage } from './packPages.ts';

/**
 * The pages of replies too long for one message, kept so "More sources" can show the next one
 * (a button can carry only 100 characters, not the reply). In memory, bounded: the oldest go
 * first, and after `ttlMs` a button says the results expired rather than showing stale pages.
 */
export class PagedReplies {
  private readonly replies = new Map<string, { pages: RenderedPage[]; storedAt: number }>();

  constructor(
    private readonly options: { maxReplies: number; ttlMs: number } = { maxReplies: 500, ttlMs: 60 * 60_000 },
    private readonly now: () => number = Date.now,
  ) {}

  /** Replies kept now (expired ones included until they are asked for or pushed out). */
  get size(): number {
    return this.replies.size;
  }

  /** The most replies ever kept. */
  get limit(): number {
    return this.options.maxReplies;
  }

  /** Keeps a reply's pages; returns the key its page buttons carry. */
  keep(pages: RenderedPage[]): string {
    const key = randomBytes(6).toString('base64url');
    this.replies.set(key, { pages, storedAt: this.now() });
    // A Map iterates in insertion order: the first keys are the oldest.
    for (const oldest of this.replies.keys()) {
      if (this.replies.size <= this.options.maxReplies) break;
      this.replies.delete(oldest);
    }
    return key;
  }

  get(key: string): RenderedPage[] | undefined {
    const entry = this.replies.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt > this.options.ttlMs) {
      this.replies.delete(key);
      return undefined;
    }
    return entry.pages;
  }
}
