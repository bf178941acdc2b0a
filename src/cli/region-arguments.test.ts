import { describe, expect, it } from 'vitest';
import { cliDatabase } from '../../test/support/cli-database.js';
import { writeSmallNetworkDatabase } from '../../test/support/small-network-database.js';
import { runCli as cli } from '../../test/support/cli-run.js';

describe('a region name where the command line takes a region code', () => {
  const { db } = cliDatabase('rk-region-names-', writeSmallNetworkDatabase);

  it('gives `helix Twente --json` exactly the output of `helix NL213 --json`', async () => {
    const byName = await cli('--db', db, 'helix', 'Twente', '--json', '--resamples', '50');
    const byCode = await cli('--db', db, 'helix', 'NL213', '--json', '--resamples', '50');
    expect(byName.code, byName.err).toBe(0);
    expect(byCode.code, byCode.err).toBe(0);
    expect(JSON.parse(byName.out)).toMatchObject({ region: 'NL213' });
    expect(byName.out).toBe(byCode.out);
  });

  it('takes a name without its accents and in any case, and a typo', async () => {
    const fryslan = await cli('--db', db, 'keyareas', 'FRYSLAN', '--json');
    expect(fryslan.code, fryslan.err).toBe(0);
    expect(JSON.parse(fryslan.out)).toMatchObject({ region: 'NL12' });
    const typo = await cli('--db', db, 'helix', 'Overijsel', '--json', '--resamples', '50');
    expect(typo.code, typo.err).toBe(0);
    expect(JSON.parse(typo.out)).toMatchObject({ region: 'NL21' });
  });

  it('lists the candidates of an ambiguous name, one line each with its code, and exits 1', async () => {
    const result = await cli('--db', db, 'helix', 'Utrecht');
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    const lines = result.err.split('\n');
    expect(lines[0]).toBe(
      'regiokracht: "Utrecht" names 2 regions; give one of these codes instead',
    );
    expect(lines.slice(1)).toEqual([
      '  NL31  Utrecht (NL, level 2)',
      '  NL310  Utrecht (NL, level 3)',
    ]);
  });

  it('says a name that matches nothing, and leaves an unknown code to the command', async () => {
    const name = await cli('--db', db, 'helix', 'Atlantis');
    expect(name.code).toBe(1);
    expect(name.err).toMatch(/no region with code or name "Atlantis"/);
    const code = await cli('--db', db, 'helix', 'XX9');
    expect(code.code).toBe(1);
    expect(code.err).toMatch(/no region with code XX9/);
  });
});
