import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cliDatabase, initRegionsOnly } from '../../../test/support/cli-database.js';
import { serveArgs, whileServing } from '../../../test/support/cli-serve.js';
import { unusedPort } from '../../../test/support/loopback-mirror.js';

describe('regiokracht serve on a populated database', () => {
  const { dir, db } = cliDatabase('rk-serve-populated-', initRegionsOnly, 300_000);

  it('serves without a data directory and without fetching anything', async () => {
    const data = join(dir, 'no-data-here');
    // A mirror nobody listens on: a pull would fail and stop the start.
    const nowhere = `http://127.0.0.1:${await unusedPort()}/`;
    const startedAt = performance.now();
    const fetches = vi.spyOn(globalThis, 'fetch');
    await whileServing(serveArgs(db, data, nowhere), async (result) => {
      const fetchedWhileStarting = fetches.mock.calls.length;
      fetches.mockRestore();
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
    });
  });
});
