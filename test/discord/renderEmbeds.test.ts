import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShownExcerpt } from '../../src/brief/excerpt.ts';
import { escapeDiscordText, truncate } from '../../src/discord/escapeDiscordText.ts';
import { embedSize, MAX_CONTEXT_BUTTONS } from '../../src/discord/packPages.ts';
import { boldAround } from '../../src/discord/boldAround.ts';
import { markedExcerpt, renderEmbeds } from '../../src/discord/renderEmbeds.ts';

const excerpt = (text: string, keySentence: string | null, title = 'A headline'): ShownExcerpt => ({
  text,
  keySentence,
  title,
  file: 'a_b.txt',
  paragraph: 3,
  lineStart: 5,
  lineEnd: 6,
  score: 1,
  published: null,
  heading: null,
});

describe('escapeDiscordText', () => {
  it('leaves no markdown, masked link or mention active', () => {
    const escaped = escapeDiscordText(
      '**b** _i_ __u__ ~~s~~ ||spoiler|| `code` [x](https://evil.example) <@123456789012345678> <@&123456789012345678> <#123456789012345678> @everyone @here',
    );
    expect(escaped).toBe(
      '\\*\\*b\\*\\* \\_i\\_ \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\` \\[x\\](https://evil.example) ' +
        '<\u200b@123456789012345678> <\u200b@&123456789012345678> <\u200b#123456789012345678> @\u200beveryone @\u200bhere',
    );
  });

  it('escapes line-start markdown (quotes, headings, lists) and backslashes, and keeps URLs whole', () => {
    expect(escapeDiscordText('> quoted')).toBe('\\> quoted');
    expect(escapeDiscordText('# Heading\n- item\n1. first\n-# small')).toBe(
      '\\# Heading\n\\- item\n1\\. first\n\\-# small',
    );
    expect(escapeDiscordText('a\\*b')).toBe('a\\\\\\*b');
    expect(escapeDiscordText('see https://example.com/a_b*c for Turkey-backed forces')).toBe(
      'see https://example.com/a_b*c for Turkey-backed forces',
    );
  });

  it('is linear: a long hostile text escapes in milliseconds', () => {
    const text = ' **bold** _it_ [click](https://evil.example) <@123456789012345678> @everyone '.repeat(2000);
    const started = performance.now();
    escapeDiscordText(text);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('truncate never leaves a lone escaping backslash', () => {
    expect(truncate('abc\\*def', 5)).toBe('abc…');
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abcdefg', 6)).toBe('abcde…');
  });
});

describe('markedExcerpt / boldAround', () => {
  it('puts the key sentence in bold, each part escaped on its own', () => {
    expect(markedExcerpt('Before *it*.\n  The key_sentence.  After [x](y).', 'The key_sentence.', 500)).toBe(
      'Before \\*it\\*. **The key\\_sentence.** After \\[x\\](y).',
    );
    expect(markedExcerpt('No key here.', 'Missing.', 500)).toBe('No key here.');
    expect(boldAround({ before: 'mail @', key: '', after: 'everyone now' }, 500)).toBe('mail @\u200beveryone now');
  });

  it('cuts the context around the key first, then the key, within the limit', () => {
    const text = `${'before '.repeat(100)}KEY SENTENCE.${' after'.repeat(100)}`;
    const marked = markedExcerpt(text, 'KEY SENTENCE.', 100);
    expect(marked.length).toBeLessThanOrEqual(100);
    expect(marked).toContain('**KEY SENTENCE.**');
    expect(marked.startsWith('…')).toBe(true);
    expect(marked.endsWith('…')).toBe(true);
    expect(boldAround({ before: '', key: 'k'.repeat(300), after: '' }, 50).length).toBeLessThanOrEqual(50);
  });

  it('property: stays within max for any text and key', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }),
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 3000 }),
        fc.integer({ min: 10, max: 4096 }),
        (before, key, after, max) => {
          expect(boldAround({ before, key, after }, max).length).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 300, seed: 20240611 },
    );
  });
});

