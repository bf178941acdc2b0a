import { open } from 'node:fs/promises';
import { RegiokrachtError } from '../../domain/errors.js';

/** The two kinds of backup: a copy of a SQLite database file, or the logical format (gzip). */
export type BackupKind = 'sqlite-file' | 'logical';

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Tells the kind of a backup file from its first bytes; refuses anything else, naming the file. */
export async function backupKind(file: string): Promise<BackupKind> {
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      head = Buffer.alloc(16);
      const { bytesRead } = await handle.read(head, 0, 16, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new RegiokrachtError(
      'DATA_FILE_INVALID',
      `cannot read the backup ${file} (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  if (head.toString('latin1') === SQLITE_MAGIC) return 'sqlite-file';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'logical';
  throw new RegiokrachtError(
    'DATA_FILE_INVALID',
    `${file} is neither a SQLite database nor a Regiokracht logical backup (gzip); nothing was restored`,
  );
}
