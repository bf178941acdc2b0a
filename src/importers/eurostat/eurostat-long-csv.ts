import type { ImportContext } from '../importer.js';
import { csvRecordBatches } from '../text/csv-records.js';
import { withImportLimits } from '../text/csv-table.js';
import type { LineReader } from '../text/line-reader.js';
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
  let cols:
    { indicator: number; region: number; year: number; value: number; width: number } | undefined;
  const seen = new Map<string, number>();
  const indicators = new Map<string, IndicatorMeta>();
  const records = csvRecordBatches(reader, withImportLimits({ delimiter: ',' }), (p) =>
    ctx.refuse(p.line, p.field ?? '(row)', p.reason),
  );
  for await (const batch of records) {
    for (const { fields, line } of batch) {
      if (!cols) {
        const header = fields.map((f) => f.trim());
        const index = (name: string) => header.indexOf(name);
        cols = {
          indicator: index(layout.indicator),
          region: index(layout.region),
          year: index('year'),
          value: index('value'),
          width: header.length,
        };
        continue;
      }
      ctx.rowsRead(1);
      if (fields.length !== cols.width) {
        ctx.refuse(
          line,
          '(row)',
          `expected ${cols.width} fields, found ${fields.length} (truncated line or wrong delimiter?)`,
        );
        continue;
      }
      const id = (fields[cols.indicator] ?? '').trim();
      const geo = (fields[cols.region] ?? '').trim();
      const yearText = (fields[cols.year] ?? '').trim();
      const valueText = (fields[cols.value] ?? '').trim();
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(id)) {
        ctx.refuse(line, layout.indicator, `"${id}" is not an indicator id (letters, digits, _)`);
        continue;
      }
      if (!/^\d{4}$/.test(yearText)) {
        ctx.refuse(line, 'year', `"${yearText}" is not a year`);
        continue;
      }
      if (valueText === '' || valueText === 'NA' || valueText === ':') {
        ctx.skip('empty value, not stored');
        continue;
      }
      const value = Number(valueText);
      if (!Number.isFinite(value) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(valueText)) {
        ctx.refuse(line, 'value', `"${valueText}" is not a number`);
        continue;
      }
      const key = `${id}|${geo}|${yearText}`;
      const previous = seen.get(key);
      if (previous !== undefined) {
        ctx.refuse(
          line,
          layout.region,
          `duplicate of row ${previous} (${id}, ${geo}, ${yearText})`,
        );
        continue;
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
    }
    await ctx.flush();
  }
  if (!cols) ctx.refuseFile(1, '(header)', 'the file is empty');
}
