/**
 * One bench task in its own process, so heavy rows (model sessions, a million vectors) neither
 * distort the timings of others nor add to their peak memory. Usage (from runWorker):
 *   node --import tsx test/bench/benchWorker.ts '<WorkerTask as JSON>' <result file>
 */
import fs from 'node:fs';
import { askLatency } from './askLatency.ts';
import type { BenchRow } from './benchRow.ts';
import { prepareCorpusIndexes } from './corpusIndexes.ts';
import { embeddingThroughput } from './embeddingThroughput.ts';
import { botRerun, indexBuild } from './indexBuild.ts';
import { peakMemory } from './peakMemory.ts';
import { oramaPeer } from './oramaPeer.ts';
import { staticModelRows } from './staticModelRows.ts';
import { summaryLatency } from './summaryLatency.ts';
import { syntheticIndex } from './syntheticCorpus.ts';
import { vectorReference } from './vectorReference.ts';
import type { WorkerResult, WorkerTask } from './workerTask.ts';

async function runTask(request: WorkerTask): Promise<{ rows: BenchRow[]; data?: unknown }> {
  switch (request.task) {
    case 'prepare-corpus':
      return { rows: [], data: await prepareCorpusIndexes(request.name, request.corpusDir) };
    case 'synthetic':
      return { rows: [], data: await syntheticIndex(request.size) };
    case 'embedding':
      return { rows: await embeddingThroughput(request) };
    case 'build':
      return { rows: await indexBuild(request) };
    case 'rerun-bot':
      return { rows: await botRerun(request.runs) };
    case 'ask':
      return askLatency(request);
    case 'summary':
      return { rows: await summaryLatency(request) };
    case 'static':
      return { rows: await staticModelRows(request) };
    case 'orama':
      return { rows: await oramaPeer(request) };
    case 'vectors':
      return { rows: await vectorReference(request) };
    case 'memory':
      return { rows: [], data: await peakMemory(request) };
  }
}

async function main(): Promise<void> {
  const [, , taskJson, resultFile] = process.argv;
  if (!taskJson || !resultFile) throw new Error('usage: benchWorker.ts <task json> <result file>');
  const started = performance.now();
  let outcome: { rows: BenchRow[]; data?: unknown; error?: string };
  try {
    outcome = await runTask(JSON.parse(taskJson) as WorkerTask);
  } catch (error) {
    outcome = { rows: [], error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  const usage = process.resourceUsage();
  const result: WorkerResult = {
    ...outcome,
    maxRssKb: usage.maxRSS,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    wallMs: performance.now() - started,
  };
  fs.writeFileSync(resultFile, JSON.stringify(result));
  // ONNX sessions keep native threads alive; the result is written, so leave at once.
  process.exit(0);
}

await main();
