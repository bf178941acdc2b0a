// A program for worker-thread.test.ts: asks a thread for one answer, prints it and does not close
// the thread, so that the process ends by itself only if an idle thread leaves it free to end.
import { WorkerThread } from './worker-thread.js';

const thread = new WorkerThread<{ n: number }, { twice: number }>(
  import.meta.url,
  'worker-thread-echo.fixture',
);
const { twice } = await thread.call({ n: 21 });
process.stdout.write(`${twice}\n`);
