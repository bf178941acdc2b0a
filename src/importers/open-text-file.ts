import type { ImportContext } from './importer.js';
import type { LineReader } from './text/line-reader.js';

/**
 * Opens the file being imported as lines of text (plain or gzipped); refuses a zip or binary
 * file, saying what was expected: `not a text file (zip); expected a TERCET CSV file`.
 */
export async function openTextFile(ctx: ImportContext, expected: string): Promise<LineReader> {
  const reader = await ctx.openLines();
  if (reader.magic === 'zip' || reader.magic === 'binary')
    ctx.refuseFile(1, '(file)', `not a text file (${reader.magic}); expected ${expected}`);
  return reader;
}
