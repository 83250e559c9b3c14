import { UserError } from '../errors.ts';
import { decodeText } from './decodeText.ts';

/**
 * A text file's bytes → its text, as the citations count lines (see decodeText: encodings, line
 * breaks normalised to '\n', byte-order mark dropped). The error names the file, for callers that
 * read files one by one; indexCorpus reports the file beside the reason instead.
 */
export function readDocumentText(file: string, bytes: Buffer): string {
  try {
    return decodeText(bytes).text;
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${file}: ${error.message}`);
    throw error;
  }
}
