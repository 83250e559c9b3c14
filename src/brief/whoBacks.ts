import type { ShownExcerpt } from './excerpt.ts';

/** One actor that supports (or, reversed, is supported by) the entity asked about. */
export interface Backer {
  name: string;
  /** Kinds of support, strongest first, e.g. "backing, warplanes". */
  support: string;
  /** How many documents give evidence. */
  documents: number;
  /** Each piece of evidence: the sentence, cited; reported claims name who said them. */
  evidence: (ShownExcerpt & { reportedBy: string | null })[];
}

export interface WhoBacksResult {
  /** The entity as resolved (canonical name), or as typed when not found. */
  entity: string;
  aliases: string[];
  /** 'backers': who supports the entity; 'backed': whom the entity supports. */
  direction: 'backers' | 'backed';
  /** False when the corpus never mentions the entity; then `suggestions` lists close names. */
  found: boolean;
  suggestions: string[];
  backers: Backer[];
}
