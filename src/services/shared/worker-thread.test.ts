import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKER_NICENESS, WorkerThread } from './worker-thread.js';

describe('WorkerThread', () => {
  const thread = new WorkerThread<
    { n: number },
    { twice: number; threadId: number; niceness: number | null }
  >(import.meta.url, 'worker-thread-echo.fixture');
  afterAll(() => thread.close());

  it('answers on a thread other than the caller, in the order asked', async () => {
    const answers = await Promise.all([1, 2, 3].map((n) => thread.call({ n })));
    expect(answers.map((a) => a.twice)).toEqual([2, 4, 6]);
    for (const a of answers) expect(a.threadId).not.toBe(threadId);
  });

  it.runIf(process.platform === 'linux')(
    'runs the work at a lower priority than the main thread',
    async () => {
      const main = readFileSync('/proc/thread-self/stat', 'utf8');
      const mainNice = Number(main.slice(main.lastIndexOf(')') + 2).split(' ')[16]);
      const { niceness } = await thread.call({ n: 1 });
      expect(niceness).toBe(Math.min(19, mainNice + WORKER_NICENESS));
    },
  );

  it('rejects with the message of the failed work when the work fails', async () => {
    await expect(thread.call({ n: -1 })).rejects.toThrow('negative: -1');
  });

  it('lets the process end by itself once its work is answered, without close', async () => {
    const program = fileURLToPath(new URL('./worker-thread-idle.fixture.ts', import.meta.url));
    // The thread stays open after its one answer; were it still keeping the process alive, the
    // child would run until the timeout kills it.
    const ended = await new Promise<{ stdout: string; failure: string | null }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', program],
        { timeout: 10_000 },
        (error, stdout) =>
          resolve({ stdout, failure: error ? String(error.signal ?? error.code) : null }),
      );
    });
    expect(ended).toEqual({ stdout: '42\n', failure: null });
  });
});
