import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { loadDocument } from '../corpus/loadDocument.ts';
import { scanCorpus } from '../corpus/scanCorpus.ts';
import { isUserError, UserError } from '../errors.ts';
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
 * Files above this size are skipped unread: a news article or report is far smaller, and a huge
 * file (a data dump, a scanned book) would hold the whole run up and flood the index.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Brings the index up to date with the corpus folder: new and changed files (by content hash)
 * are chunked and indexed, removed ones dropped, and only passage texts without a vector for
 * the current model are embedded. The documents switch over in one transaction at the end.
 */
export async function indexCorpus(
  deps: {
    corpusDir: string; store: IndexStore; embedder: Embedder | null; logger: Logger; progress?: IndexProgress;
    maxFileBytes?: number;
  },
): Promise<IndexReport> {
  const { corpusDir, store, embedder, logger, maxFileBytes = MAX_FILE_BYTES } = deps;
  const started = performance.now();
  const known = new Map(store.documents().map((doc) => [doc.file, doc.hash]));
  const { files, refused } = await scanCorpus(corpusDir);
  const report: IndexReport = {
    documents: 0, added: 0, changed: 0, removed: 0, unchanged: 0, skipped: [], passages: 0, embedded: 0,
    model: embedder?.modelId ?? null, milliseconds: 0,
  };

  const skip = (file: string, reason: string) => {
    report.skipped.push({ file, reason });
    logger.warn({ file, reason }, `skipped ${file}: ${reason}`);
  };
  // Refused by the scan (a link leading outside the corpus): never indexed, so nothing is kept.
  for (const { file, reason } of refused) skip(file, reason);

  const upserts: IndexedDocument[] = [];
  const seen = new Set<string>();
  for (const { file, absolutePath } of files) {
    try {
      const { size } = await fs.stat(absolutePath);
      if (size > maxFileBytes) throw new UserError(`too large (${formatSize(size)}; the limit is ${formatSize(maxFileBytes)})`);
      const bytes = await fs.readFile(absolutePath);
      const hash = createHash('sha256').update(bytes).digest('hex');
      seen.add(file);
      if (known.get(file) === hash) {
        report.unchanged += 1;
        continue;
      }
      const chunked = await loadDocument(file, bytes);
      upserts.push({ ...chunked, hash });
      if (known.has(file)) report.changed += 1;
      else report.added += 1;
    } catch (error) {
      skip(file, skipReason(error));
      // A file that turned unreadable keeps its previous index rather than vanishing.
      if (known.has(file)) seen.add(file);
    }
  }
  const removals = [...known.keys()].filter((file) => !seen.has(file));
  report.removed = removals.length;

  if (embedder) report.embedded = await embedMissing(store, embedder, upserts, removals, deps.progress);
  store.applyChanges({ upserts, removals, model: embedder?.key ?? null });

  const documents = store.documents();
  report.documents = documents.length;
  report.passages = documents.reduce((sum, doc) => sum + doc.passages, 0);
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}

/** Why a file could not be indexed, in a few words for the log line (one per file). */
export function skipReason(error: unknown): string {
  if (isUserError(error)) return error.message;
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read the file';
  if (code === 'ENOENT') return 'removed while being indexed';
  if (code === 'EISDIR') return 'a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

async function embedMissing(
  store: IndexStore, embedder: Embedder, upserts: IndexedDocument[], removals: string[], progress?: IndexProgress,
): Promise<number> {
  const replaced = new Set([...removals, ...upserts.map((doc) => doc.file)]);
  const missingByHash = new Map<string, string>();
  for (const passage of store.passagesWithoutVector(embedder.key)) {
    if (!replaced.has(passage.file)) missingByHash.set(passage.hash, passage.text);
  }
  const incoming = new Map<string, string>();
  for (const doc of upserts) for (const passage of doc.passages) incoming.set(textHash(indexedText(passage)), indexedText(passage));
  const present = store.embeddedHashes(embedder.key, [...incoming.keys()]);
  for (const [hash, text] of incoming) if (!present.has(hash)) missingByHash.set(hash, text);
  const missing = [...missingByHash];
  if (missing.length === 0) return 0;
  progress?.start(missing.length);
  try {
    for (let start = 0; start < missing.length; start += EMBED_SLICE) {
      const slice = missing.slice(start, start + EMBED_SLICE);
      const vectors = await embedder.embed(slice.map(([, text]) => text));
      store.saveEmbeddings(embedder.key, slice.map(([hash], i) => ({ hash, vector: vectors[i] ?? new Float32Array() })));
      progress?.advance(Math.min(start + EMBED_SLICE, missing.length));
    }
  } finally {
    progress?.stop();
  }
  return missing.length;
}
