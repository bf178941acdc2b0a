import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The command line as users run it: the bundle (dist/bundle, what bin/regiokracht.js starts) and
// the compiled modules it is made from (dist/cli). Both come from `npm run build`, which
// `npm install` runs; a bundle reads packages its own way (CommonJS interop, paths), so what
// works from the sources is checked again here.
const root = fileURLToPath(new URL('../..', import.meta.url));
const builds = [
  ['the bundle', join(root, 'dist', 'bundle', 'main.js')],
  ['the compiled modules', join(root, 'dist', 'cli', 'main.js')],
] as const;

const dir = mkdtempSync(join(tmpdir(), 'rk-built-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (entry: string, args: string[], input = '') =>
  spawnSync(process.execPath, [entry, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
  });

describe.each(builds)('the built command line: %s', (name, entry) => {
  const db = join(dir, `${name.replace(/\W/g, '-')}.db`);

  it('is built', () => {
    expect(existsSync(entry), `${entry}: run npm run build`).toBe(true);
  });

  it('adds an account, checking its password against the common-password list', () => {
    const add = (login: string, password: string) =>
      run(
        entry,
        [
          '--db',
          db,
          'user',
          'add',
          '--login',
          login,
          '--name',
          'Test',
          '--role',
          'analyst',
          '--password-stdin',
        ],
        `${password}\n`,
      );
    const added = add('analist@example.test', 'een lange zin als wachtwoord');
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const common = add('common@example.test', 'password1234');
    expect(common.status).toBe(1);
    expect(common.stderr).toContain('10,000 most common passwords');
    const list = run(entry, ['--db', db, 'user', 'list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('analist@example.test');
    expect(list.stdout).not.toContain('common@example.test');
  });
});

describe('the entry point bin/regiokracht.js', () => {
  const bin = join(root, 'bin', 'regiokracht.js');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };

  it('prints the package version for --version and -V alone, as the program does with options', () => {
    for (const flag of ['--version', '-V']) {
      const alone = run(bin, [flag]);
      expect(alone.status).toBe(0);
      expect(alone.stdout).toBe(`${version}\n`);
    }
    // With other options the program itself answers, with the same version.
    const db = join(dir, 'version-not-created', 'regiokracht.db');
    const withOptions = run(bin, ['--db', db, '--version']);
    expect(withOptions.status).toBe(0);
    expect(withOptions.stdout).toBe(`${version}\n`);
    expect(existsSync(join(dir, 'version-not-created'))).toBe(false);
  });
});
