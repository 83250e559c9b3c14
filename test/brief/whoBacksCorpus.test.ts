import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/corpus/passage.ts';
import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import { type SupportRelation, extractSupportRelations, relationsBacking } from '../../src/brief/extractSupportRelations.ts';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const FILES = ['000_bd4eabd2b5bc6d71.txt', '004_579dbf7128379b0f.txt'];

/** Blank-line paragraphs, then sentence ends before a capital or an opening quote: enough for these two articles. */
function sentencesOf(file: string): Sentence[] {
  const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
  const sentences: Sentence[] = [];
  let line = 1;
  let paragraph = 0;
  for (const block of text.split(/(\n\s*\n)/)) {
    if (/^\n\s*\n$/.test(block)) {
      line += block.split('\n').length - 1;
      continue;
    }
    paragraph++;
    let offset = 0;
    for (const piece of block.split(/(?<=[.!?]["”’]?)\s+(?=[“"‘\p{Lu}])/u)) {
      const at = block.indexOf(piece, offset);
      offset = at + piece.length;
      const lineStart = line + (block.slice(0, at).match(/\n/g)?.length ?? 0);
      const lineEnd = lineStart + (piece.match(/\n/g)?.length ?? 0);
      if (piece.trim() !== '') sentences.push({ file, paragraph, lineStart, lineEnd, text: piece.trim() });
    }
    line += block.split('\n').length - 1;
  }
  return sentences;
}

const bySentenceFile = FILES.map(sentencesOf);
const catalog = buildEntityCatalog(bySentenceFile.flat());
const relations: SupportRelation[] = bySentenceFile.flatMap((sentences) =>
  sentences.flatMap((sentence, i) => extractSupportRelations(sentence, catalog, { previousSentences: sentences.slice(Math.max(0, i - 3), i) })),
);

function backersOf(name: string): Set<string> {
  return new Set(relationsBacking(relations, name, catalog).map((r) => r.backer));
}

describe('who backs whom in the default corpus', () => {
  it('finds Egypt, Russia and the United Arab Emirates behind Haftar', () => {
    const backers = backersOf('haftar');
    for (const country of ['Egypt', 'Russia', 'United Arab Emirates']) expect(backers).toContain(country);
  });

  it('does not count Turkey, which threatens Haftar, among his backers', () => {
    expect(backersOf('Haftar')).not.toContain('Turkey');
    expect(backersOf('Libyan National Army')).not.toContain('Turkey');
  });

  it('finds Turkey behind the GNA', () => {
    expect(backersOf('GNA')).toContain('Turkey');
  });

  it('records no vague backer', () => {
    const backers = relations.map((r) => r.backer.toLowerCase());
    expect(backers).not.toContain('world powers');
    expect(backers).not.toContain('foreign support');
  });

  it('keeps who reported the Russian warplanes', () => {
    const warplanes = relations.filter((r) => r.backer === 'Russia' && r.support === 'warplanes');
    expect(warplanes.length).toBeGreaterThan(0);
    expect(warplanes.every((r) => r.reportedBy === 'Fathi Bashagha')).toBe(true);
  });

  it('cites sentences on the lines they stand on', () => {
    for (const relation of relations) {
      const lines = fs.readFileSync(path.join(CORPUS, relation.sentence.file), 'utf8').split('\n');
      const cited = lines.slice(relation.sentence.lineStart - 1, relation.sentence.lineEnd).join('\n');
      expect(cited).toContain(relation.sentence.text.split('\n')[0]);
    }
  });
});
