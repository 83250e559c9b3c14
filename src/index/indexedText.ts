import type { Passage } from '../corpus/passage.ts';

/** A heading is context: its words help find the passages under it. */
export function indexedText(passage: Pick<Passage, 'heading' | 'text'>): string {
  return passage.heading ? `${passage.heading}\n${passage.text}` : passage.text;
}
