/**
 * Key-fact coverage of briefings: a fact counts as covered when one point of the briefing holds
 * all its words. The baseline is Lead-k, the first k body sentences of each article, which
 * is hard to beat on news (the inverted pyramid puts the event first).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Briefbot } from '../../src/briefbot.ts';
import { loadDocument } from '../../src/corpus/loadDocument.ts';

export interface SummaryCase {
  /** One file's briefing, or the whole corpus's when null. */
  file: string | null;
  points: number;
  keyFacts: string[][];
}

export interface SummaryScores {
  facts: number;
  covered: number;
  leadCovered: number;
  missed: string[];
}

/** A fact's word may list alternatives ("airstrike|raid"): any of them will do. */
function covers(points: string[], fact: string[]): boolean {
  return points.some((point) => {
    const text = point.toLowerCase();
    return fact.every((word) =>
      word
        .toLowerCase()
        .split('|')
        .some((alternative) => text.includes(alternative)),
    );
  });
}

/**
 * Lead-k with the briefing's budget: a file's first `points` body sentences, or for the whole
 * folder the first ceil(points / files) of each file.
 */
export async function leadSentences(corpusDir: string, file: string | null, points: number): Promise<string[]> {
  const files = file
    ? [file]
    : fs
        .readdirSync(corpusDir)
        .filter((name) => /\.(txt|md)$/.test(name))
        .sort();
  const k = Math.ceil(points / files.length);
  const lead: string[] = [];
  for (const name of files) {
    const document = await loadDocument(name, fs.readFileSync(path.join(corpusDir, name)));
    const sentences = document.passages
      .filter((passage) => passage.role === 'body')
      .flatMap((passage) => passage.sentences);
    lead.push(...sentences.slice(0, k).map((sentence) => sentence.text.replace(/\s+/g, ' ')));
  }
  return lead;
}

export async function scoreSummaries(bot: Briefbot, corpusDir: string, cases: SummaryCase[]): Promise<SummaryScores> {
  let facts = 0;
  let covered = 0;
  let leadCovered = 0;
  const missed: string[] = [];
  for (const testCase of cases) {
    const summary = await bot.summary({ points: testCase.points, ...(testCase.file ? { file: testCase.file } : {}) });
    const points = summary.points.map((point) => point.text);
    const lead = await leadSentences(corpusDir, testCase.file, testCase.points);
    for (const fact of testCase.keyFacts) {
      facts++;
      if (covers(points, fact)) covered++;
      else missed.push(`${testCase.file ?? 'corpus'}: ${fact.join(' + ')}`);
      if (covers(lead, fact)) leadCovered++;
    }
  }
  return { facts, covered, leadCovered, missed };
}
