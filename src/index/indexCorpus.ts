import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import { formatSize } from '../corpus/formatSize.ts';
import { loadDocument } from '../corpus/loadDocument.ts';
import { scanCorpus } from '../corpus/scanCorpus.ts';
import { isUserError, UserError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Embedder } from './embedder.ts';
import { indexedText } from './indexedText.ts';
import type { IndexedDocument, IndexStore } from './indexStore.ts';
import { textHash } from './textHash.ts';

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
export async function indexCorpus(deps: {
  corpusDir: string;
  store: IndexStore;
  embedder: Embedder | null;
  logger: Logger;
  progress?: IndexProgress;
  maxFileBytes?: number;
  /** The time a file is read at, against which its stamp is judged settled (tests move it on). */
  clock?: () => number;
}): Promise<IndexReport> {
  const { store, embedder, logger } = deps;
  const started = performance.now();
  const comparison = await compareCorpus(deps);
  const report = emptyReport(embedder);
  const skip = (file: string, reason: string) => {
    report.skipped.push({ file, reason });
    warnSkipped(logger, { file, reason });
  };

  const upserts: IndexedDocument[] = [];
  for await (const check of comparison.checks) {
    if (check.state === 'unchanged') report.unchanged += 1;
    else if (check.state === 'skipped') skip(check.file, check.reason);
    else {
      try {
        upserts.push({
          ...(await loadDocument(check.file, check.bytes)),
          hash: check.hash,
          fileStamp: check.fileStamp,
        });
        report[check.state] += 1;
      } catch (error) {
        skip(check.file, skipReason(error));
      }
    }
  }
  report.removed = comparison.removals.length;

  if (embedder) report.embedded = await embedMissing(store, embedder, upserts, comparison.removals, deps.progress);
  store.applyChanges({ upserts, removals: comparison.removals, model: embedder?.key ?? null });
  store.restampFiles(comparison.restamps);
  return finishReport(report, store, started);
}

/**
 * The report of a run with nothing to do, or null when a run would have work: a file added,
 * changed or removed (by content hash), or a passage without a vector for the embedder. Files
 * are read and hashed but not parsed, and the first change ends the check: cheaper than starting
 * the indexing worker (a thread, tsx, a second connection) to find the corpus as indexed.
 */
export async function reportIfUnchanged(deps: {
  corpusDir: string;
  store: IndexStore;
  embedder: Pick<Embedder, 'modelId' | 'key'> | null;
  logger: Logger;
  maxFileBytes?: number;
  clock?: () => number;
  /** When the caller knows it (its search index counted them): asking the index reads an entry per passage. */
  passagesWithoutVector?: number | null;
}): Promise<IndexReport | null> {
  const { store, embedder, logger } = deps;
  const started = performance.now();
  const comparison = await compareCorpus(deps);
  if (comparison.removals.length > 0) return null;
  const report = emptyReport(embedder);
  for await (const check of comparison.checks) {
    if (check.state === 'unchanged') report.unchanged += 1;
    else if (check.state === 'skipped') report.skipped.push({ file: check.file, reason: check.reason });
    else return null;
  }
  if (embedder) {
    const withoutVector = deps.passagesWithoutVector ?? store.passagesWithoutVector(embedder.key).length;
    if (withoutVector > 0) return null;
  }
  // Touched but unchanged: not read again at the next start.
  store.restampFiles(comparison.restamps);
  // Said here only when no worker runs: a worker run says it itself.
  for (const skipped of report.skipped) warnSkipped(logger, skipped);
  return finishReport(report, store, started);
}

/** How one corpus file stands against the index; its bytes come along when it needs indexing. */
type FileCheck =
  | { file: string; state: 'unchanged' }
  | { file: string; state: 'added' | 'changed'; bytes: Buffer; hash: string; fileStamp: string | null }
  | { file: string; state: 'skipped'; reason: string };

/**
 * A stamp newer than this when the file was read is not trusted: a write in the same tick of a
 * coarse clock (FAT keeps 2 s) could follow the read and leave size and times as they were.
 */
const STAMP_SETTLE_MS = 2000;

/**
 * What says a file is as it was when hashed, without reading it: size, modification and change
 * times, inode. The change time moves with every write and cannot be set back (tools that keep
 * the modification time, `cp -p`, `touch -r`, still move it), and a file replaced by another
 * has another inode. Null when the file changed too recently to tell (STAMP_SETTLE_MS).
 */
function fileStampOf(stat: Stats, readAt: number): string | null {
  if (Math.max(stat.mtimeMs, stat.ctimeMs) > readAt - STAMP_SETTLE_MS) return null;
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}

