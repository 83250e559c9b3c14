import chokidar from 'chokidar';
import { documentFormat } from './documentFormat.ts';

/**
 * Calls `onChange` a moment after files in the corpus folder are added, changed or removed
 * (a burst of saves or a copied folder makes one call). Returns a function that stops watching.
 */
export function watchCorpus(corpusDir: string, onChange: () => void, settleMs = 500): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const watcher = chokidar.watch(corpusDir, {
    ignoreInitial: true,
    // Wait until a file stops growing, so a half-copied file is not indexed.
    awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
    ignored: (file, stats) => stats?.isFile() === true && documentFormat(file) === null,
  });
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  });
  return async () => {
    clearTimeout(timer);
    await watcher.close();
  };
}
