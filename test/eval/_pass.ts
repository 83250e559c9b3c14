import { passagesOfFolder } from './evalRelations.ts';
const [dir, only] = process.argv.slice(2);
for (const p of await passagesOfFolder(dir!))
  if (!only || p.file.includes(only))
    console.log(p.paragraph, p.lineStart, JSON.stringify(p.sentences.map((s) => s.text.slice(0, 50))));
