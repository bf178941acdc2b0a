import type { ImportContext } from '../importer.js';
import { IMPORT_LIMITS } from '../limits.js';
import { readCsvTable, detectDelimiter, type CsvHeader } from '../text/csv-table.js';
import { xlsxPartProblem } from './xlsx-parts.js';

/** One column of a template: its name (the header cell), whether it must be filled, and what it holds. */
export interface TemplateColumn {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
}

/** A data row of a template: its row number and its cells by column name. */
export interface TemplateRecord {
  readonly line: number;
  /** The cell under `column` (trimmed); '' when empty or absent. */
  value(column: string): string;
  /** Where each column's cell is in a record: one and the same object for every row of a file. */
  readonly positions: ColumnPositions;
  /** The cell at `position` (trimmed); '' when empty or absent, as at position -1. */
  at(position: number): string;
}

/**
 * Reads a template as CSV (comma, semicolon or tab, as the header shows; UTF-8, BOM and CRLF
 * allowed) or as XLSX (the first worksheet; recognised by its zip magic bytes, read with exceljs's
 * streaming reader). The first row is the header: missing required columns refuse the file,
 * unknown columns are noted and ignored. Row numbers are the file's line or the sheet's row.
 */
export async function readTemplate(
  ctx: ImportContext,
  columns: readonly TemplateColumn[],
  onRecord: (record: TemplateRecord) => void,
): Promise<void> {
  const reader = await ctx.openLines();
  if (reader.magic === 'zip') {
    ctx.setFormat('template-xlsx');
    await readXlsx(ctx, columns, onRecord);
    return;
  }
  if (reader.magic === 'binary') {
    ctx.refuseFile(1, '(file)', 'not a CSV or XLSX file (binary content)');
  }
  ctx.setFormat('template-csv');
  const head = await reader.head();
  const first = head.find((l) => l.trim() !== '') ?? '';
  const delimiter = detectDelimiter(first);
  let positions: ColumnPositions = new Map();
  await readCsvTable(
    ctx,
    reader,
    { delimiter },
    (header: CsvHeader) => {
      positions = columnPositions(checkHeader(ctx, header.names, columns));
    },
    (fields, line) => {
      // The record's own array: its cells are trimmed in place, once. A cell that neither starts
      // nor ends with a space, a control character or a non-ASCII character has nothing to trim.
      let blank = true;
      for (let i = 0; i < fields.length; i++) {
        let cell = fields[i] as string;
        if (cell === '') continue;
        if (mayNeedTrim(cell.charCodeAt(0)) || mayNeedTrim(cell.charCodeAt(cell.length - 1))) {
          cell = cell.trim();
          fields[i] = cell;
        }
        if (cell !== '') blank = false;
      }
      if (blank) return;
      onRecord(new RecordCells(line, fields, positions));
    },
  );
}

/** Whether a cell starting or ending with this UTF-16 code unit may have white space to trim. */
function mayNeedTrim(code: number): boolean {
  return code <= 0x20 || code >= 0x7f;
}

/** Where each column's cell is in a row; a name written twice names its last column. */
export type ColumnPositions = ReadonlyMap<string, number>;

function columnPositions(names: readonly string[]): ColumnPositions {
  const positions = new Map<string, number>();
  for (let i = 0; i < names.length; i++) positions.set(names[i]!, i);
  return positions;
}

/** A row's trimmed cells, looked up through the positions its file's header gave. */
class RecordCells implements TemplateRecord {
  constructor(
    readonly line: number,
    private readonly cells: readonly string[],
    readonly positions: ColumnPositions,
  ) {}

  value(column: string): string {
    const i = this.positions.get(column);
    return i === undefined ? '' : (this.cells[i] ?? '');
  }

  at(position: number): string {
    return this.cells[position] ?? '';
  }
}

function checkHeader(
  ctx: ImportContext,
  raw: readonly string[],
  columns: readonly TemplateColumn[],
): string[] {
  const names = raw.map((n) => n.trim().toLowerCase());
  const known = new Set(columns.map((c) => c.name));
  const missing = columns.filter((c) => c.required && !names.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    const looksLikeOneColumn = names.length === 1 && /[,;\t]/.test(raw[0] ?? '') === false;
    ctx.refuseFile(
      1,
      missing.join(', '),
      `missing column(s) ${missing.join(', ')}; the template's columns are ${columns.map((c) => c.name).join(', ')}${looksLikeOneColumn ? ' (is the delimiter a comma or semicolon?)' : ''}`,
    );
  }
  const extra = names.filter((n) => n !== '' && !known.has(n));
  if (extra.length > 0) ctx.note(`column(s) ignored: ${extra.join(', ')}`);
  return names;
}

async function readXlsx(
  ctx: ImportContext,
  columns: readonly TemplateColumn[],
  onRecord: (record: TemplateRecord) => void,
): Promise<void> {
  const problem = await xlsxPartProblem(ctx.file);
  if (problem) ctx.refuseFile(1, problem.part, problem.reason);
  // Loaded when a workbook is read: exceljs is large, and most imports are CSV.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookReader(ctx.file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
  });
  let positions: ColumnPositions | undefined;
  let names: string[] = [];
  let sheets = 0;
  try {
    for await (const sheet of workbook) {
      sheets++;
      if (sheets > 1) continue;
      let pending = 0;
      for await (const row of sheet) {
        const cells = (row.values as unknown[]).slice(1).map(cellText);
        if (cells.every((c) => c === '')) continue;
        if (!positions) {
          names = checkHeader(ctx, cells, columns);
          positions = columnPositions(names);
          continue;
        }
        ctx.rowsRead(1);
        const long = cells.findIndex((c) => (c?.length ?? 0) > IMPORT_LIMITS.maxFieldChars);
        if (long !== -1) {
          ctx.refuse(
            row.number,
            names[long] || `column ${long + 1}`,
            `${cells[long]!.length.toLocaleString('en-GB')} characters, more than the limit of ${IMPORT_LIMITS.maxFieldChars.toLocaleString('en-GB')} for one field`,
          );
          continue;
        }
        onRecord(new RecordCells(row.number, cells, positions));
        if (++pending >= 2_000) {
          pending = 0;
          await ctx.flush();
        }
      }
    }
  } catch (error) {
    // The context's own refusals (FileRefused) pass; errors of exceljs mean a damaged workbook.
    if ((error as { name?: string }).name === 'FileRefused') throw error;
    if (!positions)
      ctx.refuseFile(1, '(file)', `not a readable XLSX workbook (${(error as Error).message})`);
    throw error;
  }
  if (!positions) ctx.refuseFile(1, '(header)', 'the workbook has no rows');
  await ctx.flush();
}

/** The text of a cell as exceljs gives it: strings, numbers, dates (ISO day), rich text, links, formulas. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: unknown;
    };
    if (Array.isArray(v.richText))
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return '';
  }
  return String(value).trim();
}
