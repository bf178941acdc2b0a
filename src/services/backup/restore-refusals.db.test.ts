import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useFileTestStore } from '../../../test/support/file-test-store.js';
import { seedNutsRegions } from '../../../test/support/seed-regions.js';
import { tableCounts } from '../../../test/support/table-counts.js';
import { testBackend } from '../../../test/support/test-store.js';
import { RegiokrachtError } from '../../domain/errors.js';
import { addUser } from '../accounts/add-user.js';
import { endSession, openSession, sessionOf } from '../accounts/sessions.js';
import { planVisit } from '../visits/plan-visit.js';
import { backupDatabase } from './backup-database.js';
import { restoreDatabase } from './restore-database.js';

const now = () => new Date('2026-03-01T10:00:00Z');

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<RegiokrachtError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RegiokrachtError);
  return error as RegiokrachtError;
}

describe(`restore refuses a bad backup and leaves the database unchanged, on ${testBackend}`, () => {
  let logical: string;
  let before: Record<string, number>;
  const db = useFileTestStore(async ({ store, dir }) => {
    await seedNutsRegions(store);
    await planVisit({ store, now }, { region: 'NL213', date: '2026-05-12' });
    logical = join(dir, 'backup.jsonl.gz');
    await backupDatabase(store, logical, { format: 'logical', now });
    // After the backup: a restore that went through would remove this visit.
    await planVisit({ store, now }, { region: 'NL41', date: '2026-06-02' });
    before = await tableCounts(store);
  });

  const restore = (file: string) =>
    restoreDatabase(file, {
      open: () => db.reopen(),
      ...(testBackend === 'sqlite' ? { sqliteFile: db.store.location } : {}),
    });

  const expectUnchanged = async () => {
    expect(await tableCounts(db.store)).toEqual(before);
    const visits = await db.store.db
      .selectFrom('visits')
      .select('region_code')
      .orderBy('region_code')
      .execute();
    expect(visits.map((v) => v.region_code)).toEqual(['NL213', 'NL41']);
  };

  /** Restoring `file` fails with `code` and leaves the database as it was; answers the error. */
  const refusal = async (file: string, code: string) => {
    const error = await rejection(restore(file));
    expect(error.code).toBe(code);
    await expectUnchanged();
    return error;
  };

  /** The backup's lines, changed by `edit`, written gzipped to a new file. */
  const editedBackup = async (name: string, edit: (lines: string[]) => string[]) => {
    const lines = gunzipSync(await readFile(logical))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    const file = join(db.dir, name);
    await writeFile(file, gzipSync(`${edit(lines).join('\n')}\n`));
    return file;
  };

  it('refuses a truncated backup, naming the file', async () => {
    const bytes = await readFile(logical);
    const file = join(db.dir, 'truncated.jsonl.gz');
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const error = await refusal(file, 'DATA_FILE_INVALID');
    expect(error.message).toContain(file);
  });

  it('refuses a backup with a damaged byte (the gzip checksum fails)', async () => {
    const bytes = Buffer.from(await readFile(logical));
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    const file = join(db.dir, 'damaged.jsonl.gz');
    await writeFile(file, bytes);
    const error = await refusal(file, 'DATA_FILE_INVALID');
    expect(error.message).toContain(file);
  });

  it('refuses a backup that lost rows, though its gzip stream is whole', async () => {
    const file = await editedBackup('short.jsonl.gz', (lines) =>
      lines.filter((line, i) => !(i > 0 && line.startsWith('["NL2'))),
    );
    const error = await refusal(file, 'DATA_FILE_INVALID');
    expect(error.message).toMatch(/table regions has \d+ rows where the header says \d+/);
  });

  it('refuses a backup whose last rows a constraint rejects, after loading the rest (rolled back)', async () => {
    // A visit of a region that does not exist: the foreign key refuses it at the very end.
    const file = await editedBackup('bad-key.jsonl.gz', (lines) =>
      lines.map((line) =>
        line.startsWith('["visit-nl213') ? line.replace('"NL213"', '"XX999"') : line,
      ),
    );
    const error = await refusal(file, 'DATA_FILE_INVALID');
    expect(error.message).toContain(file);
  });

  it('refuses a backup with text in a whole-number column, naming table, row and column', async () => {
    const file = await editedBackup('wrong-type.jsonl.gz', (lines) => {
      const header = JSON.parse(lines[0] ?? '{}') as {
        tables: { name: string; columns: string[] }[];
      };
      const version = header.tables.find((t) => t.name === 'visits')!.columns.indexOf('version');
      return lines.map((line) => {
        if (!line.startsWith('["visit-nl213')) return line;
        const row = JSON.parse(line) as unknown[];
        row[version] = 'abc';
        return JSON.stringify(row);
      });
    });
    const error = await refusal(file, 'DATA_FILE_INVALID');
    expect(error.message).toMatch(
      /table visits, row 1, column version: "abc" is not a whole number/,
    );
  });

  it('refuses a backup taken from a newer schema', async () => {
    const file = await editedBackup('newer.jsonl.gz', (lines) => {
      const header = JSON.parse(lines[0] ?? '{}') as { migrations: string[]; migration: string };
      header.migrations = [...header.migrations, '9999-from-the-future'];
      header.migration = '9999-from-the-future';
      return [JSON.stringify(header), ...lines.slice(1)];
    });
    const error = await refusal(file, 'DATABASE_TOO_NEW');
    expect(error.message).toContain(file);
    expect(error.message).toContain('9999-from-the-future');
  });

  it('refuses a file that is not a backup', async () => {
    const file = join(db.dir, 'notes.txt');
    await writeFile(file, 'region;value\nNL213;1\n');
    const error = await refusal(file, 'DATA_FILE_INVALID');
    expect(error.message).toContain(file);
  });

  if (testBackend === 'sqlite') {
    it('refuses a SQLite file backup from a newer schema, and one that fails its integrity check', async () => {
      const copy = join(db.dir, 'backup.db');
      await backupDatabase(db.store, copy, { now });
      const newer = join(db.dir, 'newer.db');
      await writeFile(newer, await readFile(copy));
      const raw = new SqliteDatabase(newer);
      raw
        .prepare(
          `insert into kysely_migration (name, timestamp) values ('9999-from-the-future', 'x')`,
        )
        .run();
      raw.close();
      await refusal(newer, 'DATABASE_TOO_NEW');

      // Overwrite pages in the middle of the file: the b-trees no longer hold together.
      const damaged = Buffer.from(await readFile(copy));
      damaged.fill(0x5a, Math.floor(damaged.length / 2), Math.floor(damaged.length / 2) + 16_384);
      const file = join(db.dir, 'damaged.db');
      await writeFile(file, damaged);
      const error = await refusal(file, 'DATA_FILE_INVALID');
      expect(error.message).toContain(file);
    });

    it('refuses to replace the database file while another connection (a server) has it open', async () => {
      const copy = join(db.dir, 'backup.db');
      await backupDatabase(db.store, copy, { now });
      const error = await refusal(copy, 'CONFLICT');
      expect(error.message).toContain('in use');
    });
  }
});

