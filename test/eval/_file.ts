// Relations of one folder, sentence by sentence: npx tsx test/eval/_file.ts <folder> [file-substring]
import { graphOfFolder } from './evalRelations.ts';
const [dir, only] = process.argv.slice(2);
const graph = await graphOfFolder(dir!);
for (const r of [...graph.relations, ...graph.oppositions]
  .filter((r) => !only || r.sentence.file.includes(only))
  .sort((a, b) => a.sentence.lineStart - b.sentence.lineStart))
  console.log(
    `${r.sentence.file.slice(0, 12)} L${r.sentence.lineStart} ${r.backer} ${r.stance} ${r.backed} [${r.pattern}]`,
  );
const names = process.argv.slice(4);
for (const n of names)
  console.log(n, '->', graph.catalog.resolve(n)?.name ?? null, graph.catalog.resolve(n)?.kind ?? '');
