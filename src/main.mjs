// `npm start`: src/main.ts from the bundle in dist/ (rebuilt when the sources changed), or through tsx.
import { importEntry } from './launch/importEntry.mjs';

await importEntry('main');
