import { UserError } from '../errors.ts';

/**
 * A file's bytes → its text, as the citations count lines. Line breaks are normalised to '\n'
 * (CRLF and CR files keep their line numbers); a byte-order mark is dropped.
 */
export function readDocumentText(file: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new UserError(`${file}: empty file`);
  if (bytes.includes(0)) throw new UserError(`${file}: binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${file}: not valid UTF-8 text`);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
