import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test/support/test-store.js';
import { runCli } from '../../../test/support/cli-run.js';

const cli = (args: readonly string[]) => runCli(...args);

describe('regiokracht sme', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rk-sme-'));
    db = join(dir, 'regiokracht.db');
    const init = await cli(['--db', db, '--data-dir', sharedDataDir, 'init', '--regions-only']);
    expect(init.code, init.err).toBe(0);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('adds, edits, publishes and retires a contact point, each change in the audit trail', async () => {
    const added = await cli([
      '--db',
      db,
      'sme',
      'contact',
      'add',
      '--name',
      'Test loket Twente',
      '--region',
      'NL213',
      '--phone',
      '053 000 0000',
      '--email',
      'loket@example.test',
      '--channel',
      'desk',
      '--channel',
      'phone',
      '--address',
      'Teststraat 1',
      '--postcode',
      '7511ab',
      '--town',
      'Enschede',
      '--json',
    ]);
    expect(added.code, added.err).toBe(0);
    const point = JSON.parse(added.out) as { id: string; status: string; postcode: string };
    expect(point).toMatchObject({ status: 'draft', postcode: '7511 AB' });
    const stale = await cli([
      '--db',
      db,
      'sme',
      'contact',
      'edit',
      point.id,
      '--expect-version',
      '2',
      '--town',
      'Hengelo',
    ]);
    expect(stale.code).not.toBe(0);
    expect(stale.err).toMatch(/changed since version 2/);
    const edited = await cli([
      '--db',
      db,
      'sme',
      'contact',
      'edit',
      point.id,
      '--expect-version',
      '1',
      '--opening-hours',
      'ma–vr 9–17',
    ]);
    expect(edited.code, edited.err).toBe(0);
    expect((await cli(['--db', db, 'sme', 'contact', 'publish', point.id])).out).toMatch(
      /is published \(version 3\)/,
    );
    expect((await cli(['--db', db, 'sme', 'contact', 'retire', point.id])).out).toMatch(
      /is retired \(version 4\)/,
    );
    const shown = await cli(['--db', db, 'sme', 'contact', 'show', point.id]);
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
    const bad = await cli([
      '--db',
      db,
      'sme',
      'contact',
      'add',
      '--name',
      'Test',
      '--region',
      'NL213',
      '--email',
      'geen-adres',
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/email: "geen-adres" is not an e-mail address/);
    const fund = await cli(['--db', db, 'sme', 'fund', 'add', '--name', 'Test fonds']);
    expect(fund.code).not.toBe(0);
    expect(fund.err).toMatch(/regions: /);
  });

  it('adds a fund with its size, currency, instruments and regions and lists it', async () => {
    const added = await cli([
      '--db',
      db,
      'sme',
      'fund',
      'add',
      '--name',
      'Test fonds Twente',
      '--region',
      'NL213',
      '--size',
      '15000000',
      '--instrument',
      'loans',
      '--instrument',
      'equity',
      '--target',
      'sme',
      '--publish',
    ]);
    expect(added.code, added.err).toBe(0);
    const list = await cli(['--db', db, 'sme', 'fund', 'list', '--region', 'NL213', '--json']);
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
