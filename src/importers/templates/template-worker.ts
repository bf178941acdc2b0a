// The reading thread of template-thread.ts: reads, checks and turns into rows the file of a
// template that can be read in a thread of its own, and sends them, batch after batch, to the
// import's thread, which writes them.
import { parentPort } from 'node:worker_threads';
import { RegionIndex } from '../regions/region-index.js';
import { DamagedFileError } from '../text/line-reader.js';
import { THREADED_TEMPLATES } from './threaded-templates.js';
import { readTemplateRows, templateTools } from './template-importer.js';
import { ThreadFileRefused, ThreadImportContext } from './template-thread-context.js';
import type { ReadAck, ReadMessage, ReadStart } from './template-thread-messages.js';

/** Batches sent and not yet taken in by the import's thread, at most (some 530 rows each). */
const AHEAD = 64;

const port = parentPort!;
const post = (message: ReadMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);
let ctx: ThreadImportContext | undefined;

port.on('message', (message: ReadStart | ReadAck) => {
  if ('ack' in message) ctx?.batchTaken();
  else void read(message);
});

async function read(start: ReadStart): Promise<void> {
  const context = (ctx = new ThreadImportContext(start, post, AHEAD));
  try {
    const spec = THREADED_TEMPLATES.get(start.kind);
    if (!spec?.threaded) throw new Error(`template ${start.kind} is not read in a thread`);
    const { template } = start;
    const tools = templateTools(
      context,
      RegionIndex.fromSnapshot(template.regions),
      template.keyAreas,
      template.datasetId,
    );
    const state = spec.threaded.start(tools, template.seed);
    await readTemplateRows(tools, spec, state);
    await context.flushAll();
    post({ type: 'done' });
  } catch (error) {
    // What was found before the end goes first, as it would have without a thread.
    await context.send();
    if (error instanceof ThreadFileRefused) {
      post({ type: 'refuseFile', row: error.row, field: error.field, reason: error.reason });
    } else if (error instanceof DamagedFileError) {
      post({
        type: 'damaged',
        message: error.message,
        line: error.line,
        field: error.field,
        linesRead: context.linesRead,
      });
    } else {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
