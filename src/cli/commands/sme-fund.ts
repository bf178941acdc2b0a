import type { Command } from 'commander';
import type { FundRecord } from '../../services/sme/fund-records.js';
import { collect } from '../repeated-option.js';
import { givenOptions, printLine, type SmeKind, type SmeOptions } from './sme-kind.js';

/** The fund fields given on the command line (absent options stay absent). */
function fundFields(o: SmeOptions) {
  const { text, list } = givenOptions(o);
  const size = text('size');
  return {
    name: text('name'),
    manager: text('manager'),
    size: size === undefined ? undefined : Number(size),
    currency: text('currency'),
    instruments: list('instrument'),
    targets: list('target'),
    regions: list('region'),
    period_start: text('periodStart'),
    period_end: text('periodEnd'),
    website: text('website'),
    source_url: text('sourceUrl'),
  };
}

function fundOptions(command: Command): Command {
  return command
    .option('--name <text>', 'name')
    .option('--manager <text>', 'who manages the fund')
    .option('--size <amount>', 'size in the currency')
    .option('--currency <code>', 'ISO 4217 code (default EUR)')
    .option(
      '--instrument <i>',
      'loans, equity, convertible loans, grants, guarantees, vouchers, subsidies; repeat',
      collect,
    )
    .option('--target <t>', 'sme, start-up, scale-up, cluster; repeat', collect)
    .option('--region <code>', 'NUTS code of a region served; repeat', collect)
    .option('--period-start <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--period-end <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--website <url>', 'website (http:// or https://)')
    .option('--source-url <url>', 'where the facts come from')
    .option('--json', 'print the fund as JSON');
}

function printFund(f: FundRecord): void {
  printLine('manager', f.manager);
  printLine('size', f.size === null ? null : `${f.size} ${f.currency ?? ''}`.trim());
  printLine('instruments', f.instruments.join(', '));
  printLine('targets', f.targets.join(', '));
  printLine('regions', f.regions.map((r) => `${r.name_nl} (${r.code})`).join(', '));
  printLine('period', [f.period_start, f.period_end].filter(Boolean).join(' – '));
  printLine('website', f.website);
  printLine('source', f.source_url);
}

/** Regional funds for the `sme fund` commands. */
export const smeFunds: SmeKind<FundRecord> = {
  name: 'fund',
  fieldOptions: fundOptions,
  async list(store, filter) {
    const { listFunds } = await import('../../services/sme/fund-records.js');
    return listFunds(store.db, filter);
  },
  async get(store, id) {
    const { getFund } = await import('../../services/sme/fund-records.js');
    return getFund(store.db, id, { includeDrafts: true });
  },
  async create(deps, o, status) {
    const { createFund } = await import('../../services/sme/fund-writes.js');
    const fields = fundFields(o);
    return createFund(deps, {
      ...fields,
      name: fields.name ?? '',
      regions: fields.regions ?? [],
      status,
    });
  },
  async update(deps, id, o, version) {
    const { updateFund } = await import('../../services/sme/fund-writes.js');
    return updateFund(deps, id, { ...fundFields(o), version });
  },
  async setStatus(deps, id, status) {
    const { setFundStatus } = await import('../../services/sme/fund-writes.js');
    return setFundStatus(deps, id, status);
  },
  printDetails: printFund,
};
