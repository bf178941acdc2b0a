import type { ImportContext } from '../importer.js';
import type { LineReader } from '../text/line-reader.js';
import { eurostatIndicator, type IndicatorMeta } from './indicator-meta.js';
import type { IndicatorSink } from './indicator-sink.js';
import { parseEurostatCell, periodYear } from './eurostat-value.js';
import { IMPORT_LIMITS } from '../limits.js';
import { SeenKeys } from '../seen-keys.js';

const MAX_FIELD = IMPORT_LIMITS.maxFieldChars;

/** True for the header of a Eurostat bulk TSV: first cell `dim,...,geo\time` or `...\TIME_PERIOD`. */
export function isEurostatTsvHeader(line: string): boolean {
  const first = line.split('\t', 1)[0] ?? '';
  return line.includes('\t') && /\\(time|time_period)\s*$/i.test(first);
}

/**
 * Reads a Eurostat bulk-download TSV: the first cell names the dimensions
 * (`unit,sectperf,geo\time` or `freq,unit,geo\TIME_PERIOD`), the other header cells are periods
 * in any order; each row starts with the dimension codes, comma-separated, then one value cell
 * per period (`12.3 `, `12.3 e`, `:`, `: c`, `: @C`). Periods that are not whole years are
 * skipped; so are bare `:` cells (no value, no flag).
 */
export async function readEurostatTsv(
  ctx: ImportContext,
  reader: LineReader,
  sink: IndicatorSink,
  dataset: string,
): Promise<void> {
  ctx.setFormat('eurostat-tsv');
  let header:
    { dims: string[]; geo: number; years: (number | null)[]; periods: string[] } | undefined;
  // The row keys as hashes: a key cut from a line would hold the whole text read with it.
  const seen = new SeenKeys();
  const indicators = new Map<string, IndicatorMeta>();
  let lineNo = 0;
  for await (const lines of reader.batches()) {
    for (const line of lines) {
      lineNo++;
      if (!header) {
        header = parseHeader(ctx, line);
        continue;
      }
      if (line.trim() === '') continue;
      ctx.rowsRead(1);
      const cells = line.split('\t');
      const long = line.length > MAX_FIELD ? cells.findIndex((c) => c.length > MAX_FIELD) : -1;
      if (long !== -1) {
        ctx.refuse(lineNo, `column ${long + 1}`, `more than ${MAX_FIELD} characters in one field`);
        continue;
      }
      const keyCell = cells[0] ?? '';
      const codes = keyCell.split(',').map((c) => c.trim());
      if (codes.length !== header.dims.length) {
        ctx.refuse(
          lineNo,
          header.dims.join(','),
          `expected ${header.dims.length} comma-separated codes (${header.dims.join(',')}), found "${keyCell}"${cells.length === 1 ? ' and no tab: is the file tab-separated?' : ''}`,
        );
        continue;
      }
      if (cells.length - 1 !== header.periods.length) {
        ctx.refuse(
          lineNo,
          '(row)',
          `expected ${header.periods.length} values after the codes, found ${cells.length - 1} (truncated line or wrong delimiter?)`,
        );
        continue;
      }
      const previous = seen.firstLine(keyCell, lineNo);
      if (previous !== undefined) {
        ctx.refuse(lineNo, header.dims.join(','), `duplicate of row ${previous} (${keyCell})`);
        continue;
      }
      const dimPairs = header.dims.map((d, i) => [d, codes[i] ?? ''] as const);
      const freq = dimPairs.find(([d]) => d.toLowerCase() === 'freq')?.[1];
      if (freq !== undefined && freq !== 'A') {
        ctx.skip('not annual data (freq is not A)', `row ${lineNo}: ${keyCell}`);
        continue;
      }
      const seriesKey = codes.filter((_, i) => i !== header!.geo).join(',');
      let indicator = indicators.get(seriesKey);
      if (!indicator) {
        indicator = eurostatIndicator(dataset, dimPairs);
        indicators.set(seriesKey, indicator);
      }
      const geo = codes[header.geo] ?? '';
      for (let i = 0; i < header.periods.length; i++) {
        const year = header.years[i];
        const period = header.periods[i] as string;
        if (year === null || year === undefined) continue;
        const cell = parseEurostatCell(cells[i + 1] ?? '');
        if (!cell.ok) {
          ctx.refuse(lineNo, period, cell.reason);
          continue;
        }
        if (cell.value === null && cell.flags === null) {
          ctx.skip('missing value (:) without a flag, not stored');
          continue;
        }
        sink.add({
          indicator,
          geo,
          year,
          value: cell.value,
          flags: cell.flags,
          row: lineNo,
          field: period,
        });
      }
    }
    await ctx.flush();
  }
  if (!header) ctx.refuseFile(1, '(header)', 'the file is empty');
}

function parseHeader(
  ctx: ImportContext,
  line: string,
): { dims: string[]; geo: number; years: (number | null)[]; periods: string[] } {
  if (!isEurostatTsvHeader(line)) {
    ctx.refuseFile(
      1,
      '(header)',
      `not a Eurostat TSV header: ${JSON.stringify(line.slice(0, 80))}`,
    );
  }
  const cells = line.split('\t');
  const first = cells[0] as string;
  const dims = first
    .replace(/\\(time|time_period)\s*$/i, '')
    .split(',')
    .map((d) => d.trim());
  const geo = dims.findIndex((d) => d.toLowerCase() === 'geo');
  if (geo === -1) ctx.refuseFile(1, first, 'no geo dimension in the first header cell');
  const periods = cells.slice(1).map((p) => p.trim());
  const years: (number | null)[] = [];
  for (const period of periods) {
    const year = periodYear(period);
    if (year === undefined)
      ctx.refuseFile(1, period, `"${period}" is not a period (expected e.g. 2020)`);
    if (year === null) ctx.skip('not a whole-year period (quarters, months...)', period);
    years.push(year);
  }
  return { dims, geo, years, periods };
}
