import type { Row, TableName } from '../../storage/store.js';
import type { TextEncodingName } from '../text/text-decoding.js';
import type { TemplateSeed } from './template-importer.js';
import type { PackedRows } from './packed-rows.js';

/** What the import's thread sends the reading thread first: the file, and the template's seed. */
export interface ReadStart {
  readonly kind: string;
  readonly file: string;
  readonly importId: string;
  readonly encoding: TextEncodingName;
  readonly template: TemplateSeed;
}

/** What the import's thread sends after each batch it has taken in: room for one more. */
export interface ReadAck {
  readonly ack: true;
}

/** One thing the reading thread's context was told, in order; see template-thread-context.ts. */
export type ReadEvent =
  | { readonly e: 'format'; readonly format: string }
  | { readonly e: 'read'; readonly count: number }
  | { readonly e: 'refuse'; readonly row: number; readonly field: string; readonly reason: string }
  | { readonly e: 'note'; readonly text: string }
  | { readonly e: 'skip'; readonly reason: string; readonly example: string | undefined }
  | { readonly e: 'bytes'; readonly read: number; readonly total: number }
  /** The writes of the reading thread's writers (see `BatchTarget` in batch-writer.ts). */
  | { readonly e: 'bulk'; readonly table: TableName; readonly rows: number }
  | {
      readonly e: 'upsert';
      readonly table: TableName;
      readonly key: readonly string[];
      readonly rows: readonly Row[];
    }
  | {
      readonly e: 'values';
      readonly table: TableName;
      readonly key: readonly string[];
      readonly columns: readonly string[];
      readonly rows: PackedRows;
      readonly same: Row | undefined;
    };

/** What the reading thread's context was told since the batch before, in order. */
export interface BatchMessage {
  readonly type: 'batch';
  readonly events: readonly ReadEvent[];
}

/** How the reading thread ended: the file read, refused as a whole, damaged, or failed. */
export type EndMessage =
  | { readonly type: 'done' }
  | {
      readonly type: 'refuseFile';
      readonly row: number;
      readonly field: string;
      readonly reason: string;
    }
  | {
      readonly type: 'damaged';
      readonly message: string;
      readonly line: number | undefined;
      readonly field: string | undefined;
      readonly linesRead: number;
    }
  | { readonly type: 'failed'; readonly message: string };

export type ReadMessage = BatchMessage | EndMessage;
