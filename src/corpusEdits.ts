import { distance } from 'fastest-levenshtein';
import type { Addition, AdditionRecords, SourceRecord } from './corpus/additionRecords.ts';
import { addToCorpus, type IncomingFile } from './corpus/addToCorpus.ts';
import { moveToTrash } from './corpus/moveToTrash.ts';
import { UserError } from './errors.ts';
import { MAX_FILE_BYTES } from './index/indexCorpus.ts';
import type { IndexStore } from './index/indexStore.ts';
import type { Logger } from './logger.ts';

/** Who changes the corpus: a Discord user (id, name) or the local user of the CLI. */
export interface Editor {
  id: string;
  name: string;
  via: Addition['via'];
}

/** What an addition or removal needs of the briefbot; the store is read at each use (the background check may replace it). */
export interface CorpusEditContext {
  store(): IndexStore;
  sources(): SourceRecord[];
  reindex(): Promise<unknown>;
  additions: AdditionRecords;
  logger: Logger;
  corpusDir: string;
  trashDir: string;
}

/** A document of the corpus by its file name; nothing outside the corpus can be named. */
export function documentNamed(store: IndexStore, name: string): string {
  const files = store.documents().map((doc) => doc.file);
  const exact =
    files.find((file) => file === name) ?? files.find((file) => file.toLowerCase() === name.trim().toLowerCase());
  if (exact) return exact;
  const closest = [...files].sort((a, b) => distance(a, name) - distance(b, name)).slice(0, 3);
  throw new UserError(
    `No document named "${name}" in the corpus.${closest.length ? ` Did you mean: ${closest.join(', ')}?` : ''}`,
  );
}

export async function addDocument(
  context: CorpusEditContext,
  incoming: IncomingFile,
  by: Editor,
): Promise<SourceRecord> {
  const knownHashes = new Map(
    context
      .store()
      .documents()
      .map((doc) => [doc.hash, doc.file]),
  );
  const stored = await addToCorpus(incoming, {
    corpusDir: context.corpusDir,
    maxBytes: MAX_FILE_BYTES,
    knownHashes,
  });
  const added: Addition = {
    by: { id: by.id, name: by.name },
    via: by.via,
    at: new Date().toISOString(),
    hash: stored.hash,
  };
  context.additions.record(stored.file, added);
  context.logger.info(
    { userId: by.id, user: by.name, via: by.via, file: stored.file, hash: stored.hash, bytes: stored.bytes },
    `document added: ${stored.file}`,
  );
  await context.reindex();
  const doc = context
    .store()
    .documents()
    .find((candidate) => candidate.file === stored.file);
  // The loader read it before it was stored; only a change made meanwhile by someone else could get here.
  if (!doc) throw new Error(`${stored.file} was stored but is not in the index`);
  return { ...doc, added };
}

export async function removeDocument(context: CorpusEditContext, file: string, by: Editor): Promise<SourceRecord> {
  const name = documentNamed(context.store(), file);
  const doc = context.sources().find((candidate) => candidate.file === name);
  if (!doc) throw new UserError(`No document named "${file}" in the corpus.`);
  const trashed = await moveToTrash(context.corpusDir, name, context.trashDir);
  context.additions.forget(name);
  context.logger.info(
    { userId: by.id, user: by.name, via: by.via, file: name, hash: doc.hash, trashed },
    `document removed: ${name}`,
  );
  await context.reindex();
  return doc;
}