/**
 * The corpus folder against the index: the files of the index no longer in the folder, and each
 * file's state as the caller iterates (so a caller may stop early). A file whose stamp
 * (fileStampOf) is the one the index kept is unchanged unread; any other is read and hashed, one
 * at a time (no more than one file's bytes are held at once), and one found unchanged goes in
 * `restamps` for the caller to keep. Files refused by the scan come first.
 */
async function compareCorpus(deps: {
  corpusDir: string;
  store: IndexStore;
  maxFileBytes?: number;
  clock?: () => number;
}): Promise<{ removals: string[]; checks: AsyncGenerator<FileCheck>; restamps: [file: string, stamp: string][] }> {
  const { maxFileBytes = MAX_FILE_BYTES, clock = Date.now } = deps;
  const known = deps.store.documentHashes();
  const { files, refused } = await scanCorpus(deps.corpusDir);
  // A file that turned unreadable keeps its previous index rather than vanishing; one refused by
  // the scan (a link leading outside the corpus) is never indexed, so nothing of it is kept.
  const listed = new Set(files.map(({ file }) => file));
  const removals = [...known.keys()].filter((file) => !listed.has(file));
  const restamps: [string, string][] = [];

  async function* checks(): AsyncGenerator<FileCheck> {
    for (const { file, reason } of refused) yield { file, state: 'skipped', reason };
    for (const { file, absolutePath } of files) {
      let check: FileCheck;
      try {
        const readAt = clock();
        const stat = await fs.stat(absolutePath);
        if (stat.size > maxFileBytes)
          throw new UserError(`too large (${formatSize(stat.size)}; the limit is ${formatSize(maxFileBytes)})`);
        const previous = known.get(file);
        const fileStamp = fileStampOf(stat, readAt);
        if (previous && fileStamp !== null && previous.fileStamp === fileStamp) {
          yield { file, state: 'unchanged' };
          continue;
        }
        const bytes = await fs.readFile(absolutePath);
        const hash = createHash('sha256').update(bytes).digest('hex');
        if (previous?.hash === hash) {
          if (fileStamp !== null) restamps.push([file, fileStamp]);
          check = { file, state: 'unchanged' };
        } else check = { file, state: previous === undefined ? 'added' : 'changed', bytes, hash, fileStamp };
      } catch (error) {
        check = { file, state: 'skipped', reason: skipReason(error) };
      }
      yield check;
    }
  }
  return { removals, checks: checks(), restamps };
}

function emptyReport(embedder: Pick<Embedder, 'modelId'> | null): IndexReport {
  return {
    documents: 0,
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    skipped: [],
    passages: 0,
    embedded: 0,
    model: embedder?.modelId ?? null,
    milliseconds: 0,
  };
}

/** One line per skipped file, per run. */
function warnSkipped(logger: Logger, { file, reason }: { file: string; reason: string }): void {
  logger.warn({ file, reason }, `skipped ${file}: ${reason}`);
}

/** Counts what the index now holds. */
function finishReport(report: IndexReport, store: IndexStore, started: number): IndexReport {
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

async function embedMissing(
  store: IndexStore,
  embedder: Embedder,
  upserts: IndexedDocument[],
  removals: string[],
  progress?: IndexProgress,
): Promise<number> {
  const replaced = new Set([...removals, ...upserts.map((doc) => doc.file)]);
  const missingByHash = new Map<string, string>();
  for (const passage of store.passagesWithoutVector(embedder.key)) {
    if (!replaced.has(passage.file)) missingByHash.set(passage.hash, passage.text);
  }
  const incoming = new Map<string, string>();
  for (const doc of upserts)
    for (const passage of doc.passages) incoming.set(textHash(indexedText(passage)), indexedText(passage));
  const present = store.embeddedHashes(embedder.key, [...incoming.keys()]);
  for (const [hash, text] of incoming) if (!present.has(hash)) missingByHash.set(hash, text);
  const missing = [...missingByHash];
  if (missing.length === 0) return 0;
  progress?.start(missing.length);
  try {
    for (let start = 0; start < missing.length; start += EMBED_SLICE) {
      const slice = missing.slice(start, start + EMBED_SLICE);
      const vectors = await embedder.embed(slice.map(([, text]) => text));
      store.saveEmbeddings(
        embedder.key,
        slice.map(([hash], i) => ({ hash, vector: vectors[i] ?? new Float32Array() })),
      );
      progress?.advance(Math.min(start + EMBED_SLICE, missing.length));
    }
  } finally {
    progress?.stop();
  }
  return missing.length;
}
