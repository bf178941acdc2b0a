import type { Row, RowValues, StoreTx, TableName } from '../../storage/store.js';
import { BatchWriter, type BatchTarget } from '../batch-writer.js';
import type { ImportContext, TableWriter, TableWriterOptions } from '../importer.js';
import { IMPORT_LIMITS } from '../limits.js';
import { LineReader } from '../text/line-reader.js';
import type { TextEncodingName } from '../text/text-decoding.js';
import { packRows, packedBuffers } from './packed-rows.js';
import type {
  BatchMessage,
  ReadEvent,
  ReadMessage,
  ReadStart,
} from './template-thread-messages.js';

/** Thrown in the reading thread when the file is refused as a whole; the import's thread refuses it. */
export class ThreadFileRefused extends Error {
  constructor(
    readonly row: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'FileRefused';
  }
}

/**
 * The import context of a template read in a thread of its own: it reads the file itself, keeps
 * the writers' queues (batch-writer.ts: the batches, their order, which tables go first), and
 * passes on everything else it is told (counts, refusals, notes, and each batch a writer writes)
 * to the import's thread, which tells its own context the same, in the same order
 * (template-thread.ts). `flush` sends what was gathered as one message, and waits while `ahead`
 * messages are not yet taken in. It holds no transaction.
 */
export class ThreadImportContext implements ImportContext, BatchTarget {
  readonly file: string;
  readonly kind: string;
  readonly importId: string;
  readonly encoding: TextEncodingName;
  readonly nutsConversionDir = undefined;
  readonly allowNewRegions = false;
  readonly readThread = 'never' as const;
  private refused = 0;
  private events: ReadEvent[] = [];
  private readonly writers: BatchWriter[] = [];
  private transfer: ArrayBuffer[] = [];
  private reader: LineReader | undefined;
  private bytes: { read: number; total: number } | undefined;
  private sent = 0;
  private taken = 0;
  private wake: (() => void) | undefined;

  constructor(
    start: ReadStart,
    private readonly post: (message: ReadMessage, transfer?: ArrayBuffer[]) => void,
    private readonly ahead: number,
  ) {
    this.file = start.file;
    this.kind = start.kind;
    this.importId = start.importId;
    this.encoding = start.encoding;
  }

  get tx(): StoreTx {
    throw new Error('the reading thread has no database transaction');
  }

  get refusing(): boolean {
    return this.refused > 0;
  }

  /** Lines read so far. */
  get linesRead(): number {
    return this.reader?.linesRead ?? 0;
  }

  now(): Date {
    return new Date();
  }

  async openLines(): Promise<LineReader> {
    this.reader = await LineReader.open(
      this.file,
      (read, total) => {
        this.bytes = { read, total };
      },
      { encoding: this.encoding, limits: IMPORT_LIMITS },
    );
    return this.reader;
  }

  setFormat(format: string): void {
    this.events.push({ e: 'format', format });
  }

  useDataset(): Promise<void> {
    throw new Error('the reading thread writes no data set');
  }

  rowsRead(count: number): void {
    this.events.push({ e: 'read', count });
  }

  refuse(row: number, field: string, reason: string): void {
    this.refused++;
    this.events.push({ e: 'refuse', row, field, reason });
  }

  refuseFile(row: number, field: string, reason: string): never {
    throw new ThreadFileRefused(row, field, reason);
  }

  skip(reason: string, example?: string): void {
    this.events.push({ e: 'skip', reason, example });
  }

  note(text: string): void {
    this.events.push({ e: 'note', text });
  }

  readProgress(read: number, total: number): void {
    this.bytes = { read, total };
  }

  writer(table: TableName, key: readonly string[], options: TableWriterOptions = {}): TableWriter {
    const writer = new BatchWriter(this, table, key, options);
    this.writers.push(writer);
    return writer;
  }

  /** Writes the queues of full writers (here: sends their rows); waits while `ahead` batches are not taken in. */
  async flush(): Promise<void> {
    for (const writer of this.writers) if (writer.full) await writer.flush();
    await this.send();
  }

  /** Writes every queue, as the runner does once the importer is done, and sends the rest. */
  async flushAll(): Promise<void> {
    for (const writer of this.writers) await writer.flush();
    await this.send();
  }

  /** The import's thread took in a batch. */
  batchTaken(): void {
    this.taken++;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /**
   * Sends what was gathered since the last batch, if anything; then waits while `ahead` batches
   * are not yet taken in.
   */
  async send(): Promise<void> {
    if (this.bytes) {
      this.events.push({ e: 'bytes', read: this.bytes.read, total: this.bytes.total });
      this.bytes = undefined;
    }
    if (this.events.length > 0) {
      const batch: BatchMessage = { type: 'batch', events: this.events };
      this.events = [];
      this.sent++;
      this.post(batch, this.transfer);
      this.transfer = [];
    }
    while (this.sent - this.taken >= this.ahead) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Before a writer's bulk batch: told to the import's thread, which may drop indexes. */
  beforeBulkWrite(table: TableName, rows: number): Promise<void> {
    this.events.push({ e: 'bulk', table, rows });
    return Promise.resolve();
  }

  /** Rows to write: they go in the next message, for the import's thread to write. */
  upsert(table: TableName, key: readonly string[], rows: readonly Row[]): Promise<void> {
    if (rows.length > 0 && !this.refusing) this.events.push({ e: 'upsert', table, key, rows });
    return Promise.resolve();
  }

  /** As {@link upsert}, for rows of values, packed (packed-rows.ts). */
  upsertValues(
    table: TableName,
    key: readonly string[],
    columns: readonly string[],
    rows: readonly RowValues[],
    same?: Row,
  ): Promise<void> {
    if (rows.length === 0 || this.refusing) return Promise.resolve();
    const packed = packRows(columns.length, rows)!;
    this.transfer.push(...packedBuffers(packed));
    this.events.push({ e: 'values', table, key, columns, rows: packed, same });
    return Promise.resolve();
  }
}
