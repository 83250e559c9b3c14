import type { Sentence } from '../../src/corpus/passage.ts';
import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import { extractRelations, type SupportRelation } from '../../src/brief/extractSupportRelations.ts';
import { DescribedActors } from '../../src/brief/relations/describedActors.ts';

/** A made-up sentence of a one-paragraph document, on its own line. */
export const madeUpSentence = (text: string, lineStart = 1): Sentence => ({
  file: 'made-up.txt',
  paragraph: 1,
  lineStart,
  lineEnd: lineStart,
  text,
});

/**
 * The relations (support and opposition) of the last text, the earlier ones read first as the
 * same document: its catalog, the two sentences before each as context, its described actors.
 */
export function relationsOfLastText(texts: string[]): SupportRelation[] {
  const sentences = texts.map((text, i) => madeUpSentence(text, i + 1));
  const catalog = buildEntityCatalog(sentences);
  const describedActors = new DescribedActors();
  let last: SupportRelation[] = [];
  sentences.forEach((s, i) => {
    last = extractRelations(s, catalog, { previousSentences: sentences.slice(Math.max(0, i - 2), i), describedActors });
  });
  return last;
}
