import fs from 'node:fs';
import type { Embedder } from './embedder.ts';
import type { IndexStore } from './indexStore.ts';
import { SCHEMA_VERSION } from './migrateIndex.ts';
import type { SearchData } from './searchIndex.ts';

/** Bumped when the layout below changes: an older snapshot is read from the index instead, and rewritten. */
const SNAPSHOT_FORMAT = 1;
const MAGIC = 'briefbot search\n';

type ArrayName =
  | 'ids'
  | 'documentIds'
  | 'starts'
  | 'rows'
  | 'frequencies'
  | 'lengths'
  | 'vocabularyIds'
  | 'vocabularyTerms'
  | 'quantized'
  | 'vectorIds';
const ARRAY_TYPES = {
  ids: Int32Array,
  documentIds: Int32Array,
  starts: Uint32Array,
  rows: Int32Array,
  frequencies: Uint16Array,
  lengths: Uint32Array,
  vocabularyIds: Uint32Array,
  vocabularyTerms: Uint8Array,
  quantized: Int8Array,
  vectorIds: Int32Array,
} as const;
/** Only what a model's search needs: keyword search reads none of it. */
const VECTOR_ARRAYS: readonly ArrayName[] = ['quantized', 'vectorIds'];

interface SnapshotHeader {
  format: number;
  schema: number;
  /** IndexStore.searchVersion() of the index it was read from. */
  version: string;
  /** The model it was read for (its vectors, when the index had some, are the `quantized` and `vectorIds` arrays), or null (keyword only). */
  model: { key: string; dimension: number; scale: number; withoutVector: number } | null;
  arrays: { name: ArrayName; offset: number; length: number }[];
  bytes: number;
}

/** The snapshot of an index file lies beside it. */
export function snapshotPath(indexPath: string): string {
  return `${indexPath}.search`;
}

type ModelKey = Pick<Embedder, 'key' | 'dimension'>;

/** A snapshot as read from disk, before it is matched with the model that loaded. */
interface SearchSnapshot {
  header: SnapshotHeader;
  /** With the vectors when the snapshot has them and they were asked for. */
  data: SearchData;
}

/**
 * What search holds in memory (SearchData), for a model: from the snapshot beside the index file
 * when it was written from this very version of the index (for this model, or for keyword search),
 * else read from the index and the snapshot written for the next start. A snapshot is typed arrays
 * laid end to end after a JSON header: read straight into the arrays search keeps, in one
 * sequential pass (a large index from a cold disk loads at the disk's sequential speed, not at the
 * speed of the scattered reads that walking SQLite's tables costs), and never held twice.
 */
export function loadSearchData(store: IndexStore, model: ModelKey | null, read: () => SearchData): SearchData {
  const file = store.file === null ? null : snapshotPath(store.file);
  if (file === null) return read();
  const version = store.searchVersion();
  const found = readSearchSnapshot(file, version, model !== null);
  return (found && forModel(found, model)) ?? readAndWrite(file, version, model, read);
}

/**
 * loadSearchData while the model is still loading: the snapshot is read from disk meanwhile
 * (asynchronous reads, on libuv's threads, while the model's loading keeps this thread busy), then
 * matched with the model that loaded. `wantsVectors`: a model is loading (its vectors are read
 * before it is known whether it loads; if it does not, they are dropped). `whenRead` is called
 * with the snapshot's data (null: none current) as soon as it is read, while the model may still load.
 */
export async function loadSearchDataWhileModelLoads<M extends ModelKey | null>(
  store: IndexStore,
  loading: Promise<M>,
  wantsVectors: boolean,
  read: (model: M) => SearchData,
  whenRead?: (data: SearchData | null) => void,
): Promise<SearchData> {
  const file = store.file === null ? null : snapshotPath(store.file);
  if (file === null) {
    whenRead?.(null);
    return read(await loading);
  }
  const version = store.searchVersion();
  const reading = readSearchSnapshotAsync(file, version, wantsVectors).then((found) => {
    whenRead?.(found?.data ?? null);
    return found;
  });
  const [found, model] = await Promise.all([reading, loading]);
  return (found && forModel(found, model)) ?? readAndWrite(file, version, model, () => read(model));
}

