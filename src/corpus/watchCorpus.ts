import chokidar from 'chokidar';
import { documentFormat } from './documentFormat.ts';

export interface CorpusWatch {
  /** Resolves once the folder has been scanned: changes from then on are seen. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Calls `onChange` a moment after files in the corpus folder are added, changed or removed
 * (a burst of saves or a copied folder makes one call).
 */
export function watchCorpus(corpusDir: string, onChange: () => void, settleMs = 500): CorpusWatch {
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
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
