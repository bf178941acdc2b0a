import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Download, Locator, Page } from 'playwright-core';

/** Where downloaded files are kept to look at. */
export const DOWNLOADS = fileURLToPath(
  new URL('../../../test-artifacts/downloads/', import.meta.url),
);

/** The first bytes of every PNG file. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Clicks (or presses Enter on) a figure's download button for a format and returns the file's
 * name and bytes; a copy is kept in test-artifacts/downloads/.
 */
export async function downloadFrom(
  page: Page,
  figure: Locator,
  format: string,
  byKeyboard = false,
): Promise<{ name: string; bytes: Buffer }> {
  const button = figure.locator(`.rk-download button[data-format="${format}"]`).first();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }) as Promise<Download>,
    byKeyboard ? button.focus().then(() => page.keyboard.press('Enter')) : button.click(),
  ]);
  const bytes = await readFile(await file.path());
  await writeFile(`${DOWNLOADS}${file.suggestedFilename()}`, bytes);
  return { name: file.suggestedFilename(), bytes };
}

/** The texts drawn in an SVG, in order, the XML entities read. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => xmlText(m[1]!));
}

/** The title drawn on a downloaded picture: its lines joined, the XML entities read. */
export function titleOf(svg: string): string {
  const group = /<g class="rk-export__title">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => xmlText(m[1]!)).join(' ');
}

function xmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A downloaded CSV file's lines after the byte order mark, split into fields. */
export function csvRows(bytes: Buffer): string[][] {
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map(csvSplit);
}

/** Splits one CSV line (quoted fields may hold commas and doubled quotes). */
export function csvSplit(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k]!;
    if (quoted) {
      if (ch === '"' && line[k + 1] === '"') {
        field += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}
