/**
 * `briefbot who-backs` as the CLI runs it, in a fresh process: imports, createBriefbot keyword-only
 * (`--model none`), the reindex (nothing changed; skipped for an index without a corpus folder),
 * one who-backs, then three more in the same process (warm). Mode `stored`: from the relations
 * the index keeps; `unstored`: the stored relations dropped first, so they are extracted from
 * every sentence, as every start did before schema 8 (and as the first who-backs after an
 * upgrade or an EXTRACTOR_VERSION bump does, once).
 *   node --import tsx test/bench/whoBacksWorker.ts <stored|unstored> <index> <corpus|-> <entity> <result file>
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';

export interface WhoBacksSample {
  /** From the process's start (node boot, tsx and imports included) to the first answer. */
  sinceProcessStartMs: number;
  /** createBriefbot + reindex + the first who-backs. */
  answerMs: number;
  whoBacksMs: number;
  /** Median of three more who-backs in the same process (entities and their relations loaded). */
  warmMs: number;
  backers: number;
  maxRssKb: number;
  heapUsedMb: number;
  cpuMs: number;
}

async function main(): Promise<void> {
  const [, , mode, indexPath, corpusArg, entity, resultFile] = process.argv;
  if ((mode !== 'stored' && mode !== 'unstored') || !indexPath || !corpusArg || !entity || !resultFile) {
    throw new Error('usage: whoBacksWorker.ts <stored|unstored> <index> <corpus|-> <entity> <result file>');
  }
  if (mode === 'unstored') {
    const db = new Database(indexPath);
    db.prepare("DELETE FROM meta WHERE key = 'relations_stamp'").run();
    db.close();
  }
  const { createBriefbot } = await import('../../src/briefbot.ts');
  const { benchConfig, silentLogger } = await import('./benchModel.ts');
  const { DATA_DIR } = await import('./benchPaths.ts');
  const started = performance.now();
  const corpusDir = corpusArg === '-' ? `${DATA_DIR}/no-corpus` : corpusArg;
  const bot = await createBriefbot(benchConfig({ corpusDir, indexPath }), silentLogger, { keywordOnly: true });
  if (corpusArg !== '-') await bot.reindex();
  const asked = performance.now();
  const result = await bot.whoBacks(entity);
  const answered = performance.now();
  const warm: number[] = [];
  for (const name of [entity, 'Congress', 'United States']) {
    const t = performance.now();
    await bot.whoBacks(name);
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  const usage = process.resourceUsage();
  const sample: WhoBacksSample = {
    // performance.now() counts from the process's start.
    sinceProcessStartMs: answered,
    answerMs: answered - started,
    whoBacksMs: answered - asked,
    warmMs: warm[1] ?? Number.NaN,
    backers: result.backers.length,
    maxRssKb: usage.maxRSS,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  };
  fs.writeFileSync(resultFile, JSON.stringify(sample));
  bot.close();
  process.exit(0);
}

await main();
