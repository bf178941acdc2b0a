import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PullFailure, diskFailure } from './pull-failure.js';

/**
 * Copies a file of a mirror directory into `part`, from the first byte (a local copy is quick,
 * so there is nothing to resume). Throws a PullFailure.
 */
export async function localCopy(
  source: string,
  part: string,
  onProgress?: (bytes: number, total: number) => void,
): Promise<{ bytes: number }> {
  const info = await stat(source).catch(() => null);
  if (!info?.isFile()) {
    throw new PullFailure(
      `${source} does not exist`,
      'the mirror directory has no such file: check --from (a mirror is laid out like shared/data), or leave the file out with --only',
    );
  }
  let copied = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      copied += chunk.length;
      onProgress?.(copied, info.size);
      done(null, chunk);
    },
  });
  const input = createReadStream(source);
  let readError: unknown;
  input.on('error', (error) => (readError = error));
  try {
    await pipeline(input, counter, createWriteStream(part));
  } catch (error) {
    if (readError) {
      throw new PullFailure(
        `cannot read ${source}: ${(readError as Error).message}`,
        'check that the mirror directory is readable',
        { cause: readError },
      );
    }
    throw diskFailure(part, error);
  }
  return { bytes: copied };
}
