import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The name of the record of downloaded files in the data directory. */
export const PULL_RECORD_FILE = 'MANIFEST.json';

/** What MANIFEST.json records for one downloaded file. */
export interface FileRecord {
  readonly path: string;
  readonly url: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly retrieved_at: string;
  /** Modification time of the file as written, so that a rerun need not hash unchanged files. */
  readonly mtime_ms: number;
}

/** A download under way: what `<file>.part` holds, so that a rerun can resume it safely. */
export interface PartialRecord {
  readonly path: string;
  readonly url: string;
  /** The ETag or Last-Modified of the first answer, sent back as If-Range when resuming. */
  readonly validator: string | null;
  /** False when the server encoded the transfer, so that byte offsets cannot be resumed. */
  readonly resumable: boolean;
}

interface RecordDocument {
  readonly generator: string;
  readonly files: readonly FileRecord[];
  readonly partial: readonly PartialRecord[];
}

/**
 * The records in `<dataDir>/MANIFEST.json`. Every change is written at once (to a temporary file,
 * then renamed), so an interrupted pull keeps the records of the files it finished.
 */
export class PullRecordBook {
  private readonly files = new Map<string, FileRecord>();
  private readonly partials = new Map<string, PartialRecord>();

  private constructor(readonly location: string) {}

  /** Reads the records of a data directory; `unreadable` is set when MANIFEST.json was damaged. */
  static async open(dataDir: string): Promise<{ book: PullRecordBook; unreadable?: string }> {
    const book = new PullRecordBook(join(dataDir, PULL_RECORD_FILE));
    let text: string;
    try {
      text = await readFile(book.location, 'utf8');
    } catch {
      return { book };
    }
    try {
      const doc = JSON.parse(text) as Partial<RecordDocument>;
      for (const f of doc.files ?? []) book.files.set(f.path, f);
      for (const p of doc.partial ?? []) book.partials.set(p.path, p);
      return { book };
    } catch (error) {
      return { book, unreadable: (error as Error).message };
    }
  }

  file(path: string): FileRecord | undefined {
    return this.files.get(path);
  }

  partial(path: string): PartialRecord | undefined {
    return this.partials.get(path);
  }

  async setFile(record: FileRecord): Promise<void> {
    this.files.set(record.path, record);
    this.partials.delete(record.path);
    await this.save();
  }

  async setPartial(record: PartialRecord): Promise<void> {
    this.partials.set(record.path, record);
    await this.save();
  }

  async forget(path: string): Promise<void> {
    if (!this.files.delete(path) && !this.partials.delete(path)) return;
    this.partials.delete(path);
    await this.save();
  }

  private async save(): Promise<void> {
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
    const doc: RecordDocument = {
      generator: 'regiokracht data pull',
      files: [...this.files.values()].sort(byPath),
      partial: [...this.partials.values()].sort(byPath),
    };
    await mkdir(dirname(this.location), { recursive: true });
    const temporary = `${this.location}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(doc, null, 2)}\n`);
    await rename(temporary, this.location);
  }
}
