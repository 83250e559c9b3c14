import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { chunkDocument } from '../corpus/chunkDocument.ts';
import { listCorpusFiles } from '../corpus/listCorpusFiles.ts';
import { readDocumentText } from '../corpus/readDocumentText.ts';
import { isUserError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Embedder } from './embedder.ts';
import { type IndexedDocument, type IndexStore, indexedText, textHash } from './indexStore.ts';

export interface IndexReport {
  documents: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  skipped: { file: string; reason: string }[];
  passages: number;
  embedded: number;
  model: string | null;
  milliseconds: number;
}

export interface IndexProgress {
  start(total: number): void;
  advance(done: number): void;
  stop(): void;
}

/** Vectors are committed in slices of this many, so a long embedding run keeps its progress. */
const EMBED_SLICE = 256;

/**
 * Brings the index up to date with the corpus folder: new and changed files (by content hash)
 * are chunked and indexed, removed ones dropped, and only passage texts without a vector for
 * the current model are embedded. The documents switch over in one transaction at the end.
 */
export async function indexCorpus(
  deps: { corpusDir: string; store: IndexStore; embedder: Embedder | null; logger: Logger; progress?: IndexProgress },
): Promise<IndexReport> {
  const { corpusDir, store, embedder, logger } = deps;
  const started = performance.now();
  const known = new Map(store.documents().map((doc) => [doc.file, doc.hash]));
  const files = await listCorpusFiles(corpusDir);
  const report: IndexReport = {
    documents: 0, added: 0, changed: 0, removed: 0, unchanged: 0, skipped: [], passages: 0, embedded: 0,
    model: embedder?.modelId ?? null, milliseconds: 0,
  };

  const upserts: IndexedDocument[] = [];
  const seen = new Set<string>();
  for (const { file, absolutePath } of files) {
    try {
      const bytes = await fs.readFile(absolutePath);
      const hash = createHash('sha256').update(bytes).digest('hex');
      seen.add(file);
      if (known.get(file) === hash) {
        report.unchanged += 1;
        continue;
      }
      const chunked = chunkDocument(file, readDocumentText(file, bytes));
      if (chunked.passages.length === 0) throw new Error('no text to index');
      upserts.push({ ...chunked, hash });
      if (known.has(file)) report.changed += 1;
      else report.added += 1;
    } catch (error) {
      const reason = isUserError(error) || error instanceof Error ? error.message : String(error);
      report.skipped.push({ file, reason });
      logger.warn({ file, reason }, 'skipped a file that cannot be indexed');
      // A file that turned unreadable keeps its previous index rather than vanishing.
      if (known.has(file)) seen.add(file);
    }
  }
  const removals = [...known.keys()].filter((file) => !seen.has(file));
  report.removed = removals.length;

  if (embedder) report.embedded = await embedMissing(store, embedder, upserts, removals, deps.progress);
  store.applyChanges({ upserts, removals, model: embedder?.modelId ?? null });

  const documents = store.documents();
  report.documents = documents.length;
  report.passages = documents.reduce((sum, doc) => sum + doc.passages, 0);
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}

async function embedMissing(
  store: IndexStore, embedder: Embedder, upserts: IndexedDocument[], removals: string[], progress?: IndexProgress,
): Promise<number> {
  const replaced = new Set([...removals, ...upserts.map((doc) => doc.file)]);
  const missingByHash = new Map<string, string>();
  for (const passage of store.passagesWithoutVector(embedder.modelId)) {
    if (!replaced.has(passage.file)) missingByHash.set(passage.hash, passage.text);
  }
  const incoming = new Map<string, string>();
  for (const doc of upserts) for (const passage of doc.passages) incoming.set(textHash(indexedText(passage)), indexedText(passage));
  const present = store.embeddedHashes(embedder.modelId, [...incoming.keys()]);
  for (const [hash, text] of incoming) if (!present.has(hash)) missingByHash.set(hash, text);
  const missing = [...missingByHash];
  if (missing.length === 0) return 0;
  progress?.start(missing.length);
  try {
    for (let start = 0; start < missing.length; start += EMBED_SLICE) {
      const slice = missing.slice(start, start + EMBED_SLICE);
      const vectors = await embedder.embed(slice.map(([, text]) => text));
      store.saveEmbeddings(embedder.modelId, slice.map(([hash], i) => ({ hash, vector: vectors[i] ?? new Float32Array() })));
      progress?.advance(Math.min(start + EMBED_SLICE, missing.length));
    }
  } finally {
    progress?.stop();
  }
  return missing.length;
}
