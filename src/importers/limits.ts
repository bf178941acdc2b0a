/**
 * The limits every import holds a file to. Each is checked while the file is read, before the
 * memory it would take is taken, and a file beyond one is refused with one line naming the file,
 * the row and the limit. docs/importers.md lists them with the reason for each value; the real
 * files Regiokracht reads stay far below every one.
 */
export const IMPORT_LIMITS = {
  /** Characters in one line of a delimited file (CSV, TSV). */
  maxLineChars: 1024 * 1024,
  /** Characters in one field (a CSV field, including a quoted field over several lines; an XLSX cell). */
  maxFieldChars: 100_000,
  /** Data rows in one file. */
  maxRows: 20_000_000,
  /** Characters in a JSON document (JSON-stat, GeoJSON, TopoJSON), which is parsed whole. */
  maxDocumentChars: 128 * 1024 * 1024,
  /** Bytes a gzip file may decompress to. */
  maxDecompressedBytes: 4 * 1024 * 1024 * 1024,
  /** Decompressed bytes per compressed byte, checked once more than `ratioFloorBytes` are out. */
  maxCompressionRatio: 100,
  /** Decompressed bytes below which the ratio is not checked (small files compress well). */
  ratioFloorBytes: 16 * 1024 * 1024,
  /** Bytes one part (a worksheet, the shared strings) of an XLSX workbook may decompress to. */
  maxXlsxPartBytes: 100 * 1024 * 1024,
  /** Parts (files inside the zip) of an XLSX workbook. */
  maxXlsxParts: 10_000,
  /** Cells of a JSON-stat cube (the product of its `size`). */
  maxCubeCells: 50_000_000,
} as const;

export type ImportLimits = typeof IMPORT_LIMITS;

/** A size in words: 1048576 -> "1 MiB", 100000 -> "100,000". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1 && Number.isInteger(value / 1024)) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString('en-GB')} ${units[unit]}`;
}
