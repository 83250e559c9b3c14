/** Compounds: "Turkey-Backed Libya Government", "the UAE-backed LNA". */
import { isSideNoun } from '../../entities/titles.ts';
import type { Finding, SentenceReader } from '../sentenceReader.ts';

/** "Turkey-Backed Libya Government", "Russian-backed Haftar", "the UAE-backed LNA". */
export function compound(r: SentenceReader, i: number, prefix: string, support: string): Finding[] {
  let backer = r.catalog.resolve(prefix);
  // "United Arab Emirates-backed": the name started before the hyphenated word.
  let text = prefix;
  for (let j = i - 1; j >= Math.max(0, i - 4) && r.tokens[j]?.capitalised; j--) {
    text = `${r.tokens[j]?.text ?? ''} ${text}`;
    backer = r.catalog.resolve(text) ?? backer;
  }
  if (!backer) return [];
  let end = i + 1;
  while (
    end < r.tokens.length &&
    end - i <= 6 &&
    r.tokens[end]?.kind === 'word' &&
    (r.tokens[end]?.capitalised || r.tokens[end]?.allCaps)
  )
    end++;
  // Longest resolvable run first; a single word only when it is the whole name ("Libya Government Airbase" is not "Libya").
  for (let last = end; last > i + 1; last--) {
    const words = r.tokens.slice(i + 1, last);
    if (words.length === 1 && last < end) break;
    const name = words.map((t) => t.text).join(' ');
    const backed = r.catalog.resolve(name);
    if (backed)
      return [
        {
          backers: [{ entity: backer, certainty: 1 }],
          backed: [{ entity: backed, certainty: 1 }],
          support,
          confidence: last === end ? 0.85 : 0.75,
          at: i,
          pattern: 'compound',
        },
      ];
  }
  // "Hezbollah, the Iran-backed group, ...", "the FDLR, an Iranian-funded militia that ...": a description in
  // apposition to the name before it.
  if (end === i + 1) {
    const start = r.phraseStartLeft(i);
    const opener = r.tokens[start]?.key ?? '';
    if (['a', 'an', 'the'].includes(opener) && r.tokens[start - 1]?.text === ',') {
      let nameEnd = start - 1;
      if (r.tokens[nameEnd - 1]?.text === ')' && r.tokens[nameEnd - 3]?.text === '(') nameEnd -= 3;
      const named = r.mentionAt[nameEnd - 1];
      if (named && named.end === nameEnd && named.entity !== backer)
        return [
          {
            backers: [{ entity: backer, certainty: 1 }],
            backed: [{ entity: named.entity, certainty: 0.9 }],
            support,
            confidence: 0.8,
            at: i,
            pattern: 'compound/apposition',
          },
        ];
    }
  }
  // "the Turkish-backed government of Fayez al-Sarraj"
  if (end === i + 1 && isSideNoun(r.tokens[i + 1]?.key ?? '') && r.tokens[i + 2]?.key === 'of') {
    const backed = r.listAt(i + 3);
    if (backed.length > 0)
      return [
        {
          backers: [{ entity: backer, certainty: 1 }],
          backed,
          support,
          confidence: 0.8,
          at: i,
          pattern: 'compound/side-of',
        },
      ];
  }
  return [];
}
