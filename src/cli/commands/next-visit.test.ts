import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initRegionsOnly } from '../../../test/support/cli-database.js';
import { runCli } from '../../../test/support/cli-run.js';
import { temporaryDirectory } from '../../../test/support/temporary-directory.js';

describe('regiokracht next-visit', () => {
  const dir = temporaryDirectory('rk-next-visit-');
  const db = join(dir, 'regiokracht.db');

  it.each([
    ['a negative weight', 'recency=-1', /^regiokracht: next-visit weight recency=-1: .*>= 0$/],
    [
      'all weights 0',
      'recency=0,coverage=0,strength=0,gaps=0',
      /^regiokracht: next-visit weights recency, coverage, strength, gaps are all 0: at least one must be above 0/,
    ],
  ])(
    'refuses %s with exit 1 and one line naming the weights',
    async (_, weights, line) => {
      await initRegionsOnly(db);
      for (const save of [[], ['--save']]) {
        const result = await runCli('--db', db, 'next-visit', '--weights', weights, ...save);
        expect(result.code, result.err).toBe(1);
        const lines = result.err.trim().split('\n');
        expect(lines, result.err).toHaveLength(1);
        expect(lines[0]).toMatch(line);
      }
      // Nothing refused was saved.
      const saved = await runCli('--db', db, 'next-visit', '--json');
      expect(saved.code, saved.err).toBe(0);
      expect(JSON.parse(saved.out)).toMatchObject({
        weights: { recency: 0.3, coverage: 0.3, strength: 0.2, gaps: 0.2 },
      });
    },
    120_000,
  );

  it('shows the parts it cannot measure as not measured, with the reason, in the language asked for', async () => {
    // Regions only: no index scores, so strength and gaps are not measured for any region.
    await initRegionsOnly(db);
    const nl = await runCli('--db', db, 'next-visit', '--lang', 'nl');
    expect(nl.code, nl.err).toBe(0);
    const header = nl.out.split('\n').find((l) => l.includes('sterktes'))!;
    expect(header).toMatch(/zwaktes/);
    expect(nl.out).toMatch(/ niet gemeten +niet gemeten\s*$/m);
    expect(nl.out).toContain(
      'Niet gemeten:\n  sterktes, zwaktes: de regio heeft geen indexscore, niet op haar eigen niveau en niet van haar provincie (',
    );
    expect(nl.out).not.toMatch(/not measured/);
    const en = await runCli('--db', db, 'next-visit', '--lang', 'en');
    expect(en.out).toContain(
      'Not measured:\n  strength, gaps: the region has no index score, neither at its own level nor from its province (',
    );
  }, 120_000);
});
