// A worker for worker-thread.test.ts: doubles a number, and fails on a negative one.
import { readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { answerOnThread } from './worker-thread.js';

/** The thread's nice value (field 19 of /proc/thread-self/stat); null where there is no /proc. */
function niceness(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  } catch {
    return null;
  }
}

answerOnThread(({ n }: { n: number }) => {
  if (n < 0) throw new Error(`negative: ${n}`);
  return { twice: 2 * n, threadId, niceness: niceness() };
});
