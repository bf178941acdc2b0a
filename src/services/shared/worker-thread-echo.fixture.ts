// A worker for worker-thread.test.ts: doubles a number, and fails on a negative one.
import { threadId } from 'node:worker_threads';
import { answerOnThread } from './worker-thread.js';

answerOnThread(({ n }: { n: number }) => {
  if (n < 0) throw new Error(`negative: ${n}`);
  return { twice: 2 * n, threadId };
});
