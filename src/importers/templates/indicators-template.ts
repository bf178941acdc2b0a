import type { DatasetInfo, TableWriter } from '../importer.js';
import { unitAggregation } from '../eurostat/indicator-meta.js';
import { templateColumns } from './template-columns.js';
import { templateImporter, type TemplateTools } from './template-importer.js';

interface State {
  readonly indicators: Map<string, { unit: string }>;
  readonly indicatorWriter: TableWriter;
  readonly valueWriter: TableWriter;
  readonly datasets: Map<string, string>;
  readonly datasetWriter: TableWriter;
}

/** A data set id for a free-text source: `source:cbs-statline-2023`. */
function sourceDataset(source: string): DatasetInfo {
  const slug = source
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    id: `source:${slug.slice(0, 80) || 'unnamed'}`,
    title: source,
    publisher: source,
    licence: null,
    url: null,
  };
}

/**
 * Template `indicators`: indicator, region, year, value, unit, source. An indicator new to the
 * database is created with its id as name, the unit given, and the aggregation the unit implies
 * (counts such as NR or MIO_EUR add up; everything else is a rate). An indicator already held
 * keeps its names; its unit must match. `source` names the data set of the value (created as
 * `source:<slug>`); the value's import is recorded as always.
 */
export const indicatorsTemplateImporter = templateImporter<State>({
  kind: 'indicators',
  description:
    'Template: indicator values a region enters (indicator, region, year, value, unit, source)',
  columns: templateColumns({
    required: {
      indicator: 'Indicator id, e.g. rd_e_gerdreg_pc_gdp_total or a new id such as twente_startups',
      region: 'NUTS 2021 code (any level) or country code',
      year: 'Year, e.g. 2022',
      value: 'The number; decimal point or comma, no thousands separators',
      unit: 'Unit: NR (count), PC (percentage), EUR, MIO_EUR, EUR_HAB...',
    },
    optional: {
      source: 'Where the figure comes from (publisher, table, year)',
    },
  }),
  key: ['indicator', 'region', 'year'],
  async prepare(tools: TemplateTools): Promise<State> {
    const rows = await tools.ctx.tx.db.selectFrom('indicators').select(['id', 'unit']).execute();
    const datasetWriter = tools.ctx.writer('datasets', ['id']);
    const indicatorWriter = tools.ctx.writer('indicators', ['id'], { after: [datasetWriter] });
    return {
      indicators: new Map(rows.map((r) => [r.id, { unit: r.unit }])),
      indicatorWriter,
      datasetWriter,
      datasets: new Map(),
      valueWriter: tools.ctx.writer('indicator_values', ['indicator_id', 'region_code', 'year'], {
        after: [indicatorWriter, tools.regionWriter, datasetWriter],
        inKeyOrder: true,
      }),
    };
  },
  record(row, state) {
    const id = row.raw('indicator');
    if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(id))
      row.refuse('indicator', `"${id}" is not an indicator id (letters, digits, _ . -)`);
    const region = row.region('region');
    const year = row.integer('year', { min: 1900, max: 2100 });
    const value = row.number('value');
    const unit = row.raw('unit');
    const source = row.text('source');
    const known = state.indicators.get(id);
    if (known && known.unit !== '' && known.unit.toUpperCase() !== unit.toUpperCase()) {
      row.refuse('unit', `"${unit}" differs from the unit of ${id} (${known.unit})`);
    }
    if (!row.ok || !region || year === null || year === undefined || value === undefined) return;
    let datasetId: string | null = null;
    if (source) {
      const dataset = sourceDataset(source);
      datasetId = dataset.id;
      if (!state.datasets.has(dataset.id)) {
        state.datasets.set(dataset.id, source);
        state.datasetWriter.add({ ...dataset, retrieved_at: null });
      }
    }
    if (!known) {
      state.indicators.set(id, { unit });
      state.indicatorWriter.add({
        id,
        name_en: id,
        name_nl: id,
        unit,
        aggregation: unitAggregation(unit),
        dataset_id: datasetId,
      });
    }
    state.valueWriter.add({
      indicator_id: id,
      region_code: region,
      year,
      value,
      flags: null,
      import_id: row.importId,
    });
  },
});
