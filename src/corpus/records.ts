import type { Passage } from './passage.ts';

/**
 * What the index holds, as every layer above it reads it: search returns passages, answers
 * cite them, interfaces list documents. Declared here, below the index, so that the answers
 * (src/brief) and the interfaces need not import the store to name them.
 */

export interface DocumentRecord {
  file: string;
  hash: string;
  title: string;
  published: string | null;
  passages: number;
}

export interface PassageRecord extends Passage {
  id: number;
  title: string;
  published: string | null;
}
