import cliProgress from 'cli-progress';
import type { BackupProgress } from '../services/backup/backup-progress.js';

/**
 * A progress bar for backups and restores on a terminal (rows, or pages for a SQLite file copy);
 * nothing when output goes to a file or pipe.
 */
export function backupProgressBar(label: string): {
  onProgress: (p: BackupProgress) => void;
  stop: () => void;
} {
  if (!process.stdout.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} {unit} | {table}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (p) => {
      const unit = p.table === '(pages)' ? 'pages' : 'rows';
      const table = p.table === '(pages)' ? '' : p.table;
      if (!started) {
        bar.start(Math.max(1, p.rowsTotal), 0, { unit, table });
        started = true;
      }
      bar.setTotal(Math.max(1, p.rowsTotal));
      bar.update(p.rowsDone, { unit, table });
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}
