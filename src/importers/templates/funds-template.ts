import { FUND_INSTRUMENTS, FUND_TARGETS } from '../../domain/sme-content.js';
import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateRow, type TemplateTools } from './template-importer.js';
import { removeStaleLinks } from './template-links.js';

interface State {
  readonly writer: TableWriter;
  readonly regionLinks: TableWriter;
  readonly served: Map<string, Set<string>>;
}

/** A web address (http or https) in a column, refused otherwise. */
function webAddress(row: TemplateRow, column: string): string | null {
  const url = row.text(column);
  if (url && !/^https?:\/\/\S+$/.test(url))
    row.refuse(column, `"${url}" is not a web address (http:// or https://)`);
  return url;
}

/** Values of a list column, each from `allowed` (lower case), refused otherwise. */
function closedList(row: TemplateRow, column: string, allowed: readonly string[]): string[] {
  const values = row.list(column).map((v) => v.toLowerCase());
  for (const v of values)
    if (!allowed.includes(v)) row.refuse(column, `"${v}" is not one of ${allowed.join(', ')}`);
  return values;
}

/**
 * Template `funds`: fund_id, region, name, size_eur, instruments, target_sectors, manager, url,
 * and optionally size with currency (instead of size_eur), targets, more regions, period_start,
 * period_end, source_url. `instruments` lists loans, equity, convertible loans, grants,
 * guarantees, vouchers or subsidies; `targets` sme, start-up, scale-up or cluster; `regions` more
 * NUTS codes the fund serves besides `region`; all separated by |. Imported funds are published.
 */
export const fundsTemplateImporter = templateImporter<State>({
  kind: 'funds',
  description:
    'Template: regional funds (size and currency, instruments, targets, regions, period)',
  columns: [
    { name: 'fund_id', required: true, description: 'Your id of the fund, e.g. NL213-fund-twente' },
    { name: 'region', required: true, description: 'NUTS 2021 code of the region the fund serves' },
    { name: 'name', required: true, description: 'Name of the fund' },
    { name: 'size_eur', required: false, description: 'Size of the fund in euro' },
    { name: 'size', required: false, description: 'Size of the fund in `currency`' },
    { name: 'currency', required: false, description: 'ISO 4217 code of `size` (default EUR)' },
    {
      name: 'instruments',
      required: false,
      description: `${FUND_INSTRUMENTS.join(', ')}; separated by |`,
    },
    { name: 'targets', required: false, description: `${FUND_TARGETS.join(', ')}; separated by |` },
    {
      name: 'target_sectors',
      required: false,
      description: 'Sectors or key areas the fund invests in, separated by |',
    },
    {
      name: 'regions',
      required: false,
      description: 'More NUTS 2021 codes of regions the fund serves, separated by |',
    },
    { name: 'period_start', required: false, description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    { name: 'period_end', required: false, description: 'YYYY, YYYY-MM or YYYY-MM-DD' },
    { name: 'manager', required: false, description: 'Who manages the fund' },
    { name: 'url', required: false, description: 'Website' },
    { name: 'source_url', required: false, description: 'Where the facts come from' },
  ],
  key: ['fund_id'],
  async prepare(tools: TemplateTools) {
    const writer = tools.ctx.writer('funds', ['id'], { after: [tools.regionWriter] });
    return {
      writer,
      regionLinks: tools.ctx.writer('fund_regions', ['fund_id', 'region_code'], {
        after: [writer, tools.regionWriter],
      }),
      served: new Map(),
    };
  },
  record(row, state) {
    const region = row.region('region');
    const more: string[] = [];
    for (const code of row.list('regions')) {
      const r = row.region('regions', code);
      if (r) more.push(r);
    }
    const sizeEur = row.number('size_eur', { min: 0 });
    const size = row.number('size', { min: 0 });
    const currency = (row.text('currency') ?? 'EUR').toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency))
      row.refuse('currency', `"${currency}" is not a currency code such as EUR`);
    if (sizeEur !== null && sizeEur !== undefined && size !== null && size !== undefined)
      row.refuse('size', 'give size_eur or size with currency, not both');
    const instruments = closedList(row, 'instruments', FUND_INSTRUMENTS);
    const targets = closedList(row, 'targets', FUND_TARGETS);
    const start = row.date('period_start', { partial: true });
    const end = row.date('period_end', { partial: true });
    if (start && end && end < start) row.refuse('period_end', `${end} is before ${start}`);
    const url = webAddress(row, 'url');
    const sourceUrl = webAddress(row, 'source_url');
    if (!row.ok || !region || sizeEur === undefined || size === undefined) return;
    const amount = size ?? sizeEur;
    const id = row.raw('fund_id');
    state.writer.add({
      id,
      region_code: region,
      name: row.raw('name'),
      size_eur: amount !== null && currency === 'EUR' ? amount : null,
      size: amount,
      currency: amount === null ? null : currency,
      instruments: instruments.join('|') || null,
      targets: targets.join('|') || null,
      target_sectors: row.list('target_sectors').join('|') || null,
      period_start: start ?? null,
      period_end: end ?? null,
      manager: row.text('manager'),
      url,
      source_url: sourceUrl,
      source_id: row.datasetId,
      status: 'published',
    });
    const regions = new Set([region, ...more]);
    state.served.set(id, regions);
    for (const r of regions) state.regionLinks.add({ fund_id: id, region_code: r });
  },
  async finish(tools, state) {
    await state.regionLinks.flush();
    const removed = await removeStaleLinks(
      tools.ctx,
      'fund_regions',
      'fund_id',
      'region_code',
      state.served,
    );
    if (removed > 0) tools.ctx.note(`${removed} regions of funds removed (no longer in the file)`);
  },
});
