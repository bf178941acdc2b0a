/**
 * What one file of a data directory costs to load, in units of a byte of a CSV file: its
 * decompressed size times the cost of a byte of its format, plus a fixed cost per file (the
 * checksum, the transaction, the indexes). Measured on `shared/data`: a byte of a Eurostat bulk
 * TSV (one line holds a value per year, each converted and checked) took about six times as long
 * as a byte of CORDIS CSV, a byte of the other Eurostat layouts about twice as long, and a file
 * of a few rows about as long as 200 KB of CSV.
 */
export function loadCost(kind: string, file: string, bytes: number): number {
  const perByte = kind !== 'eurostat' ? 1 : /\.tsv(\.gz)?$/i.test(file) ? 6 : 2;
  return FILE_COST + bytes * perByte;
}

const FILE_COST = 200_000;

/** Where a data directory's load stands after one of its files. */
export interface LoadPosition {
  /** The file's place among the directory's files (1-based) and their number. */
  readonly file: number;
  readonly files: number;
  /** The {@link loadCost} of the files done so far, this one included, and of all. */
  readonly done: number;
  readonly total: number;
  /** Seconds since the load of the directory began, and this file's own. */
  readonly elapsed: number;
  readonly fileSeconds: number;
  /** Estimated seconds the load has left; null until enough is done to tell. */
  readonly secondsLeft: number | null;
}

/**
 * Seconds left, at the pace so far: the elapsed time per byte done times the bytes left. Null
 * before a byte is done or after less than half a second, when the pace says nothing yet; 0 when
 * everything is done.
 */
export function secondsLeft(elapsed: number, done: number, total: number): number | null {
  if (done >= total) return 0;
  if (done <= 0 || elapsed < 0.5) return null;
  return (elapsed * (total - done)) / done;
}

/** `[3/30]`, `[3/30, about 12 s left]`, `[3/30, about 1 min 5 s left]`. */
export function formatPosition(position: LoadPosition): string {
  const place = `${position.file}/${position.files}`;
  const left = position.secondsLeft;
  if (left === null) return `[${place}]`;
  if (left === 0) return `[${place}, done]`;
  return `[${place}, about ${formatSeconds(left)} left]`;
}

/** `45 s`, `2 min 5 s`; under a second is `1 s`. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
