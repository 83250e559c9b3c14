import { buildEntityCatalog } from '../../src/brief/entityCatalog.ts';
import { madeUpSentence } from '../support/relationsOfLastText.ts';
const [words, ...texts] = process.argv.slice(2);
const catalog = buildEntityCatalog(texts.map((t, i) => madeUpSentence(t, i + 1)));
for (const w of words!.split(',')) {
  const e = catalog.resolve(w);
  console.log(w, e?.name ?? null, e?.kind ?? null);
}
