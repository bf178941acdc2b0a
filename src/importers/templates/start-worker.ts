import { Worker } from 'node:worker_threads';

/**
 * Starts the worker module `workerName` (its file name without extension) beside the module whose
 * `import.meta.url` is `callerUrl`, as `WorkerThread` (src/services/shared/worker-thread.ts)
 * does: from the compiled code (dist/, the bundle's modules keep their own paths) the worker is
 * JavaScript; from the sources (tests, tsx) it is TypeScript, and the thread registers tsx first.
 */
export function startWorker(callerUrl: string, workerName: string): Worker {
  const fromSources = callerUrl.endsWith('.ts');
  const script = new URL(`./${workerName}.${fromSources ? 'ts' : 'js'}`, callerUrl);
  return fromSources
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(script.href)}))`,
        { eval: true },
      )
    : new Worker(script);
}