describe(`what a backup holds and a restore brings back, on ${testBackend}`, () => {
  const db = useFileTestStore();

  it('writes backups readable by their owner only, and never brings sessions back', async () => {
    const deps = { store: db.store, now };
    await addUser(deps, {
      login: 'analyst@example.test',
      name: 'Analyst',
      role: 'analyst',
      password: 'correct horse battery staple',
    });
    const session = await openSession(deps, 'analyst@example.test', 'correct horse battery staple');
    const file = join(db.dir, 'with-session.jsonl.gz');
    await backupDatabase(db.store, file, { format: 'logical', now });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    if (testBackend === 'sqlite') {
      const copy = join(db.dir, 'with-session.db');
      await backupDatabase(db.store, copy, { now });
      expect((await stat(copy)).mode & 0o777).toBe(0o600);
    }
    // Logged out after the backup was taken: the restore must not revive the session.
    await endSession(db.store, session.token);
    await restoreDatabase(file, { open: () => db.reopen() });
    const store = await db.reopen();
    try {
      expect(await store.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
      expect(await sessionOf({ store, now }, session.token)).toBeNull();
      expect(await store.db.selectFrom('users').select('login').execute()).toEqual([
        { login: 'analyst@example.test' },
      ]);
    } finally {
      await store.close();
    }
  });
});
