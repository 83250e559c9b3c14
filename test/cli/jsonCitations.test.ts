import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusCitationChecker } from '../support/citationChecker.ts';
import { copyDefaultCorpus, REPO_ROOT } from '../support/tempCorpus.ts';

const run = promisify(execFile);

interface JsonExcerpt {
  text: string;
  file: string;
  paragraph: number;
  lineStart: number;
  lineEnd: number;
  score: number;
}

/** Every Excerpt in every JSON output stands verbatim at its cited lines. */
describe('citations in JSON output', () => {
  const corpus = copyDefaultCorpus();
  afterAll(() => corpus.cleanup());
  const cited = corpusCitationChecker(corpus.corpusDir);

  async function json(args: string[]): Promise<unknown> {
    const { stdout } = await run(
      process.execPath,
      [
        path.join(REPO_ROOT, 'src/cli/briefbot.mjs'),
        ...args,
        '--json',
        '--corpus',
        corpus.corpusDir,
        '--db',
        corpus.dbPath,
        '--model',
        'none',
      ],
      { env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    return JSON.parse(stdout);
  }

  function excerptsIn(value: unknown): JsonExcerpt[] {
    if (Array.isArray(value)) return value.flatMap(excerptsIn);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.text === 'string' && typeof record.lineStart === 'number')
        return [record as unknown as JsonExcerpt];
      return Object.values(record).flatMap(excerptsIn);
    }
    return [];
  }

  it.each(
    [
      ['ask', 'Who backs Haftar?'],
      ['ask', 'What did Kalin say?'],
      ['ask', 'Russian warplanes in Libya'],
      ['who-backs', 'haftar'],
      ['who-backs', 'GNA'],
      ['backed-by', 'Russia'],
      ['who-opposes', 'haftar'],
      ['summary'],
      ['summary', '--topic', 'ceasefire'],
      ['summary', '--file', '004_579dbf7128379b0f.txt'],
    ].map((args) => ({ name: args.join(' '), args })),
  )('$name', async ({ args }) => {
    const excerpts = excerptsIn(await json(args));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts)
      expect(await cited(excerpt), `${excerpt.file} L${excerpt.lineStart}: ${excerpt.text}`).toBe(true);
  });

  it('who-backs --json has the contract shape', async () => {
    const result = (await json(['who-backs', 'haftar'])) as {
      entity: string;
      aliases: string[];
      backers: { name: string; support: string; evidence: JsonExcerpt[] }[];
    };
    expect(result.entity).toBe('Khalifa Haftar');
    expect(result.aliases).toContain('LNA');
    expect(result.backers.map((b) => b.name).sort()).toEqual(['Egypt', 'Russia', 'United Arab Emirates']);
    expect(result.backers[0]).toMatchObject({ name: 'Russia', support: expect.stringContaining('warplanes') });
  });

  it('who-backs names the pattern behind each piece of evidence: in --json, and in text with --explain', async () => {
    const result = (await json(['who-backs', 'haftar'])) as {
      backers: { name: string; evidence: { pattern: string; cue: string }[] }[];
    };
    const egypt = result.backers.find((b) => b.name === 'Egypt');
    expect(egypt?.evidence[0]).toMatchObject({ pattern: 'backing-verb/passive', cue: 'backed' });
    const { stdout } = await run(
      process.execPath,
      [
        path.join(REPO_ROOT, 'src/cli/briefbot.mjs'),
        'who-backs',
        'haftar',
        '--explain',
        '--corpus',
        corpus.corpusDir,
        '--db',
        corpus.dbPath,
        '--model',
        'none',
      ],
      { env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    expect(stdout).toContain('↳ pattern backing-verb/passive, cue "backed"');
    expect(stdout).toContain('Opposed by: ');
  });

  it('who-opposes --json is shaped like who-backs and names Turkey against Haftar', async () => {
    const result = (await json(['who-opposes', 'haftar'])) as {
      entity: string;
      backers: { name: string; support: string; evidence: { pattern: string }[] }[];
    };
    expect(result.entity).toBe('Khalifa Haftar');
    expect(result.backers.map((b) => b.name)).toContain('Turkey');
    expect(
      result.backers
        .flatMap((b) => b.evidence)
        .every((e) => e.pattern.startsWith('opposing-verb') || e.pattern.startsWith('opposition-noun')),
    ).toBe(true);
  });
});
