import { indexedText } from '../../src/index/indexedText.ts';
import { type IndexedDocument, IndexStore } from '../../src/index/indexStore.ts';
import { corpusIndexPaths } from './corpusIndexes.ts';

/**
 * The documents of an index file as indexCorpus stored them (passages with their sentences and
 * spans). Reading them back, rather than chunking the files again here, keeps the bench in
 * step with however indexCorpus reads and chunks files.
 */
export function indexedDocuments(indexPath: string): IndexedDocument[] {
  const store = IndexStore.open(indexPath);
  try {
    return store.documents().map((doc) => ({
      file: doc.file,
      title: doc.title,
      published: doc.published,
      hash: doc.hash,
      passages: store.passagesOfDocument(doc.file),
    }));
  } finally {
    store.close();
  }
}

let sotu: IndexedDocument[] | null = null;

/** The SOTU addresses as briefbot indexed them (about 13,900 passages); needs the `prepare` section's index. */
export function sotuDocuments(): IndexedDocument[] {
  sotu ??= indexedDocuments(corpusIndexPaths('sotu').keywordIndex);
  if (sotu.length === 0) throw new Error('The SOTU keyword index is empty: run the prepare section first');
  return sotu;
}

/** Every SOTU sentence of 5 to 60 words, whitespace collapsed, in corpus order: the synthetic corpus's raw material. */
export function sotuSentences(): string[] {
  const sentences: string[] = [];
  for (const doc of sotuDocuments()) {
    for (const passage of doc.passages) {
      for (const sentence of passage.sentences) {
        const text = sentence.text.replace(/\s+/g, ' ').trim();
        const words = text.split(' ').length;
        if (words >= 5 && words <= 60) sentences.push(text);
      }
    }
  }
  return sentences;
}

/** `count` passage texts (as embedded: heading and text) spread evenly over SOTU: a fixed embedding sample. */
export function sotuPassageSample(count: number): string[] {
  const all = sotuDocuments().flatMap((doc) => doc.passages.map(indexedText));
  const step = Math.max(1, Math.floor(all.length / count));
  const sample: string[] = [];
  for (let i = 0; i < all.length && sample.length < count; i += step) sample.push(all[i] ?? '');
  return sample;
}
