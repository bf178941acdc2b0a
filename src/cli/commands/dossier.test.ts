import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDatabase } from '../../../test/support/cli-database.js';
import { writeSmallNetworkDatabase } from '../../../test/support/small-network-database.js';
import { runCli as cli } from '../../../test/support/cli-run.js';

describe('regiokracht dossier', () => {
  const { dir, db } = cliDatabase('rk-dossier-', writeSmallNetworkDatabase);

  it('writes the PDF of a region and says where', async () => {
    const out = join(dir, 'twente.pdf');
    const result = await cli('--db', db, 'dossier', 'NL213', '--format', 'pdf', '--out', out);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(
      /^Dossier of NL213 \(PDF, nl\) written to .*twente\.pdf: \d+ KB in [\d.]+ s$/,
    );
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('takes the format from the file name and writes English when asked', async () => {
    const out = join(dir, 'twente.html');
    const result = await cli('--db', db, 'dossier', 'nl213', '--out', out, '--lang', 'en');
    expect(result.code, result.err).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Topic 1: The regional innovation system');
  });

  it('refuses an unknown format, language or region with one line that says what to do', async () => {
    const out = join(dir, 'x.pdf');
    const format = await cli('--db', db, 'dossier', 'NL213', '--out', out, '--format', 'docx');
    expect(format).toMatchObject({ code: 1, err: 'regiokracht: --format docx: use pdf or html' });
    const lang = await cli('--db', db, 'dossier', 'NL213', '--out', out, '--lang', 'de');
    expect(lang).toMatchObject({ code: 1, err: 'regiokracht: --lang de: use nl or en' });
    const region = await cli('--db', db, 'dossier', 'XX99', '--out', out);
    expect(region.code).toBe(1);
    expect(region.err).toContain('no region with code XX99');
  });
});
