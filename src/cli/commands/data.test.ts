import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveArgs, whileServing } from '../../../test/support/cli-serve.js';
import {
  startLoopbackMirror,
  unusedPort,
  type LoopbackMirror,
} from '../../../test/support/loopback-mirror.js';
import { sharedDataDir } from '../../../test/support/test-store.js';
import { runCli as cli } from '../../../test/support/cli-run.js';
import { temporaryDirectory } from '../../../test/support/temporary-directory.js';

/** Runs `regiokracht --data-dir <data> data pull ...`. */
const pull = (data: string, ...args: string[]) => cli('--data-dir', data, 'data', 'pull', ...args);

describe('regiokracht data pull', () => {
  let mirror: LoopbackMirror;
  beforeAll(async () => {
    mirror = await startLoopbackMirror(sharedDataDir);
  });
  afterAll(() => mirror.close());
  const dir = temporaryDirectory('rk-data-cli-', { each: true });
  beforeEach(() => {
    mirror.behaviour.notFound.clear();
  });

  it('pulls the whole data set from a loopback mirror with one line per file and a summary, and skips it all on a rerun', async () => {
    const data = join(dir, 'open');
    const first = await pull(data, '--from', mirror.url);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain(`Pulling 57 files from the mirror ${mirror.url} into ${data}`);
    expect(first.out).toMatch(
      /^ {2}downloaded {2}geo\/NUTS_RG_60M_2021_4326_LEVL_0\.geojson \(64\.1 kB\)$/m,
    );
    expect(first.out).toMatch(
      /^Summary: 57 downloaded \(\d+\.\d MB transferred\), 0 skipped as up to date, 0 failed$/m,
    );
    expect(
      (await readFile(join(data, 'cordis/h2020_participations_eunets.csv.gz'))).equals(
        await readFile(join(sharedDataDir, 'cordis/h2020_participations_eunets.csv.gz')),
      ),
    ).toBe(true);

    const second = await pull(data, '--from', mirror.url);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(
      /^ {2}up to date {2}nl\/nl_woonplaats_gemeente_corop_2024\.csv \(unchanged since recorded in MANIFEST\.json\)$/m,
    );
    expect(second.out).toContain(
      'Summary: 0 downloaded (0 B transferred), 57 skipped as up to date (0 checked by SHA-256, 57 unchanged since recorded in MANIFEST.json), 0 failed',
    );
  });

  it('fetches again with --verify a file whose bytes were damaged', async () => {
    const data = join(dir, 'open');
    const only = ['--only', 'nuts_conversion/n3_*'];
    expect((await pull(data, '--from', mirror.url, ...only)).code).toBe(0);
    const file = join(data, 'nuts_conversion/n3_cm_v2021_v2024.csv');
    const bytes = await readFile(file);
    bytes[10] = bytes[10] === 0x41 ? 0x42 : 0x41;
    await writeFile(file, bytes);
    const result = await pull(data, '--verify', '--from', mirror.url, ...only);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'nuts_conversion/n3_cm_v2021_v2024.csv changed (its SHA-256 differs from the one in MANIFEST.json); downloading it again',
    );
    expect(result.out).toContain('Summary: 1 downloaded');
    expect(result.out).toContain('2 skipped as up to date (2 checked by SHA-256');
  });

  it('exits 1 with one line per failed file that names the file and the fix', async () => {
    mirror.behaviour.notFound.add('nl/nl_woonplaats_gemeente_corop_2024.csv');
    const result = await pull(
      join(dir, 'open'),
      '--from',
      mirror.url,
      '--only',
      'nl',
      '--only',
      'eurostat',
    );
    expect(result.code).toBe(1);
    expect(result.out).toContain('Summary: 2 downloaded');
    expect(result.out).toContain('1 failed');
    expect(result.err.trim().split('\n')).toEqual([
      `regiokracht: 1 of 3 files could not be pulled from the mirror ${mirror.url} into ${join(dir, 'open')}`,
      `  nl/nl_woonplaats_gemeente_corop_2024.csv: HTTP 404 Not Found from ${mirror.url}nl/nl_woonplaats_gemeente_corop_2024.csv; fix: the mirror has no such file: check --from (a mirror is laid out like shared/data), or leave the file out with --only`,
    ]);
  });

  it('exits 1 naming the host that cannot be reached', async () => {
    const port = await unusedPort();
    const result = await pull(
      join(dir, 'open'),
      '--from',
      `http://127.0.0.1:${port}/`,
      '--only',
      'nl',
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `nl/nl_woonplaats_gemeente_corop_2024.csv: cannot reach 127.0.0.1:${port}: connection refused (ECONNREFUSED); fix: check that 127.0.0.1:${port} is the right host`,
    );
  });

  it('pulls from a mirror directory given to --from', async () => {
    const data = join(dir, 'open');
    const result = await pull(data, '--from', sharedDataDir, '--only', 'geo/*.topojson');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`Pulling 3 files from the mirror directory ${sharedDataDir}`);
    expect(
      (await readFile(join(data, 'geo/nl_corop_2015.topojson'))).equals(
        await readFile(join(sharedDataDir, 'geo/nl_corop_2015.topojson')),
      ),
    ).toBe(true);
  });

  it('exits 1 on a glob that selects nothing and on a mirror directory that does not exist', async () => {
    const glob = await pull(dir, '--from', mirror.url, '--only', 'x/*');
    expect(glob.code).toBe(1);
    expect(glob.err).toContain('--only x/* matches none of the 57 files');
    const missing = await pull(dir, '--from', join(dir, 'nowhere'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such directory');
  });

  it('lists what a pull from the publishers fetches, with each address', async () => {
    const result = await cli('data', 'list', '--only', 'geo/NUTS_RG_60M*');
    expect(result.code).toBe(0);
    expect(result.out.trim().split('\n')).toHaveLength(4);
    expect(result.out).toContain(
      'geo/NUTS_RG_60M_2021_4326_LEVL_3.geojson  https://gisco-services.ec.europa.eu/distribution/v2/nuts/geojson/NUTS_RG_60M_2021_4326_LEVL_3.geojson',
    );
  });
});

