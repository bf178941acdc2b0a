import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

type Reply<T> =
  { readonly id: number; readonly value: T } | { readonly id: number; readonly error: string };

/**
 * A worker thread that answers one kind of request in turn, so that CPU-heavy work (laying out a
 * PDF, measuring a network) never holds up the requests the server answers meanwhile. The thread
 * starts with the first request; `close` ends it. The thread keeps the process alive only while a
 * request is waiting for its answer: an idle thread lets the process exit without `close`. The
 * worker module calls `answerOnThread`.
 *
 * `callerUrl` is the `import.meta.url` of the module that names the worker, and `workerName` the
 * worker module's file name without extension, beside it: from the compiled code the worker is
 * JavaScript; from the sources (tests, tsx) it is TypeScript, and the thread registers tsx first.
 *
 * @example
 * const thread = new WorkerThread<Job, Measures>(import.meta.url, 'network-measures-worker');
 * const measures = await thread.call(job);
 */
export class WorkerThread<Request, Answer> {
  #worker: Worker | null = null;
  #next = 0;
  readonly #waiting = new Map<
    number,
    { resolve: (answer: Answer) => void; reject: (error: Error) => void }
  >();

  constructor(
    private readonly callerUrl: string,
    private readonly workerName: string,
  ) {}

  call(request: Request, transfer: readonly ArrayBuffer[] = []): Promise<Answer> {
    const worker = this.#started();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      if (this.#waiting.size === 1) worker.ref();
      worker.postMessage({ id, request }, [...transfer]);
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  #started(): Worker {
    if (this.#worker) return this.#worker;
    const fromSources = this.callerUrl.endsWith('.ts');
    const script = new URL(`./${this.workerName}.${fromSources ? 'ts' : 'js'}`, this.callerUrl);
    const worker = fromSources
      ? new Worker(
          `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(script.href)}))`,
          { eval: true },
        )
      : new Worker(script);
    worker.on('message', (reply: Reply<Answer>) => {
      const waiting = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if (this.#waiting.size === 0) worker.unref();
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.value);
    });
    worker.on('error', (error) => this.#failAll(error));
    worker.on('exit', (code) => {
      if (this.#worker === worker) this.#worker = null;
      this.#failAll(new Error(`the ${this.workerName} thread stopped (exit code ${code})`));
    });
    this.#worker = worker;
    return worker;
  }

  #failAll(error: Error): void {
    for (const { reject } of this.#waiting.values()) reject(error);
    this.#waiting.clear();
  }
}

/**
 * How much lower than the server's main thread a worker thread runs (a nice value): on a machine
 * with few cores, the work sent to a thread then takes the CPU the main thread leaves, rather than
 * the CPU it needs to answer short requests.
 */
export const WORKER_NICENESS = 10;

/**
 * Lowers the calling thread's scheduling priority by {@link WORKER_NICENESS}. On Linux each
 * thread has a nice value of its own, addressed by its thread id (read from /proc/thread-self);
 * elsewhere, or where the system refuses, the thread keeps the process's priority.
 */
function lowerThisThreadsPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0)
      setPriority(tid, Math.min(19, getPriority(tid) + WORKER_NICENESS));
  } catch {
    // Not Linux, or not allowed: the thread runs at the process's priority.
  }
}

/**
 * The worker side of `WorkerThread`: answers each request with `answer` (or the error's message),
 * in the order they come, at a lower priority than the main thread. `transferOf` names the
 * buffers of an answer to move rather than copy.
 */
export function answerOnThread<Request, Answer>(
  answer: (request: Request) => Answer | Promise<Answer>,
  transferOf: (answer: Answer) => readonly ArrayBuffer[] = () => [],
): void {
  lowerThisThreadsPriority();
  parentPort?.on('message', ({ id, request }: { id: number; request: Request }) => {
    Promise.resolve()
      .then(() => answer(request))
      .then(
        (value) => parentPort?.postMessage({ id, value }, [...transferOf(value)]),
        (error: unknown) =>
          parentPort?.postMessage({
            id,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
  });
}
