/**
 * The cue words WordNet files under a listed cue's sense (data/wordnetCues.json, written by
 * data/buildWordnetCues.ts), read once for both lexicons: supportLexicon takes the verbs of the
 * 'backing' and 'opposing' slots, oppositionLexicon the nouns of hostile acts.
 */
import { createRequire } from 'node:module';

/** The lexicon tables a derived cue may join, as the cue it stands under does. */
export type CueSlot = 'backing' | 'opposing' | 'opposition-noun';

export interface WordnetCue {
  lemma: string;
  forms: string[];
  slot: CueSlot;
  /** The listed cue it stands under; the lexicon gives it that cue's kind. */
  nearest: string;
  /** The WordNet path: "attack#1 > strafe". */
  path: string;
  reason: string;
}

export const WORDNET_CUES: readonly WordnetCue[] = createRequire(import.meta.url)(
  './data/wordnetCues.json',
) as WordnetCue[];
