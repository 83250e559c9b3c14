import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/corpus/chunkDocument.ts';
import { decodeText } from '../../src/corpus/decodeText.ts';
import { loadDocument } from '../../src/corpus/loadDocument.ts';

const TEXT = 'Prices rose by 5 € a sack.\r\n\r\nOfficials said “nobody” was hurt, it’s said.\r\n';
const EXPECTED = 'Prices rose by 5 € a sack.\n\nOfficials said “nobody” was hurt, it’s said.\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
}

/** Text → bytes in a single-byte encoding, by inverting Node's decoder for it. */
function encodeAs(encoding: string, text: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text], (char) => {
    const byte = byteOf.get(char);
    if (byte === undefined) throw new Error(`${char} is not in ${encoding}`);
    return byte;
  });
}

describe('decodeText', () => {
  it('reads Windows-1252: curly quotes 0x91–0x94 and € 0x80', () => {
    const bytes = Buffer.from([
      ...Buffer.from('Prices rose by 5 ', 'latin1'),
      0x80,
      ...Buffer.from(' a sack.\r\n\r\nOfficials said ', 'latin1'),
      0x93,
      ...Buffer.from('nobody', 'latin1'),
      0x94,
      ...Buffer.from(' was hurt, it', 'latin1'),
      0x92,
      ...Buffer.from('s said.\r\n', 'latin1'),
    ]);
    expect(decodeText(bytes)).toEqual({ text: EXPECTED, encoding: 'windows-1252' });
    expect(decodeText(Buffer.from([0x91, 0x61, 0x92, 0x20, 0xe9, 0x74, 0xe9])).text).toBe('‘a’ été');
  });

  it('recognises the legacy encodings of other scripts: windows-1251 (Cyrillic), windows-1256 (Arabic), KOI8-R', async () => {
    const cyrillic =
      'Москва поддерживает Хафтара, сообщили источники в Триполи.\n\nПереговоры в Женеве продолжатся в пятницу.\n';
    const arabic = 'قالت مصادر في طرابلس إن موسكو تدعم حفتر.\n\nستستأنف المحادثات في جنيف يوم الجمعة.\n';
    expect(decodeText(encodeAs('windows-1251', cyrillic))).toEqual({ text: cyrillic, encoding: 'windows-1251' });
    expect(decodeText(encodeAs('windows-1256', arabic))).toEqual({ text: arabic, encoding: 'windows-1256' });
    expect(decodeText(encodeAs('koi8-r', cyrillic))).toEqual({ text: cyrillic, encoding: 'koi8-r' });
    const doc = await loadDocument('wire.txt', encodeAs('windows-1251', cyrillic));
    expect(doc.passages.map((p) => p.text)).toContain('Переговоры в Женеве продолжатся в пятницу.');
    // Latin text is still read as Windows-1252, however short.
    expect(decodeText(encodeAs('windows-1252', 'Café naïve, à Genève.'))).toEqual({
      text: 'Café naïve, à Genève.',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-8 with a BOM, and UTF-16 LE and BE with theirs', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({
      text: EXPECTED,
      encoding: 'utf-8',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]))).toEqual({
      text: EXPECTED,
      encoding: 'utf-16le',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]))).toEqual({
      text: EXPECTED,
      encoding: 'utf-16be',
    });
  });

  it('keeps line numbers right after decoding (CRLF, CR, BOM)', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Headline\r\n\r\nFirst line\r\nsecond line.\r\rThird.', 'utf16le'),
    ]);
    const doc = chunkDocument('a.txt', decodeText(bytes).text);
    expect(doc.passages.map((p) => [p.text, p.lineStart, p.lineEnd])).toEqual([
      ['Headline', 1, 1],
      ['First line\nsecond line.', 3, 4],
      ['Third.', 6, 6],
    ]);
  });

  it('names what is wrong with what it cannot read', () => {
    expect(() => decodeText(Buffer.alloc(0))).toThrow('empty file');
    expect(() => decodeText(Buffer.from(' \n\t\n'))).toThrow('empty file (only white space)');
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(
      'binary file (NUL bytes), not text',
    );
    // Not UTF-8, and as Windows-1252 full of control characters: neither.
    expect(() => decodeText(Buffer.from([0xc3, 0x28, 0x01, 0x02, 0x03, 0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toThrow(
      'neither valid UTF-8 nor Windows-1252',
    );
    expect(() => decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toThrow(
      'not valid UTF-8 text despite its byte-order mark',
    );
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toThrow('not valid UTF-16LE text');
    expect(() =>
      decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\u0000\u0001\u0002b', 'utf16le')])),
    ).toThrow('binary file, not text');
  });

  it('decodes an HTML page in the charset it declares when it is not UTF-8', async () => {
    const sentence = 'Αθήνα: οι συνομιλίες συνεχίζονται σήμερα στη Γενεύη με τις δύο αντιπροσωπείες παρούσες.';
    const html = `<html><head><meta charset="iso-8859-7"><title>x</title></head><body><article><p>${sentence}</p></article></body></html>`;
    const greek = new Map([...'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωςάέήίόύώ'].map((c) => [c, 0]));
    // ISO-8859-7 bytes, built from Node's own decoder so the test needs no table.
    const decoder = new TextDecoder('iso-8859-7');
    for (let byte = 0xa0; byte <= 0xff; byte++) {
      const char = decoder.decode(Uint8Array.of(byte));
      if (greek.has(char)) greek.set(char, byte);
    }
    const bytes = Uint8Array.from([...html].map((c) => greek.get(c) || c.charCodeAt(0)));
    const doc = await loadDocument('athens.html', bytes);
    expect(doc.passages.map((p) => p.text)).toContain(sentence);
  });
});
