import { RegiokrachtError, formatRowError, type RowError } from '../domain/errors.js';

/** How many row errors an import keeps; the rest are only counted. */
export const MAX_ROW_ERRORS = 100;

/**
 * An import that changed nothing because rows were refused (or the file as a whole). `details`
 * lists the first 100 errors as `file:row: field: reason`, then how many more there were.
 */
export class ImportRefusedError extends RegiokrachtError {
  readonly rowErrors: readonly RowError[];
  /** Rows refused (a row with several bad fields counts once). */
  readonly refusedRows: number;
  /** Errors found, including those beyond the first 100. */
  readonly errorCount: number;

  constructor(
    file: string,
    rowErrors: readonly RowError[],
    counts: { refusedRows: number; errorCount: number },
    options?: { cause?: unknown },
  ) {
    const details = rowErrors.map(formatRowError);
    const more = counts.errorCount - rowErrors.length;
    if (more > 0) details.push(`... and ${more} more errors`);
    const first = rowErrors[0];
    const message =
      counts.refusedRows <= 1 && first
        ? `${file} was not imported: ${formatRowError(first)}`
        : `${file} was not imported: ${counts.refusedRows} rows refused (first: ${first ? formatRowError(first) : 'none'}); nothing was changed`;
    super('IMPORT_REFUSED', message, { details, ...options });
    this.name = 'ImportRefusedError';
    this.rowErrors = rowErrors;
    this.refusedRows = counts.refusedRows;
    this.errorCount = counts.errorCount;
  }
}
