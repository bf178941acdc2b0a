import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as cli } from '../../test/support/cli-run.js';
import { temporaryDirectory } from '../../test/support/temporary-directory.js';

describe('the command line without a database', () => {
  const dir = temporaryDirectory('rk-program-', { each: true });
  const db = join(dir, 'not-there', 'regiokracht.db');

  it('prints the version without creating the database file', async () => {
    const result = await cli('--db', db, '--version');
    expect(result.code).toBe(0);
    expect(result.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(existsSync(join(dir, 'not-there'))).toBe(false);
  });

  it('prints the help of the program and of a command without creating the database file', async () => {
    const program = await cli('--db', db, '--help');
    expect(program.code).toBe(0);
    for (const command of ['helix', 'import', 'export', 'serve', 'dossier', 'user'])
      expect(program.out).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
    const helix = await cli('--db', db, 'helix', '--help');
    expect(helix.code).toBe(0);
    expect(helix.out).toContain('Usage: regiokracht helix [options] <region>');
    const kinds = await cli('--db', db, 'import', '--help');
    expect(kinds.out.replace(/\s+/g, ' ')).toContain('kinds: eurostat, cordis, cbs-places, tercet');
    expect(existsSync(join(dir, 'not-there'))).toBe(false);
  });
});
