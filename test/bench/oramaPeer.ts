import path from 'node:path';
import { create, insertMultiple, search } from '@orama/orama';
import { answerQuestion } from '../../src/brief/answerQuestion.ts';
import { indexedText } from '../../src/index/indexedText.ts';
import { IndexStore } from '../../src/index/indexStore.ts';
import { textHash } from '../../src/index/textHash.ts';
import { SearchIndex } from '../../src/index/searchIndex.ts';
import { loadShapeEmbedder, VECTOR_DIMENSION } from './benchModel.ts';
import { DATA_DIR } from './benchPaths.ts';
import { type BenchRow, fmt, fmtRatio, goal, row } from './benchRow.ts';
import { benchQueries } from './benchQueries.ts';
import { compareSideBySide } from './compareSideBySide.ts';
import { corpusIndexPaths } from './corpusIndexes.ts';
import { MemoEmbedder } from './memoEmbedder.ts';
import { repeatInterleaved } from './repeatInterleaved.ts';
import { sotuDocuments } from './sotuCorpus.ts';
import { removeDatabase } from './removeDatabase.ts';
import { SECTION_TITLES } from './sectionTitles.ts';

const SECTION = SECTION_TITLES.peer;
const FASTER = goal('minRatio', '>=', 1, 'briefbot faster');
/**
 * Orama drops vector matches under this cosine (its default, 0.8, would drop every random
 * vector). 0.1 keeps about 2.5% of random unit vectors in 384 dimensions, a few hundred
 * passages: the same order as briefbot's 100 cosine candidates.
 */
const ORAMA_SIMILARITY = 0.1;

const SCHEMA = { text: 'string', file: 'string', embedding: `vector[${VECTOR_DIMENSION}]` } as const;

/**
 * Orama (in-memory, BM25 + brute-force vectors, hybrid) against briefbot on the same SOTU
 * passages and the same vectors. Build: from passages already chunked and vectors already
 * computed to searchable (briefbot: applyChanges + saveEmbeddings + SearchIndex.load into a fresh
 * file; Orama: create + insertMultiple). Query: briefbot's answerQuestion (what Briefbot.ask
 * runs) against Orama's search, both given the query's vector from the same memo, so neither
 * pays for embedding it.
 */
