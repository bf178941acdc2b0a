import cliProgress from 'cli-progress';
import type { ImportProgress } from '../importers/index.js';

/**
 * A progress bar for imports on a terminal; nothing when output goes to a file or pipe.
 * Returns the callback to pass as `onProgress` and a function to stop the bar. A file of a
 * data directory shows its place among them and an estimate of the time the whole load has left
 * (from the bytes read so far, compressed files counted at their decompressed size).
 */
export function importProgressBar(): { onProgress: (p: ImportProgress) => void; stop: () => void } {
  if (!process.stdout.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: '{kind} {file} [{bar}] {percentage}% | {rows} rows{overall}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let file = '';
  /** When the load of a data directory began, for the estimate of the time left. */
  let loadStarted: number | undefined;
  const overall = (p: ImportProgress): string => {
    if (!p.overall) return '';
    const { file: index, files, done, total } = p.overall;
    loadStarted ??= performance.now();
    const elapsed = (performance.now() - loadStarted) / 1000;
    const left = done > 0 && elapsed > 1 ? (elapsed * (total - done)) / done : undefined;
    return ` | file ${index} of ${files}${left === undefined ? '' : `, about ${formatSeconds(left)} left`}`;
  };
  return {
    onProgress: (p) => {
      const name = p.file.split('/').pop() ?? p.file;
      if (!started || name !== file) {
        if (started) bar.stop();
        bar.start(Math.max(1, p.bytesTotal), 0, {
          kind: p.kind,
          file: name,
          rows: 0,
          overall: overall(p),
        });
        started = true;
        file = name;
      }
      bar.update(p.bytesRead, { rows: p.rowsRead, overall: overall(p) });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** `45 s`, `2 min 5 s`. */
function formatSeconds(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
