import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { RegiokrachtError } from '../../domain/errors.js';
import type { ExportSource } from './export-source.js';
import type { ExportCell, ExportColumn, ExportTable } from './export-table.js';
import { formulaGuard } from './formula-guard.js';

/** Rows one worksheet holds, the header included (Excel's limit). */
export const XLSX_MAX_ROWS = 1_048_576;

/** The columns of the "Sources" sheet: one row per import run, with its data set. */
const SOURCE_COLUMNS: readonly ExportColumn[] = [
  { name: 'dataset', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'publisher', type: 'text' },
  { name: 'licence', type: 'text' },
  { name: 'url', type: 'text' },
  { name: 'retrieved_at', type: 'text' },
  { name: 'import', type: 'text' },
  { name: 'file', type: 'text' },
  { name: 'checksum', type: 'text' },
  { name: 'imported_at', type: 'text' },
];

/**
 * Checks that a table fits one worksheet; call before the first byte is sent, since an error
 * cannot be reported once the workbook is being streamed.
 */
export async function tableXlsxCheck(table: ExportTable): Promise<void> {
  const rows = await table.count();
  if (rows + 1 > XLSX_MAX_ROWS) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `${rows} rows do not fit one XLSX sheet (at most ${XLSX_MAX_ROWS - 1}); export as CSV, or narrow the selection by level or country`,
    );
  }
}

/**
 * A table as an XLSX workbook, streamed: sheet 1 (named after the table) with a bold, frozen
 * header row and typed cells (numbers as numbers, text guarded against formula injection), sheet
 * 2 "Sources" with the data sets and import runs behind the rows.
 */
export async function* tableXlsx(table: ExportTable): AsyncGenerator<Uint8Array> {
  const out = new PassThrough();
  const written = writeWorkbook(table, out).catch((error: unknown) => {
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    for await (const chunk of out) yield chunk as Uint8Array;
  } finally {
    // Stops the writer when the reader goes away early (a client that hangs up).
    out.destroy();
    await written;
  }
}

async function writeWorkbook(table: ExportTable, out: PassThrough): Promise<void> {
  // Loaded when a workbook is written: exceljs is large, and most commands never need it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Regiokracht';
  const sheet = sheetWithHeader(workbook, sheetName(table.name), table.columns);
  for await (const batch of table.batches()) {
    for (const row of batch) sheet.addRow(row.map(xlsxCell)).commit();
    await flowed(out);
  }
  sheet.commit();
  const sources = sheetWithHeader(workbook, 'Sources', SOURCE_COLUMNS);
  for (const row of sourceRows(table.source)) {
    sources.addRow(row.map(xlsxCell)).commit();
  }
  sources.commit();
  await workbook.commit();
}

/**
 * Lets the zip and the reader take what has been written before the next batch: the SQLite
 * driver answers synchronously, so without a turn of the event loop the whole sheet would pile
 * up in memory; and waits while the reader is behind.
 */
async function flowed(out: PassThrough): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (out.writableNeedDrain) await once(out, 'drain');
}

function sheetWithHeader(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly ExportColumn[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({ key: c.name, width: c.type === 'number' ? 14 : 24 }));
  const header = sheet.addRow(columns.map((c) => c.name));
  header.font = { bold: true };
  header.commit();
  return sheet;
}

/** The rows of the "Sources" sheet: each import with its data set, then data sets without one. */
export function sourceRows(source: ExportSource): ExportCell[][] {
  const datasets = new Map(source.datasets.map((d) => [d.id, d]));
  const used = new Set<string>();
  const dataset = (id: string | null) => {
    const d = id === null ? undefined : datasets.get(id);
    if (d) used.add(d.id);
    return [
      d?.id ?? id,
      d?.title ?? null,
      d?.publisher ?? null,
      d?.licence ?? null,
      d?.url ?? null,
      d?.retrieved_at ?? null,
    ];
  };
  const rows: ExportCell[][] = source.imports.map((i) => [
    ...dataset(i.dataset_id),
    i.id,
    i.file,
    i.checksum,
    i.finished_at,
  ]);
  for (const d of source.datasets) {
    if (!used.has(d.id)) rows.push([...dataset(d.id), null, null, null, null]);
  }
  return rows;
}

function xlsxCell(cell: ExportCell): ExportCell {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return formulaGuard(cell);
}

/** Worksheet names: at most 31 characters, none of `\ / ? * [ ] :`. */
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Export';
}