describe('regiokracht serve on a machine without data', () => {
  let mirror: LoopbackMirror;
  beforeAll(async () => {
    mirror = await startLoopbackMirror(sharedDataDir);
  });
  afterAll(() => mirror.close());
  const dir = temporaryDirectory('rk-serve-');

  it('says in one line that it pulls the data set first, pulls it, then initialises and serves', async () => {
    const data = join(dir, 'open');
    await whileServing(serveArgs(join(dir, 'regiokracht.db'), data, mirror.url), async (result) => {
      expect(result.code, result.err).toBe(0);
      const lines = result.out.split('\n');
      expect(lines).toContain(
        `No data in ${data}: downloading the open data set from the mirror ${mirror.url} (regiokracht data pull --from ${mirror.url})`,
      );
      expect(result.out).toMatch(/^Summary: 57 downloaded/m);
      expect(result.out).toMatch(/^First run: initialising the sqlite database/m);
      const address = /Regiokracht serves (http:\/\/\S+)/.exec(result.out)?.[1];
      expect(address).toBeDefined();
      const health = await fetch(`${address}/api/health`);
      expect(health.status).toBe(200);
    });
    // Pulls, then loads the whole data directory (init) before serving: minutes on a busy machine.
  }, 600_000);

  it('stops in one line when nothing can be pulled for a first start, e.g. a mistyped data directory', async () => {
    const port = await unusedPort();
    const data = join(dir, 'mistyped');
    const result = await cli(
      ...serveArgs(join(dir, 'other.db'), data, `http://127.0.0.1:${port}/`),
    );
    expect(result.code).toBe(1);
    expect(result.err.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^regiokracht: no data in ${data.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, and none of the \\d+ files could be pulled from http://127\\.0\\.0\\.1:${port}/ \\(cannot reach 127\\.0\\.0\\.1:${port}: connection refused \\(ECONNREFUSED\\)\\); if the data is elsewhere, pass --data-dir DIR or set REGIOKRACHT_DATA_DIR; without network, use --pull-from a mirror$`,
        ),
      ),
    ]);
  });
});
