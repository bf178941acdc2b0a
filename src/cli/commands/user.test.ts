import { userInfo } from 'node:os';
import { Readable } from 'node:stream';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cliDatabase, initRegionsOnly } from '../../../test/support/cli-database.js';
import {
  optionArgs,
  runCli,
  type CliResult,
  type OptionTable,
} from '../../../test/support/cli-run.js';

/**
 * Runs the command line in-process with `input` as standard input (not a terminal), and captures
 * what it prints.
 */
async function cli(args: readonly string[], input = ''): Promise<CliResult> {
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  Object.defineProperty(process, 'stdin', { value: Readable.from([input]), configurable: true });
  try {
    return await runCli(...args);
  } finally {
    Object.defineProperty(process, 'stdin', stdin);
  }
}

describe('regiokracht user', () => {
  // The regions a regional editor is given must exist: a region-only init.
  const { db } = cliDatabase('rk-user-', initRegionsOnly);
  /** Runs `regiokracht --db <db> user <words> <options>` with `input` on stdin. */
  const user = (words: readonly string[], options: OptionTable = {}, input = '') =>
    cli(['--db', db, 'user', ...words, ...optionArgs(options)], input);

  it('adds the first administrator with the password from standard input, never from argv', async () => {
    const added = await user(
      ['add'],
      {
        '--login': 'Admin@Example.org',
        '--name': 'Beheerder',
        '--role': 'administrator',
        '--password-stdin': true,
      },
      'a long enough password\n',
    );
    expect(added.code, added.err).toBe(0);
    expect(added.out).toContain('admin@example.org: Beheerder, administrator');
    const editor = await user(
      ['add'],
      {
        '--login': 'twente',
        '--name': 'Redacteur Twente',
        '--role': 'regional_editor',
        '--regions': 'NL213,NL21',
        '--password-stdin': true,
      },
      'another long password\n',
    );
    expect(editor.code, editor.err).toBe(0);
    const list = await user(['list'], { '--json': true });
    expect(JSON.parse(list.out)).toMatchObject([
      { login: 'admin@example.org', role: 'administrator', regions: [], disabled: false },
      { login: 'twente', role: 'regional_editor', regions: ['NL21', 'NL213'] },
    ]);
    // No option takes a password.
    const argv = await user(['add'], {
      '--login': 'x1',
      '--name': 'x',
      '--role': 'viewer',
      '--password': 'secret-secret',
    });
    expect(argv.code).toBe(1);
  });

  it('refuses without a terminal or --password-stdin, and a short password, with one line', async () => {
    const noTty = await user(['add'], { '--login': 'x2', '--name': 'x', '--role': 'viewer' });
    expect(noTty.code).toBe(1);
    expect(noTty.err).toContain('--password-stdin');
    const short = await user(
      ['add'],
      { '--login': 'x3', '--name': 'x', '--role': 'viewer', '--password-stdin': true },
      'short\n',
    );
    expect(short.code).toBe(1);
    expect(short.err).toContain('at least 12 characters');
  });

  it('disables and resets an account, with the command line user in the audit trail', async () => {
    expect((await user(['disable', 'twente'])).out).toContain('disabled');
    const reset = await user(
      ['reset', 'twente'],
      { '--password-stdin': true },
      'a new long password\n',
    );
    expect(reset.code).toBe(0);
    expect((await user(['disable', 'nobody'])).code).toBe(1);
    const raw = new SqliteDatabase(db, { readonly: true });
    try {
      const rows = raw
        .prepare("select actor, action, entity from audit_log where entity = 'user' order by id")
        .all();
      const actor = `cli:${userInfo().username}`;
      expect(rows).toEqual([
        { actor, action: 'create', entity: 'user' },
        { actor, action: 'create', entity: 'user' },
        { actor, action: 'disable', entity: 'user' },
        { actor, action: 'reset-password', entity: 'user' },
      ]);
      const audit = raw.prepare('select before_json, after_json from audit_log').all();
      expect(JSON.stringify(audit)).not.toMatch(/long password|password_hash/);
    } finally {
      raw.close();
    }
  });
});
