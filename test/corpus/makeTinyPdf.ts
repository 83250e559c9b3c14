/**
 * Writes a small, valid PDF for the tests: pages of text lines in Helvetica (a standard font, no
 * embedding), so a fixture is a few lines of code instead of a binary file in the repository.
 */

export interface PdfLine {
  text: string;
  /** Font size in points; 11 unless given. */
  size?: number;
}

export interface TinyPdf {
  /** Each page: its lines top to bottom; '' leaves a blank line (a paragraph gap). */
  pages: (PdfLine | string)[][];
  /** The document information Title, when given. */
  title?: string;
  /** The document information Creator (the authoring tool), when given. */
  creator?: string;
  /** The document information CreationDate, as a PDF date string ("D:20200710140500Z"), when given. */
  created?: string;
}

const PAGE_WIDTH = 420;
const PAGE_HEIGHT = 600;
const MARGIN = 50;
const LEADING = 1.35;

/** Windows-1252 bytes for the characters outside Latin-1 that the fixtures use. */
const WIN_ANSI: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

export function makeTinyPdf(pdf: TinyPdf): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageCount = pdf.pages.length;
  // Objects: 1 catalog, 2 page tree, 3 font, 4 info, then a page and its content per page.
  const pageIds = pdf.pages.map((_, i) => 5 + 2 * i);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageCount} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const title = pdf.title === undefined ? '' : `/Title ${pdfString(pdf.title)} `;
  const creator = pdf.creator === undefined ? '' : `/Creator ${pdfString(pdf.creator)} `;
  const created = pdf.created === undefined ? '' : `/CreationDate ${pdfString(pdf.created)} `;
  add(`<< ${title}${creator}${created}/Producer (briefbot tests) >>`);
  for (const [i, lines] of pdf.pages.entries()) {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${(pageIds[i] ?? 0) + 1} 0 R >>`,
    );
    const content = pageContent(lines);
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out); // all ASCII: offsets in characters are offsets in bytes
}

function pageContent(lines: (PdfLine | string)[]): string {
  let y = PAGE_HEIGHT - MARGIN;
  const operators: string[] = [];
  for (const entry of lines) {
    const line = typeof entry === 'string' ? { text: entry } : entry;
    const size = line.size ?? 11;
    if (line.text !== '')
      operators.push(`BT /F1 ${size} Tf ${MARGIN} ${y.toFixed(2)} Td ${pdfString(line.text)} Tj ET`);
    y -= size * LEADING;
  }
  return operators.join('\n');
}

/** A PDF literal string in WinAnsi, every byte outside printable ASCII written as an octal escape. */
function pdfString(text: string): string {
  let out = '(';
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.codePointAt(0) ?? 0x3f;
    if (code > 0xff) throw new Error(`makeTinyPdf: ${char} is not in WinAnsiEncoding`);
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out})`;
}