function readAndWrite(file: string, version: string, model: ModelKey | null, read: () => SearchData): SearchData {
  const data = read();
  writeSearchSnapshot(file, version, model, data);
  return data;
}

/** The snapshot's data for the model, or null when it was written without this model's vectors. */
function forModel({ header, data }: SearchSnapshot, model: ModelKey | null): SearchData | null {
  if (model === null) return { ...data, vectors: null, withoutVector: null };
  if (header.model?.key !== model.key || header.model.dimension !== model.dimension) return null;
  return data;
}

/** The snapshot, or null when it is missing, unreadable or of another version of the index. */
function readSearchSnapshot(file: string, version: string, wantsVectors: boolean): SearchSnapshot | null {
  let handle: number;
  try {
    handle = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const start = Buffer.alloc(HEADER_READ);
    const header = currentHeader(start.subarray(0, fs.readSync(handle, start, 0, HEADER_READ, 0)), version);
    if (!header || fs.fstatSync(handle).size !== header.bytes) return null;
    const parts = allocate(header, wantsVectors);
    for (const { offset, bytes } of parts)
      for (let done = 0; done < bytes.byteLength; )
        done += readSome(fs.readSync(handle, bytes, done, chunk(bytes, done), offset + done));
    return assemble(header, parts, wantsVectors);
  } catch {
    // A damaged or half-written snapshot is only a slower start: the index has everything.
    return null;
  } finally {
    fs.closeSync(handle);
  }
}

