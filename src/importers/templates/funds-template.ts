import { FUND_INSTRUMENTS, FUND_TARGETS } from '../../domain/sme-content.js';
import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateTools } from './template-importer.js';
import { templateColumns } from './template-columns.js';
import { removeStaleLinks, TemplateLinks } from './template-links.js';

interface State {
  readonly writer: TableWriter;
  readonly regions: TemplateLinks;
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
  columns: templateColumns({
    required: {
      fund_id: 'Your id of the fund, e.g. NL213-fund-twente',
      region: 'NUTS 2021 code of the region the fund serves',
      name: 'Name of the fund',
    },
    optional: {
      size_eur: 'Size of the fund in euro',
      size: 'Size of the fund in `currency`',
      currency: 'ISO 4217 code of `size` (default EUR)',
      instruments: `${FUND_INSTRUMENTS.join(', ')}; separated by |`,
      targets: `${FUND_TARGETS.join(', ')}; separated by |`,
      target_sectors: 'Sectors or key areas the fund invests in, separated by |',
      regions: 'More NUTS 2021 codes of regions the fund serves, separated by |',
      period_start: 'YYYY, YYYY-MM or YYYY-MM-DD',
      period_end: 'YYYY, YYYY-MM or YYYY-MM-DD',
      manager: 'Who manages the fund',
      url: 'Website',
      source_url: 'Where the facts come from',
    },
  }),
  key: ['fund_id'],
  async prepare(tools: TemplateTools) {
    const writer = tools.ctx.writer('funds', ['id'], { after: [tools.regionWriter] });
    return {
      writer,
      regions: new TemplateLinks(tools.ctx, 'fund_regions', 'fund_id', 'region_code', [
        writer,
        tools.regionWriter,
      ]),
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
    const instruments = row.listOf('instruments', FUND_INSTRUMENTS);
    const targets = row.listOf('targets', FUND_TARGETS);
    const start = row.date('period_start', { partial: true });
    const end = row.date('period_end', { partial: true });
    if (start && end && end < start) row.refuse('period_end', `${end} is before ${start}`);
    const url = row.webAddress('url');
    const sourceUrl = row.webAddress('source_url');
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
    state.regions.add(
      id,
      [...regions].map((r) => ({ region_code: r })),
    );
  },
  async finish(tools, state) {
    await removeStaleLinks(tools.ctx, 'regions of funds', [state.regions]);
  },
});
