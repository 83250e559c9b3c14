// Worker threads start without the parent's loader: the bundle when it is current, else tsx.
import { importEntry } from '../launch/importEntry.mjs';

await importEntry('embedderWorker', { rebuild: false });
