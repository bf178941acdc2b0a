import cliProgress from 'cli-progress';
import type { ImportProgress } from '../importers/index.js';

/**
 * A progress bar for imports on a terminal; nothing when output goes to a file or pipe.
 * Returns the callback to pass as `onProgress` and a function to stop the bar.
 */
export function importProgressBar(): { onProgress: (p: ImportProgress) => void; stop: () => void } {
  if (!process.stdout.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: '{kind} {file} [{bar}] {percentage}% | {rows} rows',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let file = '';
  return {
    onProgress: (p) => {
      const name = p.file.split('/').pop() ?? p.file;
      if (!started || name !== file) {
        if (started) bar.stop();
        bar.start(Math.max(1, p.bytesTotal), 0, { kind: p.kind, file: name, rows: 0 });
        started = true;
        file = name;
      }
      bar.update(p.bytesRead, { rows: p.rowsRead });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
