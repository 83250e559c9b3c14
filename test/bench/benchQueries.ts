import { seededRandom } from './seededRandom.ts';
import { sotuDocuments } from './sotuCorpus.ts';

/** Common function words: never the subject of a question. A list of its own, so the queries do not move when briefbot's stopwords do. */
const FUNCTION_WORDS = new Set(
  `this that with have from they will been which their there would what were other when these those such
  them than only also into upon more most made make shall should could some very much many every being
  after before under over between each must well same where while both whom then here just against during
  without within through great year years part time last first since because public people country
  government united states congress`.split(/\s+/),
);

const TEMPLATES: readonly ((w: () => string) => string)[] = [
  (w) => `${w()} ${w()}`,
  (w) => `what about ${w()}?`,
  (w) => `${w()} ${w()} ${w()}`,
  (w) => `who supports ${w()} ${w()}?`,
  (w) => `${w()} of the ${w()}`,
  (w) => `how did ${w()} affect ${w()}?`,
  (w) => `what was said about ${w()} ${w()}?`,
  (w) => `why ${w()} ${w()} ${w()}?`,
];

let vocabulary: Promise<string[]> | null = null;

/** Content words of the SOTU addresses ranked 50–2,050 by frequency: common enough to match, not so common they match everything. */
function sotuVocabulary(): Promise<string[]> {
  vocabulary ??= (async () => {
    const counts = new Map<string, number>();
    for (const doc of sotuDocuments()) {
      for (const passage of doc.passages) {
        for (const word of passage.text.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
          if (!FUNCTION_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(50, 2050)
      .map(([word]) => word);
  })();
  return vocabulary;
}

/** A fixed list of 2–6 word questions from SOTU vocabulary (same seed, same list, every run). */
export async function benchQueries(count = 200, seed = 20240601): Promise<string[]> {
  const words = await sotuVocabulary();
  const random = seededRandom(seed);
  const word = () => words[Math.floor(random() * words.length)] ?? 'war';
  const queries: string[] = [];
  for (let i = 0; i < count; i++) queries.push(TEMPLATES[i % TEMPLATES.length]?.(word) ?? word());
  return queries;
}
