import { access, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initRegionsOnly } from '../../test/support/cli-database.js';
import { temporaryDirectory } from '../../test/support/temporary-directory.js';
import { sharedDataDir } from '../../test/support/test-store.js';
import { buildProgram } from './program.js';
import { runProgram } from './run.js';
import { runCli as cli } from '../../test/support/cli-run.js';

describe('the regiokracht command line', () => {
  const dir = temporaryDirectory('rk-cli-', { each: true });
  const db = join(dir, 'regiokracht.db');
  afterEach(() => {
    delete process.env.DATABASE_URL;
  });

  it('initialises a database from the whole data directory and exits 0', async () => {
    const result = await cli('--db', db, '--data-dir', sharedDataDir, 'init');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('2010 regions');
    const raw = new SqliteDatabase(db, { readonly: true });
    const count = (sql: string) => (raw.prepare(sql).get() as { n: number }).n;
    try {
      expect(count('select count(*) as n from participations')).toBe(144726);
      expect(count('select count(distinct project_id) as n from participations')).toBe(31451);
      expect(
        count(
          "select count(*) as n from actors where country_code = 'NL' and region_code like 'NL___'",
        ),
      ).toBeGreaterThan(900);
      expect(
        count("select count(*) as n from indicator_values where region_code = 'NL21'"),
      ).toBeGreaterThan(100);
      expect(count('select count(*) as n from region_geometries')).toBeGreaterThan(5000);
      // The figures, made after the load on a connection of their own, are stored, none failed.
      const made = /Figures of (\d+) Dutch regions: (\d+) computed/.exec(result.out);
      expect(made, result.out).not.toBeNull();
      expect(result.out).not.toContain('not computed:');
      expect(count('select count(*) as n from figures')).toBe(Number(made![2]));
    } finally {
      raw.close();
    }
    // The whole data directory: about 20 s on an idle 2-core machine, more on a busy one.
  }, 600_000);

  it('prints help for every command and exits 0', async () => {
    for (const name of buildProgram().commands.map((c: Command) => c.name())) {
      const result = await cli(name, '--help');
      expect(result.code, name).toBe(0);
      expect(result.out, name).toContain(`Usage: regiokracht ${name}`);
    }
  });

  it('exits 1 with one line naming a missing data directory', async () => {
    const result = await cli('--db', db, '--data-dir', join(dir, 'nowhere'), 'init');
    expect(result.code).toBe(1);
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).toMatch(
      /data directory .*nowhere not found; pass --data-dir or set REGIOKRACHT_DATA_DIR/,
    );
  });

  it('exits 1 naming a malformed GeoJSON file', async () => {
    await mkdir(join(dir, 'data', 'geo'), { recursive: true });
    await writeFile(
      join(dir, 'data', 'geo', 'NUTS_RG_60M_2021_4326_LEVL_0.geojson'),
      '{"type":"Feature"}',
    );
    const result = await cli('--db', db, '--data-dir', join(dir, 'data'), 'init');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /NUTS_RG_60M_2021_4326_LEVL_0\.geojson: not a GeoJSON FeatureCollection/,
    );
  });

  it('exits 1 when DATABASE_URL points at no server', async () => {
    process.env.DATABASE_URL = 'postgres://nobody:secret@127.0.0.1:1/none';
    const result = await cli('--data-dir', sharedDataDir, 'init');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /cannot connect to PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none .*check DATABASE_URL/,
    );
    expect(result.err).not.toContain('secret');
  });

  it('refuses a database made by a newer version and leaves it untouched', async () => {
    await initRegionsOnly(db);
    const raw = new SqliteDatabase(db);
    raw
      .prepare(
        "insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01')",
      )
      .run();
    const regions = (raw.prepare('select count(*) as n from regions').get() as { n: number }).n;
    raw.close();
    const result = await cli('--db', db, '--data-dir', sharedDataDir, 'init');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /made by a newer version of Regiokracht \(schema 9999-from-the-future\); upgrade Regiokracht/,
    );
    const after = new SqliteDatabase(db, { readonly: true });
    expect((after.prepare('select count(*) as n from regions').get() as { n: number }).n).toBe(
      regions,
    );
    after.close();
  });

  it('refuses a mistyped --db on a reading command without creating anything', async () => {
    const missing = join(dir, 'no', 'such', 'dir', 'r.db');
    for (const args of [
      ['helix', 'NL213'],
      ['index', '--json'],
      ['visit', 'list'],
    ]) {
      const result = await cli('--db', missing, ...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err.trim().split('\n')).toEqual([
        `regiokracht: there is no database at ${missing}: check --db (REGIOKRACHT_DB), or create it with \`regiokracht init\``,
      ]);
    }
    await expect(access(join(dir, 'no'))).rejects.toThrow(/ENOENT/);
  });

  it('exits 1 with one line when the dossier cannot be written where --out says', async () => {
    await initRegionsOnly(db);
    const out = join(dir, 'missing-dir', 'x.html');
    const result = await cli('--db', db, 'dossier', 'NL213', '--format', 'html', '--out', out);
    expect(result.code).toBe(1);
    expect(result.err.trim().split('\n')).toEqual([
      `regiokracht: cannot use ${out}: it (or its directory) does not exist`,
    ]);
  });

  it('exits 1 on an unknown command and 2 on a bug', async () => {
    expect((await cli('no-such-command')).code).toBe(1);
    const broken = new Command('regiokracht').exitOverride();
    broken.command('boom').action(() => {
      throw new TypeError('a bug');
    });
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runProgram(broken, ['node', 'regiokracht', 'boom'])).toBe(2);
    } finally {
      err.mockRestore();
    }
  });
});
