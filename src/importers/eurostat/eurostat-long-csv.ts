import type { ImportContext } from '../importer.js';
import type { LineReader } from '../text/line-reader.js';
import { readCommaSeparatedRows } from './eurostat-csv-rows.js';
import { eurostatNumber } from './eurostat-value.js';
import {
  LONG_FILE_INDICATORS,
  NUTS2_FILE_INDICATORS,
  indicatorFromId,
  type IndicatorMeta,
} from './indicator-meta.js';
import type { IndicatorSink } from './indicator-sink.js';

/** A long indicator file's layout: which columns hold the indicator, region, year and value. */
interface LongLayout {
  readonly format: string;
  readonly indicator: string;
  readonly region: string;
  readonly known: Readonly<Record<string, Omit<IndicatorMeta, 'id'>>>;
}

/** indicator,year,region_id,region_level,nuts_version,value (the Nesta/EURITO concatenation). */
export const LONG_INDICATORS_LAYOUT: LongLayout = {
  format: 'eurostat-long',
  indicator: 'indicator',
  region: 'region_id',
  known: LONG_FILE_INDICATORS,
};

/** nuts_id,nuts_name,cntr_code,year,variable,value (the NUTS2 2016 file, 2007-2018). */
export const NUTS2_VARIABLES_LAYOUT: LongLayout = {
  format: 'eurostat-nuts2-long',
  indicator: 'variable',
  region: 'nuts_id',
  known: NUTS2_FILE_INDICATORS,
};

/** The layout a CSV header belongs to, or undefined. */
export function longLayoutOf(header: readonly string[]): LongLayout | undefined {
  for (const layout of [LONG_INDICATORS_LAYOUT, NUTS2_VARIABLES_LAYOUT]) {
    if ([layout.indicator, layout.region, 'year', 'value'].every((c) => header.includes(c))) {
      return layout;
    }
  }
  return undefined;
}

/**
 * Reads a long indicator CSV: one value per row. The indicator column is the indicator id as it
 * stands (`rd_e_gerdreg_pc_gdp_total`, `region_population`); names, units and aggregation come
 * from a table of the known ids, else are derived from the id. Empty and `NA` values are skipped.
 */
export async function readLongIndicatorCsv(
  ctx: ImportContext,
  reader: LineReader,
  sink: IndicatorSink,
  layout: LongLayout,
): Promise<void> {
  ctx.setFormat(layout.format);
  const seen = new Map<string, number>();
  const indicators = new Map<string, IndicatorMeta>();
  const header = (fields: string[]) => {
    const names = fields.map((f) => f.trim());
    return {
      indicator: names.indexOf(layout.indicator),
      region: names.indexOf(layout.region),
      year: names.indexOf('year'),
      value: names.indexOf('value'),
    };
  };
  await readCommaSeparatedRows(ctx, reader, header, (cols, fields, line) => {
    const id = (fields[cols.indicator] ?? '').trim();
    const geo = (fields[cols.region] ?? '').trim();
    const yearText = (fields[cols.year] ?? '').trim();
    const valueText = (fields[cols.value] ?? '').trim();
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(id)) {
      ctx.refuse(line, layout.indicator, `"${id}" is not an indicator id (letters, digits, _)`);
      return;
    }
    if (!/^\d{4}$/.test(yearText)) {
      ctx.refuse(line, 'year', `"${yearText}" is not a year`);
      return;
    }
    if (valueText === '' || valueText === 'NA' || valueText === ':') {
      ctx.skip('empty value, not stored');
      return;
    }
    const value = eurostatNumber(valueText);
    if (value === undefined) {
      ctx.refuse(line, 'value', `"${valueText}" is not a number`);
      return;
    }
    const key = `${id}|${geo}|${yearText}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      ctx.refuse(line, layout.region, `duplicate of row ${previous} (${id}, ${geo}, ${yearText})`);
      return;
    }
    seen.set(key, line);
    let indicator = indicators.get(id);
    if (!indicator) {
      const known = layout.known[id];
      indicator = known ? { id, ...known } : indicatorFromId(id);
      indicators.set(id, indicator);
    }
    sink.add({
      indicator,
      geo,
      year: Number(yearText),
      value,
      flags: null,
      row: line,
      field: layout.region,
    });
  });
}