describe('renderEmbeds', () => {
  it('property: every page of any answer fits Discord limits', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ' ', '*', '_', '[', '@', 'everyone', '<@1234567890123456789>', '\\', '\n', 'é'),
      maxLength: 2500,
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 700 }),
        fc.array(fc.tuple(text, fc.string({ maxLength: 400 })), { maxLength: 30 }),
        (question, excerpts) => {
          const pages = renderEmbeds({
            kind: 'answer',
            answer: {
              question,
              answer: 'An answer.',
              confidence: 1,
              excerpts: excerpts.map(([body, title]) => excerpt(body, body.slice(10, 60), title)),
              closest: null,
            },
          });
          for (const page of pages) {
            expect(page.embeds.length).toBeLessThanOrEqual(10);
            expect(page.embeds.reduce((sum, embed) => sum + embedSize(embed), 0)).toBeLessThanOrEqual(6000);
            expect(page.contexts.length).toBeLessThanOrEqual(MAX_CONTEXT_BUTTONS);
            for (const embed of page.embeds) {
              expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
              expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
              expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(256);
              for (const text of [embed.title, embed.description, embed.author?.name, embed.footer?.text])
                expect(text ?? '').not.toMatch(/@everyone|<@\d/);
            }
          }
          expect(pages.flatMap((page) => page.embeds).length).toBe(1 + excerpts.length);
        },
      ),
      { numRuns: 300, seed: 20240611 },
    );
  });

  it('says so when nothing answers, and when a who-backs entity is unknown or backed by nobody', () => {
    const none = renderEmbeds({
      kind: 'answer',
      answer: { question: 'price of coffee?', answer: null, confidence: 0, excerpts: [], closest: null },
    });
    expect(none[0]?.embeds[0]?.description).toMatch(/^Nothing in the corpus answers this/);
    const misspelt = renderEmbeds({
      kind: 'answer',
      answer: {
        question: 'Who backs Hafter?',
        answer: null,
        confidence: 0,
        excerpts: [],
        closest: null,
        didYouMean: 'Haftar',
      },
    });
    expect(misspelt[0]?.embeds[0]?.description).toBe('Nothing in the corpus answers this. Did you mean **Haftar**?');
    const base = {
      entity: 'Hafter',
      aliases: [],
      direction: 'backers' as const,
      suggestions: ['Khalifa Haftar'],
      backers: [],
      opposedBy: [],
    };
    expect(renderEmbeds({ kind: 'backers', result: { ...base, found: false } })[0]?.embeds[0]?.description).toBe(
      'Nothing in the corpus mentions “Hafter”. Did you mean **Khalifa Haftar**?',
    );
    const nobody = renderEmbeds({
      kind: 'backers',
      result: { ...base, entity: 'Interfax', aliases: ['Interfax news agency'], found: true },
    });
    expect(nobody[0]?.embeds[0]?.description).toBe(
      'Also named Interfax news agency.\nThe corpus mentions Interfax, but nobody in it is said to back Interfax.',
    );
  });

  it('who-backs: one embed per backer with its kind of support, documents and evidence (reported claims say who said them)', () => {
    const pages = renderEmbeds({
      kind: 'backers',
      result: {
        entity: 'Khalifa Haftar',
        aliases: ['Haftar'],
        direction: 'backers',
        found: true,
        suggestions: [],
        opposedBy: [],
        backers: [
          {
            name: 'Russia',
            support: 'warplanes',
            documents: 1,
            evidence: [
              {
                ...excerpt(
                  'Russia sent warplanes to Haftar, Bashagha said.',
                  'Russia sent warplanes to Haftar, Bashagha said.',
                ),
                reportedBy: 'Fathi Bashagha',
                pattern: 'transfer-verb/to',
                cue: 'sent',
              },
            ],
          },
        ],
      },
    });
    const [head, russia] = pages[0]?.embeds ?? [];
    expect(head?.title).toBe('Who backs Khalifa Haftar');
    expect(russia?.title).toBe('Russia');
    expect(russia?.description).toBe(
      '**Support:** warplanes · 1 document\n\n**[1]** “Russia sent warplanes to Haftar, Bashagha said.” — according to Fathi Bashagha\n↳ `a_b.txt ¶3 L5–6` A headline',
    );
    expect(pages[0]?.contexts).toEqual([
      { label: '1', span: expect.objectContaining({ file: 'a_b.txt', lineStart: 5 }) },
    ]);
  });
});
