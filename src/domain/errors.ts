/**
 * Every error the application expects carries a literal `code`. One place (the HTTP error handler,
 * the CLI runner) maps codes to HTTP status and exit codes.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'CONFLICT'
  | 'DATA_DIR_MISSING'
  | 'DATA_FILE_INVALID'
  | 'DATABASE_UNREACHABLE'
  | 'DATABASE_READ_ONLY'
  | 'DATABASE_BUSY'
  | 'DATABASE_TOO_NEW'
  | 'IMPORT_REFUSED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF_TOKEN'
  | 'RATE_LIMITED'
  /** The data cannot measure the figure asked for (e.g. organisations placed at country level only). */
  | 'NOT_MEASURABLE';

/** An error a user can fix; its message is one line that says what to do. */
export class RegiokrachtError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly string[];

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: readonly string[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RegiokrachtError';
    this.code = code;
    this.details = options?.details ?? [];
  }
}

/** HTTP status for each error code. */
export const ERROR_HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  DATA_DIR_MISSING: 500,
  DATA_FILE_INVALID: 422,
  DATABASE_UNREACHABLE: 503,
  DATABASE_READ_ONLY: 503,
  DATABASE_BUSY: 503,
  DATABASE_TOO_NEW: 500,
  IMPORT_REFUSED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN: 403,
  RATE_LIMITED: 429,
  NOT_MEASURABLE: 422,
};

/** One refused row of an import: names file, row (1-based, header = row 1) and field. */
export interface RowError {
  readonly file: string;
  readonly row: number;
  readonly field: string;
  readonly reason: string;
}

/** Formats a row error as one line: `file:row: field: reason`. */
export function formatRowError(e: RowError): string {
  return `${e.file}:${e.row}: ${e.field}: ${e.reason}`;
}