export async function oramaPeer(options: { queries: number; reps: number }): Promise<BenchRow[]> {
  const embedder = new MemoEmbedder(await loadShapeEmbedder(true));
  const model = embedder.key;
  const documents = sotuDocuments();
  const vectorOf = readVectors(corpusIndexPaths('sotu').hybridIndex, model);
  const entries = [...vectorOf].map(([hash, vector]) => ({ hash, vector }));
  const oramaDocs = documents.flatMap((doc) =>
    doc.passages.map((passage) => ({
      text: indexedText(passage),
      file: doc.file,
      embedding: Array.from(vectorOf.get(textHash(indexedText(passage))) ?? new Float32Array(VECTOR_DIMENSION)),
    })),
  );
  const buildFile = path.join(DATA_DIR, 'peer-briefbot.db');

  const timings = await repeatInterleaved(
    [
      {
        name: 'briefbot',
        prepare: () => removeDatabase(buildFile),
        run: () => {
          const store = IndexStore.open(buildFile);
          store.applyChanges({ upserts: documents, removals: [], model });
          store.saveEmbeddings(model, entries);
          const loaded = SearchIndex.load(store, embedder);
          store.close();
          if (loaded.mode !== 'hybrid') throw new Error('briefbot peer index did not load its vectors');
        },
      },
      {
        name: 'orama',
        run: async () => {
          const db = create({ schema: SCHEMA });
          await insertMultiple(db, oramaDocs, 1000);
        },
      },
    ],
    { reps: options.reps, warmup: 0 },
  );
  removeDatabase(buildFile);
  const buildMs = (name: string) => timings.get(name)?.median ?? Number.NaN;

  const store = IndexStore.open(corpusIndexPaths('sotu').hybridIndex);
  const keywordIndex = SearchIndex.load(store, null);
  const hybridIndex = SearchIndex.load(store, embedder);
  const db = create({ schema: SCHEMA });
  await insertMultiple(db, oramaDocs, 1000);
  const queries = await benchQueries(options.queries);
  const results = await compareSideBySide(
    [
      { name: 'briefbot keyword', run: (q: string) => answerQuestion(keywordIndex, q) },
      {
        name: 'orama keyword',
        run: (q: string) => search(db, { term: q, limit: 3 }),
      },
      { name: 'briefbot hybrid', run: (q: string) => answerQuestion(hybridIndex, q) },
      {
        name: 'orama hybrid',
        run: async (q: string) => {
          const [vector] = await embedder.embed([q]);
          await search(db, {
            mode: 'hybrid',
            term: q,
            limit: 3,
            similarity: ORAMA_SIMILARITY,
            vector: { value: Array.from(vector ?? []), property: 'embedding' },
          });
        },
      },
    ],
    queries,
    { warmup: 20 },
  );
  store.close();
  let oramaHits = 0;
  for (const q of queries) oramaHits += (await search(db, { term: q, limit: 3 })).count > 0 ? 1 : 0;

  const latencyRow = (kind: 'keyword' | 'hybrid'): BenchRow => {
    const ours = results.get(`briefbot ${kind}`);
    const theirs = results.get(`orama ${kind}`);
    if (!ours || !theirs) throw new Error('missing measurements');
    const ratioP50 = theirs.p50 / ours.p50;
    const ratioP99 = theirs.p99 / ours.p99;
    return row({
      id: `peer.orama.${kind}`,
      section: SECTION,
      label: `query ${kind}: Orama ÷ briefbot`,
      values: {
        ratioP50,
        ratioP99,
        minRatio: Math.min(ratioP50, ratioP99),
        briefbotP50: ours.p50,
        briefbotP99: ours.p99,
        oramaP50: theirs.p50,
        oramaP99: theirs.p99,
      },
      display: `p50 ${fmtRatio(ratioP50)} · p99 ${fmtRatio(ratioP99)}`,
      goal: FASTER,
      note: `briefbot p50 ${fmt(ours.p50, 'ms')} p99 ${fmt(ours.p99, 'ms')}; Orama p50 ${fmt(theirs.p50, 'ms')} p99 ${fmt(theirs.p99, 'ms')}; n=${ours.n}, query vectors memoised${kind === 'hybrid' ? `, Orama similarity ≥ ${ORAMA_SIMILARITY}` : ''}`,
    });
  };
  const buildRatio = buildMs('orama') / buildMs('briefbot');
  return [
    row({
      id: 'peer.orama.build',
      section: SECTION,
      label: `build from ${fmt(oramaDocs.length)} chunked passages + vectors: Orama ÷ briefbot`,
      values: { minRatio: buildRatio, briefbotMs: buildMs('briefbot'), oramaMs: buildMs('orama') },
      display: fmtRatio(buildRatio),
      goal: FASTER,
      note: `briefbot ${fmt(buildMs('briefbot') / 1000, 's')} (SQLite file with terms and vectors, then loaded), Orama ${fmt(buildMs('orama') / 1000, 's')} (in memory); median of ${options.reps}`,
    }),
    latencyRow('keyword'),
    latencyRow('hybrid'),
    row({
      id: 'peer.orama.sanity',
      section: SECTION,
      label: 'Orama keyword queries with hits',
      values: { withHits: oramaHits },
      display: `${oramaHits} of ${results.get('orama keyword')?.n ?? 0}`,
      goal: null,
      note: 'Orama tokenizer defaults (no stemming, no stopwords)',
    }),
  ];
}

/** text hash → vector of the passages in an index file, for one model. */
function readVectors(indexPath: string, model: string): Map<string, Float32Array> {
  const store = IndexStore.open(indexPath);
  try {
    const stored = store.loadVectors(model);
    if (!stored) throw new Error(`${indexPath} has no vectors for ${model}`);
    const passages = store.passages([...stored.ids]);
    const rowOf = new Map([...stored.ids].map((id, row) => [id, row]));
    const vectors = new Map<string, Float32Array>();
    for (const passage of passages) {
      const row = rowOf.get(passage.id);
      if (row === undefined) continue;
      vectors.set(
        textHash(indexedText(passage)),
        stored.matrix.slice(row * stored.dimension, (row + 1) * stored.dimension),
      );
    }
    return vectors;
  } finally {
    store.close();
  }
}
