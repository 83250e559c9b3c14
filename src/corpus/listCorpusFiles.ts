import { documentFormat } from './documentFormat.ts';
import { type CorpusFile, scanCorpus } from './scanCorpus.ts';

export type { CorpusFile } from './scanCorpus.ts';
export { SUPPORTED_EXTENSIONS } from './documentFormat.ts';

/** The files briefbot reads under the corpus folder, in name order (see scanCorpus for what is left out). */
export async function listCorpusFiles(corpusDir: string): Promise<CorpusFile[]> {
  return (await scanCorpus(corpusDir)).files;
}

/** Whether briefbot reads a file of this name (by extension: .txt .md .markdown .html .htm .pdf). */
export function isSupported(name: string): boolean {
  return documentFormat(name) !== null;
}
