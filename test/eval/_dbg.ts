import { tokenize } from '../../src/brief/lexicon/tokenize.ts';
import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import { SentenceReader } from '../../src/brief/relations/sentenceReader.ts';
import { madeUpSentence } from '../support/relationsOfLastText.ts';
const text = process.argv[2]!;
const s = madeUpSentence(text);
const catalog = buildEntityCatalog([s]);
const r = new SentenceReader(s, tokenize(s.text), catalog, {});
r.tokens.forEach((t, i) =>
  console.log(i, t.text, 'verbLike=' + r.isVerbLike(i), 'mention=' + (r.mentionAt[i]?.entity.name ?? '')),
);