/** readSearchSnapshot with asynchronous reads. */
async function readSearchSnapshotAsync(
  file: string,
  version: string,
  wantsVectors: boolean,
): Promise<SearchSnapshot | null> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch {
    return null;
  }
  try {
    const start = Buffer.alloc(HEADER_READ);
    const header = currentHeader(start.subarray(0, (await handle.read(start, 0, HEADER_READ, 0)).bytesRead), version);
    if (!header || (await handle.stat()).size !== header.bytes) return null;
    const parts = allocate(header, wantsVectors);
    for (const { offset, bytes } of parts)
      for (let done = 0; done < bytes.byteLength; )
        done += readSome((await handle.read(bytes, done, chunk(bytes, done), offset + done)).bytesRead);
    return assemble(header, parts, wantsVectors);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** The header's room is read whole first (see writeSearchSnapshot). */
const HEADER_READ = 64 * 1024;
/** One read of up to 256 MB: the arrays are read in order, each straight into its place. */
const CHUNK = 256 * 1024 * 1024;
const chunk = (bytes: Uint8Array, done: number) => Math.min(bytes.byteLength - done, CHUNK);

function readSome(read: number): number {
  if (read === 0) throw new Error('the search snapshot ends early');
  return read;
}

/** The header, when the bytes start with one of this format, schema and index version. */
function currentHeader(start: Buffer, version: string): SnapshotHeader | null {
  const text = start.toString('utf8');
  if (!text.startsWith(MAGIC)) return null;
  const end = text.indexOf('\n', MAGIC.length);
  if (end < 0) return null;
  const header = JSON.parse(text.slice(MAGIC.length, end)) as SnapshotHeader;
  return header.format === SNAPSHOT_FORMAT && header.schema === SCHEMA_VERSION && header.version === version
    ? header
    : null;
}

interface Part {
  name: ArrayName;
  offset: number;
  array: ArrayBufferView;
  /** The array's own bytes, which the read fills. */
  bytes: Uint8Array;
}

/** The arrays to read, allocated once at their final size (keyword search reads no vectors). */
function allocate(header: SnapshotHeader, wantsVectors: boolean): Part[] {
  return header.arrays
    .filter(({ name }) => wantsVectors || !VECTOR_ARRAYS.includes(name))
    .map(({ name, offset, length }) => {
      const array = new ARRAY_TYPES[name](length);
      return { name, offset, array, bytes: new Uint8Array(array.buffer, array.byteOffset, array.byteLength) };
    });
}

function assemble(header: SnapshotHeader, parts: Part[], wantsVectors: boolean): SearchSnapshot {
  const arrays = new Map(parts.map((part) => [part.name, part.array]));
  const get = <N extends ArrayName>(name: N) => {
    const array = arrays.get(name);
    if (!array) throw new Error(`the search snapshot has no ${name}`);
    return array as InstanceType<(typeof ARRAY_TYPES)[N]>;
  };
  const terms = new TextDecoder().decode(get('vocabularyTerms'));
  const vocabularyIds = get('vocabularyIds');
  const vocabulary = new Map<string, number>();
  if (terms.length > 0) terms.split('\n').forEach((term, i) => vocabulary.set(term, vocabularyIds[i]!));
  const data: SearchData = {
    ids: get('ids'),
    documentIds: get('documentIds'),
    inverted: {
      vocabulary,
      starts: get('starts'),
      rows: get('rows'),
      frequencies: get('frequencies'),
      lengths: get('lengths'),
    },
    vectors:
      wantsVectors && arrays.has('quantized') && header.model
        ? { quantized: { matrix: get('quantized'), scale: header.model.scale }, vectorIds: get('vectorIds') }
        : null,
    withoutVector: header.model?.withoutVector ?? null,
  };
  return { header, data };
}

/**
 * Writes the snapshot under a temporary name, flushed, then renamed over the old one: a reader
 * finds the old snapshot or the new one, whole, whenever a crash comes.
 */
export function writeSearchSnapshot(
  file: string,
  version: string,
  model: Pick<Embedder, 'key' | 'dimension'> | null,
  data: SearchData,
): void {
  const { vocabulary, starts, rows, frequencies, lengths } = data.inverted;
  const vocabularyTerms = new TextEncoder().encode([...vocabulary.keys()].join('\n'));
  const vocabularyIds = Uint32Array.from(vocabulary.values());
  const parts: [ArrayName, ArrayBufferView][] = [
    ['ids', data.ids],
    ['documentIds', data.documentIds],
    ['starts', starts],
    ['rows', rows],
    ['frequencies', frequencies],
    ['lengths', lengths],
    ['vocabularyIds', vocabularyIds],
    ['vocabularyTerms', vocabularyTerms],
    ...(data.vectors
      ? ([
          ['quantized', data.vectors.quantized.matrix],
          ['vectorIds', data.vectors.vectorIds],
        ] as [ArrayName, ArrayBufferView][])
      : []),
  ];
  // The header's own length depends on the offsets: they are counted from a fixed header room.
  const headerRoom = 4096 + 64 * parts.length;
  let offset = headerRoom;
  const arrays = parts.map(([name, array]) => {
    const entry = { name, offset, length: array.byteLength / ARRAY_TYPES[name].BYTES_PER_ELEMENT };
    offset += Math.ceil(array.byteLength / 8) * 8;
    return entry;
  });
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    schema: SCHEMA_VERSION,
    version,
    model: model
      ? {
          key: model.key,
          dimension: model.dimension,
          scale: data.vectors?.quantized.scale ?? 0,
          withoutVector: data.withoutVector ?? data.ids.length,
        }
      : null,
    arrays,
    bytes: offset,
  };
  const headerBytes = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`);
  if (headerBytes.byteLength > headerRoom) throw new Error('search snapshot header too long');
  const partial = `${file}.partial-${process.pid}`;
  const handle = fs.openSync(partial, 'w');
  try {
    fs.writeSync(handle, headerBytes, 0, headerBytes.byteLength, 0);
    parts.forEach(([, array], i) =>
      fs.writeSync(
        handle,
        new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
        0,
        array.byteLength,
        arrays[i]!.offset,
      ),
    );
    fs.ftruncateSync(handle, offset);
    fs.fsyncSync(handle);
  } catch (error) {
    fs.closeSync(handle);
    fs.rmSync(partial, { force: true });
    throw error;
  }
  fs.closeSync(handle);
  fs.renameSync(partial, file);
}
