import type { ImportContext } from '../importer.js';
import type { LineReader } from '../text/line-reader.js';
import { readCommaSeparatedRows } from './eurostat-csv-rows.js';
import { eurostatIndicator, type IndicatorMeta } from './indicator-meta.js';
import type { IndicatorSink } from './indicator-sink.js';
import { eurostatNumber, normaliseFlags, periodYear } from './eurostat-value.js';

/** Columns of SDMX-CSV that are not dimensions of the series. */
const NON_DIMENSIONS = new Set([
  'DATAFLOW',
  'LAST UPDATE',
  'STRUCTURE',
  'STRUCTURE_ID',
  'STRUCTURE_NAME',
  'ACTION',
  'TIME_PERIOD',
  'OBS_VALUE',
  'OBS_FLAG',
  'OBS_STATUS',
  'CONF_STATUS',
]);

/** True for an SDMX-CSV header (TIME_PERIOD and OBS_VALUE columns). */
export function isSdmxCsvHeader(header: readonly string[]): boolean {
  const names = header.map(columnCode);
  return names.includes('TIME_PERIOD') && names.includes('OBS_VALUE');
}

/** `freq: Time frequency` (SDMX-CSV with labels) -> `freq`. */
function columnCode(cell: string): string {
  const i = cell.indexOf(':');
  return (i === -1 ? cell : cell.slice(0, i)).trim();
}

/**
 * The dataset code of an SDMX-CSV DATAFLOW cell: `ESTAT:ISOC_BDE15AR2(1.0)` -> `isoc_bde15ar2`.
 */
export function dataflowCode(cell: string): string | undefined {
  const m = /^(?:[A-Z0-9_]+:)?([A-Za-z0-9_]+)(\(.*\))?$/.exec(cell.trim());
  return m?.[1]?.toLowerCase();
}

/**
 * Reads Eurostat SDMX-CSV: `DATAFLOW,LAST UPDATE,freq,...,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG[,CONF_STATUS]`,
 * one observation per row. Every column not listed as an SDMX attribute is a dimension. An empty
 * OBS_VALUE with a flag or a confidentiality status is stored as null; a CONF_STATUS other than
 * F (free) adds the flag `c`. Labelled cells (`A:Annual`) are read by their code.
 */
export async function readSdmxCsv(
  ctx: ImportContext,
  reader: LineReader,
  sink: IndicatorSink,
  dataset: string,
): Promise<void> {
  ctx.setFormat('eurostat-sdmx-csv');
  const seen = new Map<string, number>();
  const indicators = new Map<string, IndicatorMeta>();
  const header = (fields: string[]) => {
    const names = fields.map(columnCode);
    const at = (n: string) => names.indexOf(n);
    const geo = names.findIndex((n) => n.toLowerCase() === 'geo');
    if (geo === -1) ctx.refuseFile(1, '(header)', 'SDMX-CSV without a geo column');
    return {
      names,
      dims: names
        .map((n, i) => (NON_DIMENSIONS.has(n) || i === geo ? -1 : i))
        .filter((i) => i >= 0),
      geo,
      time: at('TIME_PERIOD'),
      value: at('OBS_VALUE'),
      flag: at('OBS_FLAG'),
      conf: at('CONF_STATUS'),
    };
  };
  await readCommaSeparatedRows(ctx, reader, header, (cols, fields, line) => {
    const cell = (i: number) => (i === -1 ? '' : columnCode(fields[i] ?? ''));
    const dimPairs = cols.dims.map((i) => [cols.names[i] as string, cell(i)] as const);
    const period = cell(cols.time);
    const year = periodYear(period);
    if (year === undefined) {
      ctx.refuse(line, 'TIME_PERIOD', `"${period}" is not a period`);
      return;
    }
    if (year === null || dimPairs.some(([n, v]) => n.toLowerCase() === 'freq' && v !== 'A')) {
      ctx.skip('not annual data (freq is not A)', `row ${line}`);
      return;
    }
    const geo = cell(cols.geo);
    const seriesKey = dimPairs.map(([, v]) => v).join(',');
    const key = `${seriesKey}|${geo}|${period}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      ctx.refuse(
        line,
        'TIME_PERIOD',
        `duplicate of row ${previous} (${seriesKey}, ${geo}, ${period})`,
      );
      return;
    }
    seen.set(key, line);
    const valueText = (fields[cols.value] ?? '').trim();
    const conf = cell(cols.conf);
    const flags = normaliseFlags(cell(cols.flag) + (conf !== '' && conf !== 'F' ? 'c' : ''));
    let value: number | null = null;
    if (valueText !== '' && valueText !== ':') {
      const number = eurostatNumber(valueText);
      if (number === undefined) {
        ctx.refuse(line, 'OBS_VALUE', `"${valueText}" is not a number`);
        return;
      }
      value = number;
    } else if (flags === null) {
      ctx.skip('missing value without a flag, not stored');
      return;
    }
    let indicator = indicators.get(seriesKey);
    if (!indicator) {
      indicator = eurostatIndicator(dataset, dimPairs);
      indicators.set(seriesKey, indicator);
    }
    sink.add({ indicator, geo, year, value, flags, row: line, field: 'geo' });
  });
}
