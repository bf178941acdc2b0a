import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startLoopbackMirror,
  unusedPort,
  type LoopbackMirror,
} from '../../../test/support/loopback-mirror.js';
import { sharedDataDir } from '../../../test/support/test-store.js';
import { DATA_FILES } from './data-manifest.js';
import { pullData, type PullEvent, type PullOptions } from './pull-data.js';
import type { FileRecord } from './pull-record.js';
import type { PullSource } from './pull-source.js';

const MIRROR_FILES = DATA_FILES.filter((f) => f.inMirror);
// 3.1 MB: large enough to be cut half-way.
const BIG = 'cordis/h2020_organisations_2017_odfest.csv';

describe('pulling the open data set from a loopback mirror', () => {
  let mirror: LoopbackMirror;
  let dataDir: string;
  let source: PullSource;
  const now = () => new Date('2026-11-28T12:00:00Z');

  const pull = async (options: Partial<PullOptions> = {}) => {
    const events: PullEvent[] = [];
    const result = await pullData({
      dataDir,
      source,
      now,
      onEvent: (e) => events.push(e),
      ...options,
    });
    return { result, events };
  };
  const records = async (): Promise<FileRecord[]> =>
    (JSON.parse(await readFile(join(dataDir, 'MANIFEST.json'), 'utf8')) as { files: FileRecord[] })
      .files;

  beforeAll(async () => {
    mirror = await startLoopbackMirror(sharedDataDir);
    source = { kind: 'mirror-url', base: mirror.url };
  });
  afterAll(() => mirror.close());
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'rk-pull-'));
    mirror.requests.length = 0;
    mirror.behaviour.ignoreRange = false;
    mirror.behaviour.notFound.clear();
    mirror.behaviour.dropHalfOnce.clear();
    mirror.behaviour.stallOnce.clear();
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('downloads every mirror file byte for byte and records its SHA-256 in MANIFEST.json', async () => {
    const { result } = await pull();
    expect(result.failed).toBe(0);
    expect(result.downloaded).toBe(MIRROR_FILES.length);
    const recorded = new Map((await records()).map((r) => [r.path, r]));
    for (const file of MIRROR_FILES) {
      const original = await readFile(join(sharedDataDir, file.path));
      const copy = await readFile(join(dataDir, file.path));
      expect(copy.equals(original), file.path).toBe(true);
      const record = recorded.get(file.path);
      expect(record).toMatchObject({
        path: file.path,
        url: `${mirror.url}${file.path}`,
        bytes: original.length,
        sha256: createHash('sha256').update(original).digest('hex'),
        retrieved_at: '2026-11-28T12:00:00.000Z',
      });
      expect(existsSync(join(dataDir, `${file.path}.part`))).toBe(false);
    }
    expect(result.bytesTransferred).toBe(
      MIRROR_FILES.reduce((sum, f) => sum + (recorded.get(f.path)?.bytes ?? 0), 0),
    );
  });

  it('skips every file on a rerun, says so, and asks the mirror for nothing', async () => {
    await pull();
    mirror.requests.length = 0;
    const { result, events } = await pull();
    expect(result).toMatchObject({ downloaded: 0, failed: 0, upToDate: MIRROR_FILES.length });
    expect(mirror.requests).toEqual([]);
    const done = events.flatMap((e) => (e.kind === 'done' ? [e.outcome] : []));
    expect(done.every((o) => o.status === 'up-to-date' && o.checked === 'unchanged')).toBe(true);
  });

  it('finds with --verify a corrupted file that kept its size and time, and downloads it again', async () => {
    const path = 'nl/nl_woonplaats_gemeente_corop_2024.csv';
    await pull({ only: ['nl'] });
    const file = join(dataDir, path);
    const before = await stat(file);
    const bytes = await readFile(file);
    // Damage four bytes in the middle of the file (each bit flipped), keeping its size.
    for (let i = 100; i < 104; i++) bytes[i] = bytes[i]! ^ 0xff;
    await writeFile(file, bytes);
    await utimes(file, before.atime, before.mtime);

    // Without --verify an unchanged size and time is trusted: no hashing on a plain rerun.
    expect((await pull({ only: ['nl'] })).result.upToDate).toBe(1);

    const { result, events } = await pull({ only: ['nl'], verify: true });
    expect(events).toContainEqual({
      kind: 'changed',
      path,
      reason: 'its SHA-256 differs from the one in MANIFEST.json',
    });
    expect(result.downloaded).toBe(1);
    expect((await readFile(file)).equals(await readFile(join(sharedDataDir, path)))).toBe(true);
    expect((await pull({ only: ['nl'], verify: true })).result.outcomes).toMatchObject([
      { status: 'up-to-date', checked: 'sha256' },
    ]);
  });

  it('downloads again a file whose size changed, without --verify', async () => {
    await pull({ only: ['nuts_conversion/n2_cm_v2010_v2021.csv'] });
    await writeFile(join(dataDir, 'nuts_conversion/n2_cm_v2010_v2021.csv'), 'truncated');
    const { result } = await pull({ only: ['nuts_conversion/n2_cm_v2010_v2021.csv'] });
    expect(result.downloaded).toBe(1);
  });

  it('resumes an interrupted download with a Range request and never shows a half file', async () => {
    mirror.behaviour.dropHalfOnce.add(BIG);
    const first = await pull({ only: [BIG] });
    const size = (await stat(join(sharedDataDir, BIG))).size;
    const half = Math.floor(size / 2);
    expect(first.result.outcomes).toMatchObject([
      {
        status: 'failed',
        path: BIG,
        reason: expect.stringMatching(
          /^the connection to 127\.0\.0\.1:\d+ dropped after \d+ bytes/,
        ),
        fix: 'rerun `regiokracht data pull`: it resumes where it stopped',
      },
    ]);
    expect(existsSync(join(dataDir, BIG))).toBe(false);
    // What reached the disk before the connection dropped; the rest is asked for with Range.
    const kept = (await stat(join(dataDir, `${BIG}.part`))).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(half);

    mirror.requests.length = 0;
    const second = await pull({ only: [BIG] });
    expect(second.events).toContainEqual({ kind: 'resume', path: BIG, from: kept });
    expect(second.result.outcomes).toMatchObject([
      { status: 'downloaded', bytes: size, resumedFrom: kept },
    ]);
    expect(mirror.requests).toMatchObject([
      { path: BIG, range: `bytes=${kept}-`, ifRange: expect.any(String), status: 206 },
    ]);
    expect(mirror.requests[0]?.sent).toBe(size - kept);
    expect(second.result.bytesTransferred).toBe(size - kept);
    expect(
      (await readFile(join(dataDir, BIG))).equals(await readFile(join(sharedDataDir, BIG))),
    ).toBe(true);
    expect(existsSync(join(dataDir, `${BIG}.part`))).toBe(false);
  });

  it('keeps the previous file under its name while a new download of it is interrupted', async () => {
    await pull({ only: [BIG] });
    await writeFile(join(dataDir, BIG), 'an older version');
    mirror.behaviour.dropHalfOnce.add(BIG);
    expect((await pull({ only: [BIG] })).result.failed).toBe(1);
    expect(await readFile(join(dataDir, BIG), 'utf8')).toBe('an older version');
  });

  it('starts again from the first byte when the server ignores Range', async () => {
    mirror.behaviour.dropHalfOnce.add(BIG);
    await pull({ only: [BIG] });
    mirror.behaviour.ignoreRange = true;
    mirror.requests.length = 0;
    const { result, events } = await pull({ only: [BIG] });
    expect(events).toContainEqual({ kind: 'restart', path: BIG });
    expect(result.outcomes).toMatchObject([{ status: 'downloaded', resumedFrom: 0 }]);
    expect(mirror.requests).toMatchObject([{ status: 200 }]);
    expect(
      (await readFile(join(dataDir, BIG))).equals(await readFile(join(sharedDataDir, BIG))),
    ).toBe(true);
  });

  it('names the file and the fix when the mirror answers 404, and pulls the others', async () => {
    const missing = 'eurostat/eurostat_nuts2_2016_indicators_2007_2018_long.csv';
    mirror.behaviour.notFound.add(missing);
    const { result } = await pull({ only: ['eurostat', 'nl'] });
    expect(result).toMatchObject({ downloaded: 2, failed: 1 });
    expect(result.outcomes.find((o) => o.status === 'failed')).toEqual({
      status: 'failed',
      path: missing,
      url: `${mirror.url}${missing}`,
      reason: `HTTP 404 Not Found from ${mirror.url}${missing}`,
      fix: 'the mirror has no such file: check --from (a mirror is laid out like shared/data), or leave the file out with --only',
    });
    expect(existsSync(join(dataDir, missing))).toBe(false);
  });

  it('names the host when it cannot be reached', async () => {
    const port = await unusedPort();
    const { result } = await pull({
      source: { kind: 'mirror-url', base: `http://127.0.0.1:${port}/` },
      only: ['nl'],
    });
    expect(result.outcomes).toMatchObject([
      {
        status: 'failed',
        reason: `cannot reach 127.0.0.1:${port}: connection refused (ECONNREFUSED)`,
        fix: expect.stringContaining('--from a mirror'),
      },
    ]);
  });

  it('gives up on a server that sends nothing, naming the host, and succeeds on the next run', async () => {
    const path = 'nl/nl_woonplaats_gemeente_corop_2024.csv';
    mirror.behaviour.stallOnce.add(path);
    const host = new URL(mirror.url).host;
    const first = await pull({ only: ['nl'], idleTimeoutMs: 300 });
    expect(first.result.outcomes).toMatchObject([
      {
        status: 'failed',
        reason: `${host} sent nothing for 0.3 s`,
        fix: `check the network connection to ${host}, then try again`,
      },
    ]);
    expect(existsSync(join(dataDir, path))).toBe(false);
    expect((await pull({ only: ['nl'], idleTimeoutMs: 300 })).result.downloaded).toBe(1);
  });

  it('pulls from a mirror directory as well, byte for byte', async () => {
    const { result } = await pull({
      source: { kind: 'mirror-dir', dir: sharedDataDir },
      only: ['geo'],
    });
    const geo = MIRROR_FILES.filter((f) => f.path.startsWith('geo/'));
    expect(result.downloaded).toBe(geo.length);
    for (const file of geo) {
      const copy = await readFile(join(dataDir, file.path));
      expect(copy.equals(await readFile(join(sharedDataDir, file.path))), file.path).toBe(true);
    }
    expect((await records())[0]?.url).toMatch(/^file:\/\//);
  });

  it('refuses a glob that selects no file', async () => {
    await expect(pull({ only: ['nowhere/**'] })).rejects.toThrow(
      /--only nowhere\/\*\* matches none of the 57 files to pull from the mirror http/,
    );
  });
});
