import { relationsOfLastText } from '../support/relationsOfLastText.ts';
// Each argument: sentences of one document separated by " || "; relations of the last.
for (const arg of process.argv.slice(2)) {
  const texts = arg.split(' || ');
  console.log(texts.at(-1));
  const rels = relationsOfLastText(texts);
  console.log(
    '   =>',
    rels.length ? rels.map((r) => `${r.backer} ${r.stance} ${r.backed} [${r.pattern ?? ''}]`).join('; ') : '(none)',
  );
}
