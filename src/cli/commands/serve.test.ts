import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { unusedPort } from '../../../test/support/loopback-mirror.js';
import { sharedDataDir } from '../../../test/support/test-store.js';
import { runCli as cli } from '../../../test/support/cli-run.js';

describe('regiokracht serve on a populated database', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rk-serve-populated-'));
    db = join(dir, 'regiokracht.db');
    const init = await cli('--db', db, '--data-dir', sharedDataDir, 'init', '--regions-only');
    expect(init.code, init.err).toBe(0);
  }, 300_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves without a data directory and without fetching anything', async () => {
    const data = join(dir, 'no-data-here');
    // A mirror nobody listens on: a pull would fail and stop the start.
    const nowhere = `http://127.0.0.1:${await unusedPort()}/`;
    const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
    const startedAt = performance.now();
    const fetches = vi.spyOn(globalThis, 'fetch');
    const result = await cli(
      '--db',
      db,
      '--data-dir',
      data,
      'serve',
      '--port',
      '0',
      '--pull-from',
      nowhere,
    );
    const fetchedWhileStarting = fetches.mock.calls.length;
    fetches.mockRestore();
    const added = (signal: 'SIGINT' | 'SIGTERM') =>
      process.listeners(signal).filter((l) => !before[signal].includes(l));
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      expect(result.code, result.err).toBe(0);
      expect(fetchedWhileStarting).toBe(0);
      expect(result.out).not.toMatch(/No data in|First run/);
      expect(existsSync(data)).toBe(false);
      const ready = /Regiokracht serves (http:\/\/\S+) \(sqlite; ready (\d+) ms after start\)/.exec(
        result.out,
      );
      expect(ready).not.toBeNull();
      // Counted from the start of the process, which began before this test did.
      expect(Number(ready?.[2])).toBeGreaterThan(Math.floor(startedAt));
      const health = await fetch(`${ready?.[1]}/api/health`);
      expect(health.status).toBe(200);
      const indicators = await fetch(`${ready?.[1]}/api/indicators`);
      expect(indicators.status).toBe(200);
    } finally {
      for (const listener of added('SIGTERM')) process.removeListener('SIGTERM', listener);
      for (const listener of added('SIGINT')) {
        process.removeListener('SIGINT', listener);
        (listener as () => void)();
      }
      await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
      exit.mockRestore();
    }
  });
});
