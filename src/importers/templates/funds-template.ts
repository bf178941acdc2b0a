import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateTools } from './template-importer.js';

/** The instruments a fund can use (the `instruments` column takes any of these, separated by |). */
export const FUND_INSTRUMENTS = [
  'loans',
  'equity',
  'convertible loans',
  'grants',
  'guarantees',
  'vouchers',
  'subsidies',
] as const;

/**
 * Template `funds`: fund_id, region, name, size_eur, instruments, target_sectors, manager, url.
 * Regional investment funds: `instruments` lists loans, equity, convertible loans, grants,
 * guarantees, vouchers or subsidies separated by |; `target_sectors` is free text (sectors or key
 * areas separated by |). Stored with the lists joined by `|`.
 */
export const fundsTemplateImporter = templateImporter<{ writer: TableWriter }>({
  kind: 'funds',
  description: 'Template: regional investment funds (size, instruments, target sectors)',
  columns: [
    { name: 'fund_id', required: true, description: 'Your id of the fund, e.g. NL213-fund-twente' },
    { name: 'region', required: true, description: 'NUTS 2021 code of the region the fund serves' },
    { name: 'name', required: true, description: 'Name of the fund' },
    { name: 'size_eur', required: false, description: 'Size of the fund in euro' },
    {
      name: 'instruments',
      required: false,
      description:
        'loans, equity, convertible loans, grants, guarantees, vouchers, subsidies; separated by |',
    },
    {
      name: 'target_sectors',
      required: false,
      description: 'Sectors or key areas the fund invests in, separated by |',
    },
    { name: 'manager', required: false, description: 'Who manages the fund' },
    { name: 'url', required: false, description: 'Web address' },
  ],
  key: ['fund_id'],
  async prepare(tools: TemplateTools) {
    return { writer: tools.ctx.writer('funds', ['id'], { after: [tools.regionWriter] }) };
  },
  record(row, state) {
    const region = row.region('region');
    const size = row.number('size_eur', { min: 0 });
    const instruments = row.list('instruments').map((i) => i.toLowerCase());
    for (const i of instruments) {
      if (!(FUND_INSTRUMENTS as readonly string[]).includes(i)) {
        row.refuse('instruments', `"${i}" is not one of ${FUND_INSTRUMENTS.join(', ')}`);
      }
    }
    const url = row.text('url');
    if (url && !/^https?:\/\//.test(url))
      row.refuse('url', `"${url}" is not a web address (http:// or https://)`);
    if (!row.ok || !region || size === undefined) return;
    state.writer.add({
      id: row.raw('fund_id'),
      region_code: region,
      name: row.raw('name'),
      size_eur: size,
      instruments: instruments.length ? instruments.join('|') : null,
      target_sectors: row.list('target_sectors').join('|') || null,
      manager: row.text('manager'),
      url,
      source_id: row.datasetId,
    });
  },
});
