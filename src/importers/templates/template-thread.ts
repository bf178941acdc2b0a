import type { Worker } from 'node:worker_threads';
import { startWorker } from './start-worker.js';
import type { Cell } from '../../storage/store.js';
import type { ImportContext } from '../importer.js';
import { DamagedFileError } from '../text/line-reader.js';
import { unpackRows } from './packed-rows.js';
import type { TemplateSeed } from './template-importer.js';
import type { BatchMessage, ReadAck, ReadMessage, ReadStart } from './template-thread-messages.js';

let running = 0;
let started = 0;

/** Reading threads running now, and started since the process began (for tests). */
export function readingThreads(): { readonly running: number; readonly started: number } {
  return { running, started };
}

/**
 * Reads a template's file in a thread of its own (template-worker.ts): that thread reads,
 * checks and turns rows into batches of values while this one writes the batches before to the
 * database, in the import's one transaction. Everything the reading thread's context is told
 * (rows read, refusals, notes, each batch its writers write) is told here to `ctx` in the same
 * order, so that counts, error messages and the rows written are those of a read in this
 * thread. The thread is stopped when the read ends, however it ends (a refusal, a failed write).
 */
export async function readOnThread(
  ctx: ImportContext,
  kind: string,
  template: TemplateSeed,
): Promise<void> {
  const worker = startWorker(import.meta.url, 'template-worker');
  running++;
  started++;
  try {
    const messages = messagesOf(worker);
    const start: ReadStart = {
      kind,
      file: ctx.file,
      importId: ctx.importId,
      encoding: ctx.encoding,
      template,
    };
    worker.postMessage(start);
    const ack: ReadAck = { ack: true };
    for (;;) {
      const message = await messages.next();
      switch (message.type) {
        case 'batch':
          await takeBatch(ctx, message);
          worker.postMessage(ack);
          break;
        case 'refuseFile':
          ctx.refuseFile(message.row, message.field, message.reason);
          break;
        case 'damaged':
          throw new DamagedFileError(message.message, {
            line: message.line ?? message.linesRead + 1,
            field: message.field,
          });
        case 'failed':
          throw new Error(message.message);
        case 'done':
          return;
      }
    }
  } finally {
    running--;
    await worker.terminate();
  }
}

/** Tells `ctx` what the reading thread's context was told, in order: counts, refusals, writes. */
async function takeBatch(ctx: ImportContext, batch: BatchMessage): Promise<void> {
  for (const event of batch.events) {
    switch (event.e) {
      case 'format':
        ctx.setFormat(event.format);
        break;
      case 'read':
        ctx.rowsRead(event.count);
        break;
      case 'refuse':
        ctx.refuse(event.row, event.field, event.reason);
        break;
      case 'note':
        ctx.note(event.text);
        break;
      case 'skip':
        ctx.skip(event.reason, event.example);
        break;
      case 'bytes':
        ctx.readProgress(event.read, event.total);
        break;
      case 'bulk':
        await ctx.beforeBulkWrite(event.table, event.rows);
        break;
      case 'upsert':
        await ctx.upsert(event.table, event.key, event.rows);
        break;
      case 'values': {
        const rows: Cell[][] = [];
        unpackRows(event.rows, (values) => rows.push(values));
        await ctx.upsertValues(event.table, event.key, event.columns, rows, event.same);
        break;
      }
    }
  }
}

/** The messages of the reading thread, one at a time; an error or exit of the thread rejects. */
function messagesOf(worker: Worker): { next(): Promise<ReadMessage> } {
  const queue: ReadMessage[] = [];
  let waiting: { resolve: (m: ReadMessage) => void; reject: (e: Error) => void } | undefined;
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    waiting?.reject(failed);
    waiting = undefined;
  };
  worker.on('message', (message: ReadMessage) => {
    if (waiting) {
      waiting.resolve(message);
      waiting = undefined;
    } else queue.push(message);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the reading thread stopped (exit code ${code})`)));
  return {
    next: () => {
      const message = queue.shift();
      if (message) return Promise.resolve(message);
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
  };
}
