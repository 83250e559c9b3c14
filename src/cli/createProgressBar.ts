import { createRequire } from 'node:module';
import type { IndexProgress } from '../index/indexCorpus.ts';

const require = createRequire(import.meta.url);

/**
 * A progress bar for embedding on a terminal; elsewhere nothing (the summary line says it all).
 * cli-progress is loaded when embedding starts: most commands embed nothing.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): IndexProgress | undefined {
  if (!stream.isTTY) return undefined;
  let bar: import('cli-progress').SingleBar | undefined;
  const newBar = () => {
    const cliProgress = require('cli-progress') as typeof import('cli-progress');
    return new cliProgress.SingleBar(
      {
        stream,
        format: 'Embedding passages [{bar}] {percentage}% {value}/{total} · {eta_formatted} left',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
  };
  return {
    start: (total) => {
      bar ??= newBar();
      bar.start(total, 0);
    },
    advance: (done) => bar?.update(done),
    stop: () => bar?.stop(),
  };
}
