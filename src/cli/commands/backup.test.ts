import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cliDatabase, initRegionsOnly } from '../../../test/support/cli-database.js';
import { runCli as cli } from '../../../test/support/cli-run.js';

function visitCount(db: string): number {
  const raw = new SqliteDatabase(db, { readonly: true });
  try {
    return (raw.prepare('select count(*) as n from visits').get() as { n: number }).n;
  } finally {
    raw.close();
  }
}

describe('regiokracht backup and restore (SQLite)', () => {
  const { dir, db } = cliDatabase('rk-cli-backup-', initRegionsOnly);

  it('backs up in both formats and says what it wrote', async () => {
    const file = await cli('--db', db, 'backup', join(dir, 'backup.db'));
    expect(file.code, file.err).toBe(0);
    expect(file.out).toMatch(/^backup .*backup\.db \(sqlite-file\): [\d.]+ MB in [\d.]+ s$/);
    const logical = await cli(
      '--db',
      db,
      'backup',
      '--format',
      'logical',
      join(dir, 'backup.jsonl.gz'),
    );
    expect(logical.code, logical.err).toBe(0);
    expect(logical.out).toMatch(/\(logical, \d+ tables, \d+ rows\)/);
  });

  it('restores each format, bringing back the database as it was', async () => {
    const before = visitCount(db);
    const plan = await cli('--db', db, 'visit', 'plan', 'NL213', '2026-05-12');
    expect(plan.code, plan.err).toBe(0);
    expect(visitCount(db)).toBe(before + 1);
    const logical = await cli('--db', db, 'restore', join(dir, 'backup.jsonl.gz'));
    expect(logical.code, logical.err).toBe(0);
    expect(logical.out).toMatch(/^restored .*: loaded \d+ rows in [\d.]+ s$/);
    expect(visitCount(db)).toBe(before);
    await cli('--db', db, 'visit', 'plan', 'NL213', '2026-05-13');
    const file = await cli('--db', db, 'restore', join(dir, 'backup.db'));
    expect(file.code, file.err).toBe(0);
    expect(file.out).toContain(`replaced the database file ${db}`);
    expect(visitCount(db)).toBe(before);
  });

  it('exits 1 with one line naming the file when the backup is damaged, unwritable or unknown', async () => {
    const file = join(dir, 'not-a-backup.gz');
    await writeFile(file, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    const damaged = await cli('--db', db, 'restore', file);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(
      new RegExp(`^regiokracht: ${file}: line 1: .*nothing was restored`),
    );
    const nowhere = await cli('--db', db, 'backup', join(dir, 'missing', 'backup.db'));
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toContain(`cannot write the backup ${join(dir, 'missing', 'backup.db')}`);
    const unknown = await cli('--db', db, 'backup', '--format', 'zip', join(dir, 'x'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('--format zip is not a backup format');
  });
});
