import type { LineReader } from './line-reader.js';

/** One record of a delimited file: its fields and the line it starts on (1-based, header = 1). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/** A record whose quotes do not close, or a quote in the middle of a field. */
export interface CsvProblem {
  readonly line: number;
  readonly reason: string;
}

export interface CsvOptions {
  readonly delimiter: string;
  /** The quote character; `'` for GISCO TERCET files. Default `"`. */
  readonly quote?: string;
  /** Skip lines that are empty or only whitespace (default true). */
  readonly skipBlank?: boolean;
}

/**
 * Records of a delimited text file in batches, following RFC 4180: fields may be quoted, quotes
 * inside are doubled, and a quoted field may run over several lines (the record keeps the number
 * of its first line). Lines without a quote character take a fast path. A record whose quote is
 * never closed is reported through `onProblem` and left out.
 */
export async function* csvRecordBatches(
  reader: LineReader,
  options: CsvOptions,
  onProblem: (problem: CsvProblem) => void,
): AsyncGenerator<CsvRecord[]> {
  const { delimiter } = options;
  const quote = options.quote ?? '"';
  const skipBlank = options.skipBlank ?? true;
  let lineNo = 0;
  // A record still open at the end of a line: its text so far and where it started.
  let open: { text: string; line: number } | undefined;
  for await (const lines of reader.batches()) {
    const out: CsvRecord[] = [];
    for (const raw of lines) {
      lineNo++;
      if (open) {
        open.text += '\n' + raw;
        if (!quotesBalanced(open.text, quote)) continue;
        const parsed = parseQuoted(open.text, delimiter, quote);
        if (typeof parsed === 'string') onProblem({ line: open.line, reason: parsed });
        else out.push({ fields: parsed, line: open.line });
        open = undefined;
        continue;
      }
      if (raw.indexOf(quote) === -1) {
        if (skipBlank && raw.trim() === '') continue;
        out.push({ fields: raw.split(delimiter), line: lineNo });
        continue;
      }
      if (!quotesBalanced(raw, quote)) {
        open = { text: raw, line: lineNo };
        continue;
      }
      const parsed = parseQuoted(raw, delimiter, quote);
      if (typeof parsed === 'string') onProblem({ line: lineNo, reason: parsed });
      else out.push({ fields: parsed, line: lineNo });
    }
    if (out.length > 0) yield out;
  }
  if (open) {
    onProblem({
      line: open.line,
      reason: `a quoted field opened here is never closed (the file may be truncated)`,
    });
  }
}

/** True when the text holds an even number of quote characters. */
function quotesBalanced(text: string, quote: string): boolean {
  let n = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) n++;
  return n % 2 === 0;
}

/** Splits one record that contains quotes; returns the reason when it is malformed. */
export function parseQuoted(text: string, delimiter: string, quote: string): string[] | string {
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    if (text.startsWith(quote, i)) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf(quote, j);
        if (q === -1) return 'a quoted field is never closed';
        if (text.startsWith(quote, q + 1)) {
          value += text.slice(j, q) + quote;
          j = q + 2;
          continue;
        }
        value += text.slice(j, q);
        i = q + 1;
        break;
      }
      // Tolerate spaces between a closing quote and the delimiter.
      while (i < n && text[i] === ' ') i++;
      fields.push(value);
      if (i >= n) return fields;
      if (!text.startsWith(delimiter, i)) {
        return `unexpected text after the closing quote of field ${fields.length}`;
      }
      i += delimiter.length;
      if (i >= n) {
        fields.push('');
        return fields;
      }
    } else {
      const d = text.indexOf(delimiter, i);
      const end = d === -1 ? n : d;
      const value = text.slice(i, end);
      if (value.includes(quote)) {
        return `a quote inside unquoted field ${fields.length + 1} (${JSON.stringify(value)})`;
      }
      fields.push(value);
      if (d === -1) return fields;
      i = d + delimiter.length;
      if (i >= n) {
        fields.push('');
        return fields;
      }
    }
  }
}
