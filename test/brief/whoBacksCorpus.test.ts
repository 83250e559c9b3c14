import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/corpus/chunkDocument.ts';
import type { Sentence } from '../../src/corpus/passage.ts';
import { REPO_ROOT } from '../support/tempCorpus.ts';
import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import {
  type SupportRelation,
  extractSupportRelations,
  relationsBacking,
} from '../../src/brief/extractSupportRelations.ts';

/** The seed articles, as the index reads them: chunked by src/corpus, sentences and all. */
const SEEDS = path.join(REPO_ROOT, '../shared/seeds');
const FILES = ['000_bd4eabd2b5bc6d71.txt', '004_579dbf7128379b0f.txt'];

function sentencesOf(file: string): Sentence[] {
  return chunkDocument(file, fs.readFileSync(path.join(SEEDS, file), 'utf8')).passages.flatMap(
    (passage) => passage.sentences,
  );
}

const bySentenceFile = FILES.map(sentencesOf);
const catalog = buildEntityCatalog(bySentenceFile.flat());
const relations: SupportRelation[] = bySentenceFile.flatMap((sentences) =>
  sentences.flatMap((sentence, i) =>
    extractSupportRelations(sentence, catalog, { previousSentences: sentences.slice(Math.max(0, i - 3), i) }),
  ),
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

  it('finds Turkey behind the GNA when asked by its full name, which the corpus never writes', () => {
    expect(catalog.resolve('Government of National Accord')?.name).toBe(catalog.resolve('GNA')?.name);
    expect([...backersOf('Government of National Accord')]).toEqual(['Turkey']);
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
      const lines = fs.readFileSync(path.join(SEEDS, relation.sentence.file), 'utf8').split('\n');
      const cited = lines.slice(relation.sentence.lineStart - 1, relation.sentence.lineEnd).join('\n');
      expect(cited).toContain(relation.sentence.text.split('\n')[0]);
    }
  });

  it('finds Turkey among those opposing Haftar, with its warnings cited, and never among his backers', async () => {
    const { buildSupportGraph, answerWhoBacks } = await import('../../src/brief/whoBacks.ts');
    const passages = bySentenceFile.map((sentences, i) => ({
      id: i + 1,
      file: FILES[i] ?? '',
      title: '',
      published: null,
      page: null,
      paragraph: 1,
      lineStart: 1,
      lineEnd: 1,
      text: '',
      role: 'body' as const,
      heading: null,
      sentences,
    }));
    const graph = await buildSupportGraph(passages);
    const opposers = answerWhoBacks(graph, 'haftar', 'opposers', new Map());
    const turkey = opposers.backers.find((b) => b.name === 'Turkey');
    expect(turkey?.evidence.some((e) => /legitimate targets|will target|grave consequences/.test(e.text))).toBe(true);
    const backers = answerWhoBacks(graph, 'haftar', 'backers', new Map());
    expect(backers.backers.map((b) => b.name).sort()).toEqual(['Egypt', 'Russia', 'United Arab Emirates']);
    expect(backers.opposedBy).toContain('Turkey');
  });
});
