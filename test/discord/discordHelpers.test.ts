import { describe, expect, it } from 'vitest';
import { contextButtonId, pageButtonId, parseButtonId } from '../../src/discord/buttonIds.ts';
import { extractQuestion } from '../../src/discord/extractQuestion.ts';
import { PagedReplies } from '../../src/discord/pagedReplies.ts';
import { SlidingWindowRateLimiter } from '../../src/discord/slidingWindowRateLimiter.ts';

describe('SlidingWindowRateLimiter', () => {
  it('allows `limit` per sliding minute per key, and says how long to wait', () => {
    let now = 0;
    const limiter = new SlidingWindowRateLimiter(2, 60_000, () => now);
    expect(limiter.take('alice')).toEqual({ allowed: true });
    now = 30_000;
    expect(limiter.take('alice')).toEqual({ allowed: true });
    now = 40_000;
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 20_000 });
    expect(limiter.take('bob')).toEqual({ allowed: true });
    // The first question leaves the window at 60 s; the refused attempt did not count.
    now = 60_000;
    expect(limiter.take('alice')).toEqual({ allowed: true });
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 30_000 });
  });
});

describe('extractQuestion', () => {
  const botUserId = '111111111111111111';
  const ask = (content: string, addressed = false) => extractQuestion(content, { botUserId, addressed });

  it('takes questions and requests, leaves chatter', () => {
    expect(ask('who backs Haftar')).toBe('who backs Haftar');
    expect(ask('What’s Turkey doing in Libya')).toBe('What’s Turkey doing in Libya');
    expect(ask('Haftar gets support from Russia?')).toBe('Haftar gets support from Russia?');
    expect(ask('tell me about Watiya')).toBe('tell me about Watiya');
    expect(ask('thanks all')).toBeNull();
    expect(ask('have a good one')).toBeNull();
    expect(ask('   ')).toBeNull();
  });

  it('treats a mention as addressed and removes it from the question', () => {
    expect(ask(`<@${botUserId}> brief me on Haftar`, true)).toBe('brief me on Haftar');
    expect(ask(`<@!${botUserId}>`, true)).toBeNull();
  });
});

describe('button ids', () => {
  it('round-trip within 100 characters and reject anything else', () => {
    const id = contextButtonId(
      'a'.repeat(64),
      { file: 'any/long/path.txt', paragraph: 12, lineStart: 30, lineEnd: 31 },
      4,
    );
    expect(id.length).toBeLessThanOrEqual(100);
    expect(id).not.toContain('path');
    expect(parseButtonId(id)).toEqual({
      kind: 'context',
      documentHash: 'a'.repeat(16),
      paragraph: 12,
      lineStart: 30,
      lineEnd: 31,
    });
    expect(parseButtonId(pageButtonId('k3y_-AB', 2))).toEqual({ kind: 'page', replyKey: 'k3y_-AB', page: 2 });
    for (const forged of [
      'ctx:../../etc/passwd:1:1:1:0',
      'ctx:ABCDEF0123456789:1:1:1:0',
      'page:key:-1',
      'page:a/b:1',
      'other',
      '',
    ]) {
      expect(parseButtonId(forged)).toBeNull();
    }
  });
});

describe('PagedReplies', () => {
  it('forgets the oldest beyond its bound and anything past its time to live', () => {
    let now = 0;
    const replies = new PagedReplies({ maxReplies: 2, ttlMs: 1000 }, () => now);
    const page = { embeds: [{ description: 'x' }], contexts: [] };
    const first = replies.keep([page]);
    const second = replies.keep([page, page]);
    const third = replies.keep([page]);
    expect(replies.get(first)).toBeUndefined();
    expect(replies.get(second)).toHaveLength(2);
    now = 1001;
    expect(replies.get(third)).toBeUndefined();
  });
});
