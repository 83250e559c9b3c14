/**
 * Cue verbs WordNet files under a listed cue's sense (src/brief/lexicon/data/wordnetCues.json):
 * the file is what the installed WordNet derives, each derived verb or noun acts in its cue's slot
 * with its cue's kind and in no other, and the listed cues are left as they were. Sentences are made up.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  deriveWordnetCues,
  inflectedForms,
  listedCueForms,
  pluralForms,
  WORDNET_CUES_FILE,
} from '../../../src/brief/lexicon/data/buildWordnetCues.ts';
import type { WordnetCue } from '../../../src/brief/lexicon/wordnetCues.ts';
import { OPPOSING_VERBS, OPPOSITION_NOUNS } from '../../../src/brief/lexicon/oppositionLexicon.ts';
import {
  BACKING_VERBS,
  RECEIVING_VERBS,
  SUPPORT_NOUNS,
  TRANSFER_VERBS,
} from '../../../src/brief/lexicon/supportLexicon.ts';
import { relationsOfLastText } from '../../support/relationsOfLastText.ts';

function relationsIn(texts: string[]): string[] {
  return [
    ...new Set(relationsOfLastText(texts).map((r) => `${r.backer} ${r.stance} ${r.backed} (${r.support})`)),
  ].sort();
}

const committed = JSON.parse(fs.readFileSync(WORDNET_CUES_FILE, 'utf8')) as WordnetCue[];

describe('wordnetCues.json', () => {
  it('is what the installed WordNet derives (run src/brief/lexicon/data/buildWordnetCues.ts after a change)', () => {
    expect(committed).toEqual(deriveWordnetCues(listedCueForms()));
  });
  it('names for each verb the listed cue it stands under and the WordNet path to it', () => {
    const strafe = committed.find((cue) => cue.lemma === 'strafe');
    expect(strafe).toMatchObject({ slot: 'opposing', nearest: 'attack', path: 'attack#1 > strafe' });
    expect(committed.find((cue) => cue.lemma === 'rearm')).toMatchObject({ slot: 'backing', nearest: 'arm' });
  });
  it('adds no form the lexicon already reads, in any slot', () => {
    const listed = listedCueForms();
    expect(committed.flatMap((cue) => cue.forms).filter((form) => listed.has(form))).toEqual([]);
  });
});

describe('a derived verb acts only in the slot of its cue', () => {
  it('puts backing troponyms among the backing verbs only, opposing ones among the opposing verbs only', () => {
    for (const cue of committed.filter((c) => c.slot !== 'opposition-noun')) {
      for (const form of cue.forms) {
        expect(BACKING_VERBS.has(form), form).toBe(cue.slot === 'backing');
        expect(OPPOSING_VERBS.has(form), form).toBe(cue.slot === 'opposing');
        expect(TRANSFER_VERBS.has(form) || RECEIVING_VERBS.has(form), form).toBe(false);
      }
    }
  });
  it('puts nouns of hostile acts among the opposition nouns only, with the kind of the noun they stand under', () => {
    const nouns = committed.filter((c) => c.slot === 'opposition-noun');
    expect(nouns.map((c) => c.lemma)).toEqual(expect.arrayContaining(['incursion', 'barrage', 'onslaught']));
    for (const cue of nouns)
      for (const form of cue.forms) {
        expect(OPPOSITION_NOUNS.get(form), form).toBe('attacks');
        expect(BACKING_VERBS.has(form) || SUPPORT_NOUNS.has(form), form).toBe(false);
      }
    expect(OPPOSITION_NOUNS.get('sanctions')).toBe('sanctions');
    expect(committed.find((c) => c.lemma === 'barrage')?.path).toBe('attack#1 > fire > barrage');
  });
  it('gives a derived verb the kind of its cue: a troponym of "arm" shows weapons', () => {
    expect(BACKING_VERBS.get('rearmed')?.support).toBe(BACKING_VERBS.get('armed')?.support);
    expect(OPPOSING_VERBS.get('decried')?.support).toBe('condemnation');
    expect(OPPOSING_VERBS.get('strafed')?.support).toBe('attacks');
  });
  it('keeps the listed cues as they were', () => {
    expect(BACKING_VERBS.get('bankrolled')?.lemma).toBe('bankroll');
    expect(BACKING_VERBS.get('propped')?.lemma).toBe('prop');
    expect(OPPOSING_VERBS.get('attacked')?.lemma).toBe('attack');
  });
});

describe('sentences with derived cue verbs', () => {
  it('reads "rearmed" and "championed" as backing', () => {
    expect(relationsIn(['Qatar quietly rearmed the Zembla Front after its defeat.'])).toEqual([
      'Qatar supports Zembla Front (weapons)',
    ]);
    expect(relationsIn(['Oman has long championed the Zembla Front.'])).toEqual([
      'Oman supports Zembla Front (backing)',
    ]);
  });
  it('reads "strafed", "overran" and "decried" as opposition, with their cue\'s kind', () => {
    expect(relationsIn(['Omani jets strafed the Zembla Front near the border.'])).toEqual([
      'Oman opposes Zembla Front (attacks)',
    ]);
    expect(relationsIn(['The Highland Brigades overran the Coastal Front last week.'])).toEqual([
      'Highland Brigades opposes Coastal Front (attacks)',
    ]);
    expect(relationsIn(['Qatar decried the Zembla Front on Monday.'])).toEqual([
      'Qatar opposes Zembla Front (condemnation)',
    ]);
  });
  it('reads "an incursion against" and "a barrage on" as attacks, and a fired barrage as a projectile', () => {
    expect(relationsIn(['Qatar launched a fresh incursion against the Zembla Front.'])).toEqual([
      'Qatar opposes Zembla Front (attacks)',
    ]);
    expect(relationsIn(['Omani artillery kept up a barrage on the Zembla Front.'])).toEqual([
      'Oman opposes Zembla Front (attacks)',
    ]);
    expect(relationsIn(['Qatari forces fired a volley at Omani boats.'])).toEqual(['Qatar opposes Oman (attacks)']);
  });
  it('still reads the listed "bankrolled" and "propped up"', () => {
    expect(relationsIn(['Qatar bankrolled the Zembla Front for a decade.'])).toEqual([
      'Qatar supports Zembla Front (funding)',
    ]);
    expect(relationsIn(['Oman propped up the Zembla Front when it was losing.'])).toEqual([
      'Oman supports Zembla Front (backing)',
    ]);
  });
  it('does not read a noun of the same spelling as the verb', () => {
    expect(relationsIn(['The champions of the Zembla Front met in Muscat.'])).toEqual([]);
  });
});

describe('inflectedForms and pluralForms', () => {
  it("spells a noun's plural", () => {
    expect(pluralForms('foray')).toEqual(['foray', 'forays']);
    expect(pluralForms('blitz')).toEqual(['blitz', 'blitzes']);
  });
  it("spells the regular forms and takes WordNet's irregular ones, also behind a prefix", () => {
    expect(inflectedForms('strafe')).toEqual(['strafe', 'strafes', 'strafed', 'strafing']);
    expect(inflectedForms('torpedo')).toEqual(['torpedo', 'torpedoes', 'torpedoed', 'torpedoing']);
    expect(inflectedForms('decry')).toEqual(['decry', 'decries', 'decried', 'decrying']);
    expect(inflectedForms('overrun')).toContain('overran');
    expect(inflectedForms('counterstrike')).toContain('counterstruck');
  });
});
