import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cliDatabase, initRegionsOnly } from '../../../test/support/cli-database.js';
import { optionArgs, runCli, type OptionTable } from '../../../test/support/cli-run.js';

describe('regiokracht sme', () => {
  const { db } = cliDatabase('rk-sme-', initRegionsOnly, 120_000);
  /** Runs `regiokracht --db <db> sme <words> <options>`. */
  const sme = (words: readonly string[], options: OptionTable = {}) =>
    runCli('--db', db, 'sme', ...words, ...optionArgs(options));

  it('adds, edits, publishes and retires a contact point, each change in the audit trail', async () => {
    const added = await sme(['contact', 'add'], {
      '--name': 'Test loket Twente',
      '--region': 'NL213',
      '--phone': '053 000 0000',
      '--email': 'loket@example.test',
      '--channel': ['desk', 'phone'],
      '--address': 'Teststraat 1',
      '--postcode': '7511ab',
      '--town': 'Enschede',
      '--json': true,
    });
    expect(added.code, added.err).toBe(0);
    const point = JSON.parse(added.out) as { id: string; status: string; postcode: string };
    expect(point).toMatchObject({ status: 'draft', postcode: '7511 AB' });
    const stale = await sme(['contact', 'edit', point.id], {
      '--expect-version': '2',
      '--town': 'Hengelo',
    });
    expect(stale.code).not.toBe(0);
    expect(stale.err).toMatch(/changed since version 2/);
    const edited = await sme(['contact', 'edit', point.id], {
      '--expect-version': '1',
      '--opening-hours': 'ma–vr 9–17',
    });
    expect(edited.code, edited.err).toBe(0);
    expect((await sme(['contact', 'publish', point.id])).out).toMatch(/is published \(version 3\)/);
    expect((await sme(['contact', 'retire', point.id])).out).toMatch(/is retired \(version 4\)/);
    const shown = await sme(['contact', 'show', point.id]);
    expect(shown.out).toContain('address: Teststraat 1, 7511 AB Enschede');
    expect(shown.out).toContain('opening hours: ma–vr 9–17');
    const sqlite = new SqliteDatabase(db, { readonly: true });
    const actions = sqlite
      .prepare('select action from audit_log where entity_id = ? order by id')
      .all(point.id) as { action: string }[];
    sqlite.close();
    expect(actions.map((a) => a.action)).toEqual(['create', 'update', 'publish', 'retire']);
  });

  it('refuses a malformed e-mail naming the field, and a fund without a region', async () => {
    const bad = await sme(['contact', 'add'], {
      '--name': 'Test',
      '--region': 'NL213',
      '--email': 'geen-adres',
    });
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/email: "geen-adres" is not an e-mail address/);
    const fund = await sme(['fund', 'add'], { '--name': 'Test fonds' });
    expect(fund.code).not.toBe(0);
    expect(fund.err).toMatch(/regions: /);
  });

  it('adds a fund with its size, currency, instruments and regions and lists it', async () => {
    const added = await sme(['fund', 'add'], {
      '--name': 'Test fonds Twente',
      '--region': 'NL213',
      '--size': '15000000',
      '--instrument': ['loans', 'equity'],
      '--target': 'sme',
      '--publish': true,
    });
    expect(added.code, added.err).toBe(0);
    const list = await sme(['fund', 'list'], { '--region': 'NL213', '--json': true });
    expect(JSON.parse(list.out)).toMatchObject([
      {
        name: 'Test fonds Twente',
        size: 15000000,
        currency: 'EUR',
        instruments: ['loans', 'equity'],
      },
    ]);
  });
});
