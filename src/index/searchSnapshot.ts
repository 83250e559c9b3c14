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

/**
 * What search holds in memory (SearchData), for a model: from the snapshot beside the index file
 * when it was written from this very version of the index (for this model, or for keyword search),
 * else read from the index and the snapshot written for the next start. A snapshot is typed arrays
 * laid end to end after a JSON header: read straight into the arrays search keeps, in one
 * sequential pass (a large index from a cold disk loads at the disk's sequential speed, not at the
 * speed of the scattered reads that walking SQLite's tables costs), and never held twice.
 */
export function loadSearchData(
  store: IndexStore,
  model: Pick<Embedder, 'key' | 'dimension'> | null,
  read: () => SearchData,
): SearchData {
  const file = store.file === null ? null : snapshotPath(store.file);
  if (file === null) return read();
  const version = store.searchVersion();
  const snapshot = readSearchSnapshot(file, version, model);
  if (snapshot) return snapshot;
  const data = read();
  writeSearchSnapshot(file, version, model, data);
  return data;
}

/** The snapshot, or null when it is missing, unreadable, of another version of the index, or without this model's vectors. */
export function readSearchSnapshot(
  file: string,
  version: string,
  model: Pick<Embedder, 'key' | 'dimension'> | null,
): SearchData | null {
  let handle: number;
  try {
    handle = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const header = readHeader(handle);
    if (!header || header.format !== SNAPSHOT_FORMAT || header.schema !== SCHEMA_VERSION || header.version !== version)
      return null;
    if (fs.fstatSync(handle).size !== header.bytes) return null;
    const wantsVectors = model !== null;
    if (wantsVectors && (header.model?.key !== model.key || header.model.dimension !== model.dimension)) return null;
    const hasVectors = header.arrays.some((array) => array.name === 'quantized');
    const arrays = new Map<ArrayName, ArrayBufferView>();
    for (const { name, offset, length } of header.arrays) {
      if (!wantsVectors && VECTOR_ARRAYS.includes(name)) continue;
      const array = new ARRAY_TYPES[name](length);
      readFully(handle, new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
      arrays.set(name, array);
    }
    const get = <N extends ArrayName>(name: N) => {
      const array = arrays.get(name);
      if (!array) throw new Error(`the search snapshot has no ${name}`);
      return array as InstanceType<(typeof ARRAY_TYPES)[N]>;
    };
    const terms = new TextDecoder().decode(get('vocabularyTerms'));
    const vocabularyIds = get('vocabularyIds');
    const vocabulary = new Map<string, number>();
    if (terms.length > 0) terms.split('\n').forEach((term, i) => vocabulary.set(term, vocabularyIds[i]!));
    return {
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
        wantsVectors && hasVectors && header.model
          ? { quantized: { matrix: get('quantized'), scale: header.model.scale }, vectorIds: get('vectorIds') }
          : null,
      withoutVector: wantsVectors ? (header.model?.withoutVector ?? null) : null,
    };
  } catch {
    // A damaged or half-written snapshot is only a slower start: the index has everything.
    return null;
  } finally {
    fs.closeSync(handle);
  }
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

function readHeader(handle: number): SnapshotHeader | null {
  const start = Buffer.alloc(64 * 1024);
  const read = fs.readSync(handle, start, 0, start.byteLength, 0);
  const text = start.subarray(0, read).toString('utf8');
  if (!text.startsWith(MAGIC)) return null;
  const end = text.indexOf('\n', MAGIC.length);
  if (end < 0) return null;
  return JSON.parse(text.slice(MAGIC.length, end)) as SnapshotHeader;
}

/** Sequential reads of up to 64 MB: one syscall per chunk, the whole array in order. */
function readFully(handle: number, target: Uint8Array, position: number): void {
  for (let done = 0; done < target.byteLength; ) {
    const read = fs.readSync(
      handle,
      target,
      done,
      Math.min(target.byteLength - done, 64 * 1024 * 1024),
      position + done,
    );
    if (read === 0) throw new Error('the search snapshot ends early');
    done += read;
  }
}
