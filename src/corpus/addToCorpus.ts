import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.ts';
import { type DocumentFormat, documentFormat, SUPPORTED_EXTENSIONS } from './documentFormat.ts';
import { formatSize } from './formatSize.ts';
import { loadDocument } from './loadDocument.ts';

/** A file someone hands the bot to add: a Discord attachment, a local file. Its bytes are read only once the checks on what was declared pass. */
export interface IncomingFile {
  /** The name it came with; it becomes the citation name once made safe. */
  name: string;
  /** The size declared before reading (Discord's attachment size, a local file's). */
  size: number;
  /** The declared media type, when there is one. */
  contentType?: string | null;
  /** Reads the bytes; fails rather than return more than `maxBytes`. */
  read(maxBytes: number): Promise<Uint8Array>;
}

export interface StoredFile {
  /** The name in the corpus folder (and in citations). */
  file: string;
  /** SHA-256 of the bytes, as the index records it. */
  hash: string;
  bytes: number;
}

export interface AddToCorpusOptions {
  corpusDir: string;
  maxBytes: number;
  /** The content hash of each document already indexed → its file: the same bytes are not stored twice. */
  knownHashes: ReadonlyMap<string, string>;
}

/** Media types each format may be declared as. A generic binary type leaves the verdict to the loader. */
const MEDIA_TYPES: Readonly<Record<DocumentFormat, readonly string[]>> = {
  text: ['text/plain'],
  markdown: ['text/markdown', 'text/x-markdown', 'text/plain'],
  html: ['text/html', 'application/xhtml+xml'],
  pdf: ['application/pdf', 'application/x-pdf'],
};
const UNTYPED = ['application/octet-stream', 'binary/octet-stream'];

/** Upload temp files: hidden, so neither the scan nor the watcher takes them for documents. */
const TEMP_PREFIX = '.briefbot-upload-';
const MAX_NAME_LENGTH = 100;

/**
 * Adds one file to the corpus folder, or refuses it with a UserError saying why, having written
 * nothing. In order: a safe name, a supported extension, a media type that fits it, a size
 * within the limit (declared, then read), content not already in the corpus, and bytes the
 * corpus loader can read; only then is the file written — to a hidden temporary file, synced,
 * then linked under its name (never over an existing file: a clash gets a "-2" suffix), so the
 * corpus never holds a partial file, even if the process is killed. Indexing is the caller's.
 */
export async function addToCorpus(incoming: IncomingFile, options: AddToCorpusOptions): Promise<StoredFile> {
  const name = corpusFileName(incoming.name);
  const format = documentFormat(name);
  if (format === null) throw new UserError(`${name}: not a supported format (${SUPPORTED_EXTENSIONS.join(', ')}).`);
  checkMediaType(name, format, incoming.contentType);
  checkSize(name, incoming.size, options.maxBytes);
  const bytes = await incoming.read(options.maxBytes);
  checkSize(name, bytes.length, options.maxBytes);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const existing = options.knownHashes.get(hash);
  if (existing !== undefined) throw new UserError(`${name} is already in the corpus, as ${existing}: nothing added.`);
  try {
    // The same reader as indexing, so what is stored can be indexed.
    await loadDocument(name, bytes);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${name} cannot be read: ${error.message}. Nothing added.`);
    throw error;
  }
  await removeStaleTemps(options.corpusDir);
  const file = await writeWithoutOverwrite(options.corpusDir, name, bytes);
  return { file, hash, bytes: bytes.length };
}

/**
 * The name a file is stored under: its own, with control and reserved characters dropped and
 * white space as "_". Refused (rather than repaired) when it names a path or a hidden file: a
 * name like "../x.txt" is a mistake or an attack, and either way the sender should know.
 */
export function corpusFileName(requested: string): string {
  const name = requested.normalize('NFC').trim();
  if (/[/\\]/.test(name) || name === '..')
    throw new UserError(`"${printable(name)}": a file name may not contain a path (/, \\ or ..).`);
  if (name.startsWith('.'))
    throw new UserError(`"${printable(name)}": a file name may not start with a dot (hidden files are not read).`);
  const cleaned = name.replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '').replace(/\s+/g, '_');
  const extension = path.extname(cleaned);
  const stem = cleaned.slice(0, cleaned.length - extension.length).slice(0, MAX_NAME_LENGTH);
  if (stem === '' || stem.startsWith('.'))
    throw new UserError(`"${printable(name)}": the file needs a name before its extension.`);
  return `${stem}${extension.toLowerCase()}`;
}

function checkMediaType(name: string, format: DocumentFormat, declared: string | null | undefined): void {
  const type = declared?.split(';')[0]?.trim().toLowerCase();
  if (!type || UNTYPED.includes(type) || MEDIA_TYPES[format].includes(type)) return;
  throw new UserError(`${name} was sent as ${type}, which is not what its extension says: nothing added.`);
}

function checkSize(name: string, size: number, maxBytes: number): void {
  if (size === 0) throw new UserError(`${name} is empty: nothing added.`);
  if (size > maxBytes)
    throw new UserError(
      `${name} is too large (${formatSize(size)}; the limit is ${formatSize(maxBytes)}): nothing added.`,
    );
}

async function writeWithoutOverwrite(corpusDir: string, name: string, bytes: Uint8Array): Promise<string> {
  const temp = path.join(corpusDir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const extension = path.extname(name);
    const stem = name.slice(0, name.length - extension.length);
    for (let n = 1; n <= 1000; n += 1) {
      const candidate = n === 1 ? name : `${stem}-${n}${extension}`;
      // A hard link appears complete or not at all, and never replaces a file (EEXIST).
      try {
        await fs.link(temp, path.join(corpusDir, candidate));
        return candidate;
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
    }
    throw new UserError(`${name}: too many files of that name in the corpus already.`);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Temp files left by a process killed mid-upload (older than an hour, so none in progress). */
async function removeStaleTemps(corpusDir: string): Promise<void> {
  const hourAgo = Date.now() - 60 * 60_000;
  for (const entry of await fs.readdir(corpusDir)) {
    if (!entry.startsWith(TEMP_PREFIX)) continue;
    const temp = path.join(corpusDir, entry);
    const stat = await fs.stat(temp).catch(() => null);
    if (stat && stat.mtimeMs < hourAgo) await fs.rm(temp, { force: true });
  }
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

/** A name as it may be quoted back: no control characters, not too long. */
function printable(name: string): string {
  const visible = name.replace(/\p{Cc}/gu, '');
  return visible.length > 80 ? `${visible.slice(0, 79)}…` : visible;
}
