/**
 * `npm run bench` [-- --full] [--only=embedding,ask,…] [--profile]
 *
 * Measures briefbot against its performance goals: every heavy row in a worker process of its
 * own (test/bench/benchWorker.ts), comparisons side by side in the same process, medians and
 * percentiles after warm-up, the machine's load sampled around every section. Prints a table and
 * writes the same as JSON under .briefbot/bench/. Without --full the scale rows stop at 100,000
 * passages and the embedding sample is 128 passages; --full adds 1,000,000 and uses 512.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AskLatencyData } from './askLatency.ts';
import { largeGoals, SOTU_GOALS } from './askLatency.ts';
import { parseBenchArgs } from './benchArgs.ts';
import { BENCH_DIR, DATA_DIR, DEFAULT_CORPUS_DIR, SHAPE_MODEL_DIR, SOTU_CORPUS_DIR } from './benchPaths.ts';
import { fmt, row } from './benchRow.ts';
import { BenchSession } from './benchSession.ts';
import type { CorpusIndexes } from './corpusIndexes.ts';
import { costGrowthRows } from './costGrowthRows.ts';
import { sampleMachine } from './machineLoad.ts';
import { formatTable } from './printTable.ts';
import { SECTION_TITLES } from './sectionTitles.ts';
import { coldStartRows } from './coldStartRows.ts';
import { memoryRows, openLargeRows, startupRows } from './startupRows.ts';
import { type SyntheticIndex, syntheticName } from './syntheticCorpus.ts';
import { whoBacksRows } from './whoBacksRows.ts';

const QUERIES = 200;

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const session = new BenchSession(args);
  const startedAt = new Date();
  const start = sampleMachine();
  const sizes = args.full ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
  const embedSample = args.full ? 512 : 128;
  const noCorpus = path.join(DATA_DIR, 'no-corpus');
  fs.mkdirSync(noCorpus, { recursive: true });

  // Data every other section reads: always prepared (SOTU indexes take seconds, synthetic ones are cached).
  let corpora: { def: CorpusIndexes; sotu: CorpusIndexes } | null = null;
  const synthetic: SyntheticIndex[] = [];
  await session.section('prepare', SECTION_TITLES.prepare, async () => {
    const def = (
      await session.work({ task: 'prepare-corpus', name: 'default', corpusDir: DEFAULT_CORPUS_DIR }, 'prepare-default')
    ).data as CorpusIndexes;
    const sotu = (
      await session.work({ task: 'prepare-corpus', name: 'sotu', corpusDir: SOTU_CORPUS_DIR }, 'prepare-sotu')
    ).data as CorpusIndexes;
    corpora = { def, sotu };
    for (const c of [def, sotu]) {
      session.add(
        row({
          id: `data.${c.name}`,
          section: SECTION_TITLES.prepare,
          label: `${c.name} corpus: ${c.documents} documents, ${fmt(c.passages)} passages`,
          values: { passages: c.passages, documents: c.documents, keywordBuildMs: c.keywordBuildMs },
          display: `indexed in ${fmt(c.keywordBuildMs / 1000, 's')}`,
          goal: null,
          note: 'keyword index by indexCorpus; the hybrid copy gets one random unit vector per passage (query latency does not depend on the values)',
        }),
      );
    }
    for (const size of sizes) {
      const index = (await session.work({ task: 'synthetic', size }, `synthetic-${size}`)).data as
        | SyntheticIndex
        | undefined;
      if (!index) continue;
      synthetic.push(index);
      session.add(
        row({
          id: `data.synthetic.${size}`,
          section: SECTION_TITLES.prepare,
          label: `${syntheticName(index.passages)} corpus: ${index.documents} documents, ${fmt(index.passages)} passages`,
          values: {
            passages: index.passages,
            buildMs: index.buildMs ?? Number.NaN,
            originalBuildMs: index.originalBuildMs,
            mb: index.bytes / 2 ** 20,
          },
          display:
            index.buildMs === null
              ? `cached (built in ${fmt(index.originalBuildMs / 1000, 's')})`
              : `built in ${fmt(index.buildMs / 1000, 's')}`,
          goal: null,
          note: `SOTU sentences, 2–5 per passage; random unit vectors, dim 384; ${fmt(index.bytes / 2 ** 20, 'MB')} file`,
        }),
      );
    }
  });
  const ready = corpora as { def: CorpusIndexes; sotu: CorpusIndexes } | null;
  if (!ready) throw new Error('The bench corpora could not be prepared: see the error rows above');

  await session.section('embedding', SECTION_TITLES.embedding, async () => {
    for (const quantized of [true, false]) {
      await session.work(
        { task: 'embedding', quantized, sample: embedSample, reps: 5 },
        `embedding-${quantized ? 'int8' : 'fp32'}`,
      );
    }
  });

  await session.section('build', SECTION_TITLES.build, async () => {
    await session.work({ task: 'build', subsetPassages: 192, reps: 3, subsetReps: 2 });
    await session.work({ task: 'rerun-bot', runs: 3 });
  });

  const growth: (AskLatencyData & { corpus: string })[] = [];
  await session.section('ask', SECTION_TITLES.ask, async () => {
    const targets = [
      {
        corpus: 'default',
        indexPath: ready.def.hybridIndex,
        corpusDir: DEFAULT_CORPUS_DIR,
        passages: ready.def.passages,
        goals: { keyword: null, hybrid: null },
      },
      {
        corpus: 'sotu',
        indexPath: ready.sotu.hybridIndex,
        corpusDir: SOTU_CORPUS_DIR,
        passages: ready.sotu.passages,
        goals: SOTU_GOALS,
      },
      ...synthetic.map((index) => ({
        corpus: syntheticName(index.passages),
        indexPath: index.indexPath,
        corpusDir: noCorpus,
        passages: index.passages,
        goals: index === synthetic.at(-1) ? largeGoals(index.passages) : { keyword: null, hybrid: null },
        note:
          index === synthetic.at(-1) && index.passages < 1_000_000
            ? 'largest size in this run; 1M with --full'
            : undefined,
      })),
    ];
    for (const target of targets) {
      const result = await session.work({ task: 'ask', queries: QUERIES, ...target }, `ask-${target.corpus}`);
      const data = result.data as AskLatencyData | undefined;
      if (data && target.corpus !== 'default') growth.push({ corpus: target.corpus, ...data });
    }
  });

  await session.section('summary', SECTION_TITLES.summary, async () => {
    await session.work({ task: 'summary', topics: 100 });
    const sotu = { name: 'sotu', indexPath: ready.sotu.keywordIndex, corpusDir: SOTU_CORPUS_DIR };
    const goals = { coldMs: 1000, rssMb: 250 };
    session.add(...(await whoBacksRows(session, { ...sotu, passages: ready.sotu.passages, goals, unstored: true }, 3)));
    const large = synthetic.find((index) => index.passages === 100_000);
    if (large) {
      const target = { name: syntheticName(large.passages), indexPath: large.indexPath, corpusDir: null };
      session.add(
        ...(await whoBacksRows(session, { ...target, passages: large.passages, goals: null, unstored: false }, 3)),
      );
    }
  });

  await session.section('static', SECTION_TITLES.static, async () => {
    await session.work({ task: 'static', queries: QUERIES, sample: embedSample * 4 });
  });

  await session.section('peer', SECTION_TITLES.peer, async () => {
    await session.work({ task: 'orama', queries: QUERIES, reps: 3 });
  });

  await session.section('startup', SECTION_TITLES.startup, async () => {
    session.add(...(await startupRows(session, 3)));
    const largest = synthetic.at(-1);
    if (largest) {
      session.add(
        ...(await openLargeRows(
          session,
          {
            name: syntheticName(largest.passages),
            indexPath: largest.indexPath,
            corpusDir: noCorpus,
            passages: largest.passages,
          },
          3,
        )),
      );
    }
    session.add(
      ...(await memoryRows(session, [
        {
          corpus: 'sotu',
          indexPath: ready.sotu.hybridIndex,
          corpusDir: SOTU_CORPUS_DIR,
          passages: ready.sotu.passages,
          reindex: true,
        },
        ...(largest
          ? [
              {
                corpus: syntheticName(largest.passages),
                indexPath: largest.indexPath,
                corpusDir: noCorpus,
                passages: largest.passages,
                reindex: false,
              },
            ]
          : []),
      ])),
    );
  });

  await session.section('coldstart', SECTION_TITLES.coldstart, async () => {
    const targets = [
      { name: 'sotu', indexPath: ready.sotu.hybridIndex, corpusDir: SOTU_CORPUS_DIR, passages: ready.sotu.passages },
      ...synthetic
        .filter((index) => index.passages >= 100_000)
        .map((index) => ({
          name: syntheticName(index.passages),
          indexPath: index.indexPath,
          corpusDir: noCorpus,
          passages: index.passages,
        })),
    ];
    // Each 1M sample reads the index from disk: once is what the machine's other users can spare.
    for (const target of targets)
      session.add(...(await coldStartRows(session, target, target.passages >= 1_000_000 ? 1 : 3)));
  });

  await session.section('growth', SECTION_TITLES.growth, async () => {
    if (growth.length === 0) throw new Error('cost growth needs the ask section (run it too)');
    session.add(...costGrowthRows(growth, args.full));
  });

  await session.section('recall', SECTION_TITLES.recall, async () => {
    const largest = synthetic.at(-1);
    const smallest = synthetic[0];
    if (largest && smallest) {
      await session.work({
        task: 'vectors',
        indexPath: largest.indexPath,
        label: syntheticName(largest.passages),
        hnswIndexPath: smallest.indexPath,
        hnswLabel: syntheticName(smallest.passages),
        queries: 100,
        syntheticSize: largest.passages,
      });
    }
  });

  const end = sampleMachine();
  const totalMs = end.at - start.at;
  const busySections = session.sections.filter((s) => s.load.busy);
  const header = [
    `briefbot bench — ${startedAt.toISOString()} — ${args.full ? '--full (1M passages, 512-passage embedding sample)' : 'default run (scale rows to 100k passages; 1M with --full), 128-passage embedding sample'}`,
    `machine: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.availableParallelism()}, ${fmt(os.totalmem() / 2 ** 30, 'GiB')}, Node ${process.version}; model: ${SHAPE_MODEL_DIR} (random weights: speed only)`,
    `total ${fmt(totalMs / 1000, 's')}; calibration loop ${fmt(start.calibrationMs, 'ms')} at start, ${fmt(end.calibrationMs, 'ms')} at end; load average ${start.loadavg1.toFixed(2)} → ${end.loadavg1.toFixed(2)}`,
    busySections.length
      ? `MACHINE BUSY during: ${busySections.map((s) => `${s.name} (${s.load.why})`).join('; ')}: ratios were measured side by side and hold better than absolute times`
      : 'machine quiet in every section (other processes < 10% CPU, calibration within 15%)',
  ];
  const table = formatTable(session.rows, session.sections, header);
  console.log(table);

  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const report = {
    startedAt: startedAt.toISOString(),
    args,
    totalMs,
    machine: {
      cpu: os.cpus()[0]?.model,
      cores: os.availableParallelism(),
      totalMemGiB: os.totalmem() / 2 ** 30,
      node: process.version,
    },
    calibration: {
      startMs: start.calibrationMs,
      endMs: end.calibrationMs,
      loadavgStart: start.loadavg1,
      loadavgEnd: end.loadavg1,
    },
    sections: session.sections,
    workers: session.workers,
    rows: session.rows,
  };
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const json = JSON.stringify(report, null, 2);
  fs.writeFileSync(path.join(BENCH_DIR, `bench-${stamp}.json`), json);
  fs.writeFileSync(path.join(BENCH_DIR, 'latest.json'), json);
  fs.writeFileSync(path.join(BENCH_DIR, 'latest.txt'), `${table}\n`);
  console.log(
    `\nJSON: ${path.relative(process.cwd(), path.join(BENCH_DIR, `bench-${stamp}.json`))} (and latest.json, latest.txt)`,
  );
  if (session.rows.some((r) => r.status === 'error')) process.exitCode = 1;
}

await main();
