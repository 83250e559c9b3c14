import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { corpusCitationChecker } from '../support/citationChecker.ts';
import { copyDefaultCorpus } from '../support/tempCorpus.ts';

const corpus = copyDefaultCorpus();
const where = ['--corpus', corpus.corpusDir, '--db', corpus.dbPath, '--model', 'none'];
afterAll(() => corpus.cleanup());

/** runCli in-process, stdout and stderr captured. */
async function briefbot(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await runCli([...args, ...where]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

interface JsonEvent {
  date: string | null;
  basis: string | null;
  text: string;
  documents: number;
  citations: {
    text: string;
    file: string;
    paragraph: number;
    lineStart: number;
    lineEnd: number;
    published: string | null;
  }[];
}

describe('briefbot timeline and dates on the command line', () => {
  it('timeline haftar --json lists the dated events in order, cited: the May capture, the July strike; the warplanes undated', async () => {
    const { code, stdout } = await briefbot(['timeline', 'haftar', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { entity: string; events: JsonEvent[]; undated: JsonEvent[] };
    expect(result.entity).toBe('Khalifa Haftar');
    const dates = result.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(result.events[0]).toMatchObject({ date: '2020-05', basis: 'stated', documents: 1 });
    expect(result.events[0]?.text).toMatch(/captured the air base .* from Haftar's forces in May/);
    expect(result.events.find((e) => /airstrike/.test(e.text))).toMatchObject({
      date: '2020-07-04',
      basis: 'inferred',
    });
    expect(result.undated.some((e) => /eight warplanes/.test(e.text))).toBe(true);
    const cited = corpusCitationChecker(corpus.corpusDir);
    const citations = [...result.events, ...result.undated].flatMap((e) => e.citations);
    expect(citations.every(cited)).toBe(true);
    expect(result.events.flatMap((e) => e.citations).every((c) => c.published === '2020-07-10')).toBe(true);
  });

  it('ask --since 2020-07-11 leaves out the July 10 article; --until keeps to it', async () => {
    const since = await briefbot(['ask', 'who backs Haftar?', '--since', '2020-07-11', '--json']);
    expect(since.code).toBe(0);
    expect(JSON.parse(since.stdout)).toMatchObject({ answer: null, excerpts: [] });
    const until = JSON.parse(
      (await briefbot(['ask', 'who backs Haftar?', '--until', '2020-07-10', '--json'])).stdout,
    ) as { excerpts: { file: string; published: string }[] };
    expect(until.excerpts.length).toBeGreaterThan(0);
    expect(until.excerpts.every((e) => e.file === '000_bd4eabd2b5bc6d71.txt' && e.published === '2020-07-10')).toBe(
      true,
    );
  });

  it('who-backs --svg writes the graph; a phrase it cannot read exits 2 saying why', async () => {
    const file = path.join(corpus.dir, 'haftar.svg');
    const { code, stdout } = await briefbot(['who-backs', 'haftar', '--svg', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('000_bd4eabd2b5bc6d71.txt ¶7 L15 (2020-07-10)'); // every citation with its date
    const svg = fs.readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Who backs Khalifa Haftar');
    const bad = await briefbot(['timeline', 'haftar', '--since', 'the other day']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('/timeline since: Cannot read "the other day"');
  });
});
