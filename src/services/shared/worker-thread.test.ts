import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerThread } from './worker-thread.js';

describe('WorkerThread', () => {
  const thread = new WorkerThread<{ n: number }, { twice: number; threadId: number }>(
    import.meta.url,
    'worker-thread-echo.fixture',
  );
  afterAll(() => thread.close());

  it('answers on a thread other than the caller, in the order asked', async () => {
    const answers = await Promise.all([1, 2, 3].map((n) => thread.call({ n })));
    expect(answers.map((a) => a.twice)).toEqual([2, 4, 6]);
    for (const a of answers) expect(a.threadId).not.toBe(threadId);
  });

  it('rejects with the message of the failed work when the work fails', async () => {
    await expect(thread.call({ n: -1 })).rejects.toThrow('negative: -1');
  });
});
