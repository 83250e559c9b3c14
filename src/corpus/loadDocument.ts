import { UserError } from '../errors.ts';
import { type ChunkedDocument, chunkArticle, chunkDocument, titleFromFileName } from './chunkDocument.ts';
import { decodeText } from './decodeText.ts';
import { documentFormat } from './documentFormat.ts';

/**
 * A corpus file's bytes → its passages, by format: text and Markdown as they are, HTML through
 * Readability, PDF page by page. Throws a UserError whose message says in a few words why a file
 * cannot be indexed (indexCorpus skips it with that reason).
 */
export async function loadDocument(file: string, bytes: Uint8Array): Promise<ChunkedDocument> {
  const format = documentFormat(file);
  let document: ChunkedDocument;
  switch (format) {
    case 'text':
    case 'markdown':
      document = chunkDocument(file, decodeText(bytes).text);
      break;
    case 'html': {
      // The HTML and PDF readers (Readability, linkedom, pdf.js) load on first use: most runs
      // index nothing new, and start-up should not pay for them.
      const { extractHtmlText } = await import('./extractHtmlText.ts');
      const { text } = decodeText(bytes, { declaredEncoding: declaredCharset(bytes) });
      document = chunkArticle(file, extractHtmlText(text, titleFromFileName(file)));
      break;
    }
    case 'pdf': {
      if (bytes.length === 0) throw new UserError('empty file');
      const { extractPdfText } = await import('./extractPdfText.ts');
      document = chunkArticle(file, await extractPdfText(bytes, titleFromFileName(file)));
      break;
    }
    case null:
      throw new UserError('not a supported format');
  }
  if (document.passages.length === 0)
    throw new UserError(format === 'html' ? 'no article text found' : 'no text to index');
  return document;
}

/**
 * The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv), as
 * browsers look for it; used only when the bytes are not UTF-8.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? null;
}
