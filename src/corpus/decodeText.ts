import { createRequire } from 'node:module';
import { UserError } from '../errors.ts';

/** What the bytes were read as; a label a document declared (HTML's charset) when that was used. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | (string & {});

export interface DecodedText {
  /** The text with line breaks normalised to '\n' and no byte-order mark: lines as citations count them. */
  text: string;
  encoding: TextEncoding;
}

/**
 * Control characters that do not occur in text files (C0 except tab, line feed, vertical tab,
 * form feed, carriage return, escape and the DOS end-of-file mark; all of C1). Windows-1252
 * decodes its five unassigned bytes (0x81 0x8D 0x8F 0x90 0x9D) to C1 characters, so they are
 * caught here too.
 */
const NON_TEXT_CONTROL = /[\u0000-\u0008\u000E-\u0019\u001C-\u001F\u007F-\u009F]/g;
/** A stray control character or two is tolerated (old files carry them); more means binary. */
const MAX_CONTROL_SHARE = 0.001;

/**
 * A text file's bytes → its text. A byte-order mark decides (UTF-8, UTF-16 LE/BE); without one,
 * NUL bytes mean binary, bytes that are valid UTF-8 are UTF-8, and anything else is read as
 * the encoding the document declares (an HTML page's charset) when Node knows it, else the legacy
 * encoding of another script that chardet recognises (windows-1251, windows-1256, …), else
 * Windows-1252 (the usual encoding of legacy Western text, a superset of Latin-1's printable
 * range) unless that yields control characters. Throws a UserError naming what is wrong.
 */
export function decodeText(bytes: Uint8Array, options: { declaredEncoding?: string | null } = {}): DecodedText {
  if (bytes.length === 0) throw new UserError('empty file');
  const { text, encoding } = decodeBytes(bytes, options.declaredEncoding ?? null);
  if (tooManyControls(text)) {
    throw new UserError(
      encoding === 'windows-1252' ? 'not text: neither valid UTF-8 nor Windows-1252' : 'binary file, not text',
    );
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw new UserError('empty file (only white space)');
  return { text: normalised, encoding };
}

function tooManyControls(text: string): boolean {
  return (text.match(NON_TEXT_CONTROL)?.length ?? 0) > Math.max(1, text.length * MAX_CONTROL_SHARE);
}

function decodeBytes(bytes: Uint8Array, declared: string | null): { text: string; encoding: TextEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: strictDecode('utf-8', bytes), encoding: 'utf-8' };
  // UTF-32 LE starts with FF FE 00 00 too; it then decodes with NULs and is refused as binary.
  if (startsWith(bytes, [0xff, 0xfe])) return { text: strictDecode('utf-16le', bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: strictDecode('utf-16be', bytes), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new UserError('binary file (NUL bytes), not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const declaredDecoder = decoderFor(declared);
    if (declaredDecoder && declaredDecoder.encoding !== 'utf-8' && declaredDecoder.encoding !== 'windows-1252') {
      return { text: declaredDecoder.decode(bytes), encoding: declaredDecoder.encoding };
    }
    const detected = detectedNonLatinDecoder(bytes);
    if (detected) return detected;
    // Not UTF-8: Windows-1252 maps every byte, so the control-character check decides.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Encodings chardet names for text in the Latin alphabet: read as Windows-1252, its superset for
 * Western text. Short Latin texts are often guessed as Latin-2 or Turkish; trusting that guess
 * would turn a French é into another letter.
 */
const LATIN_GUESSES = /^(ASCII|UTF-8|ISO-8859-(1|2|9|15)|windows-125[0248])$/i;
/** Below this (chardet's 0–100 scale) a guess is noise. */
const MIN_CONFIDENCE = 10;

/**
 * A file in another script's legacy encoding (Cyrillic windows-1251 or KOI8-R, Arabic
 * windows-1256, Greek, Hebrew, Shift_JIS, GB18030, …), as chardet's statistics see it, decoded
 * with it; null when the text looks Latin, the guess is weak, or the bytes do not decode to text.
 */
function detectedNonLatinDecoder(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  // Loaded at the first file whose encoding is in doubt: a start that indexes nothing never loads it.
  const { analyse } = createRequire(import.meta.url)('chardet') as typeof import('chardet');
  const best = analyse(bytes)[0];
  if (!best || best.confidence < MIN_CONFIDENCE || LATIN_GUESSES.test(best.name)) return null;
  try {
    const decoder = new TextDecoder(best.name, { fatal: true });
    const text = decoder.decode(bytes);
    // Binary bytes get a guess too: what then reads as control characters was no text in it.
    return tooManyControls(text) ? null : { text, encoding: decoder.encoding };
  } catch {
    return null; // an encoding Node does not know, or bytes that are not valid in it
  }
}

/** Decodes with the mark in place (TextDecoder drops it) and fails on malformed sequences. */
function strictDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`not valid ${encoding.toUpperCase()} text despite its byte-order mark`);
  }
}

/** A decoder for an encoding label, or null when Node does not know the label. */
function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null; // RangeError: an unknown label; read the file as if it declared nothing
  }
}

/**
 * Windows-1252 is Latin-1 but for 0x80–0x9F, where it has € and curly quotes. Decoded here rather
 * than by TextDecoder('windows-1252'): Node 20.18.3 and later take a Latin-1 fast path for that
 * label and return C1 controls for those bytes (nodejs/node#56542, #60888).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  // The five bytes Windows-1252 leaves unassigned stay C1 controls, as the WHATWG decoder has them.
  return latin1.replace(/[\u0080-\u009f]/g, (char) => {
    const code = char.charCodeAt(0);
    return String.fromCharCode(WINDOWS_1252_HIGH[code - 0x80] ?? code);
  });
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
