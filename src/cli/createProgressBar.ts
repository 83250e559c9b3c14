import cliProgress from 'cli-progress';
import type { IndexProgress } from '../index/indexCorpus.ts';

/** A progress bar for embedding on a terminal; elsewhere nothing (the summary line says it all). */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): IndexProgress | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'Embedding passages [{bar}] {percentage}% {value}/{total} · {eta_formatted} left',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0),
    advance: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}
