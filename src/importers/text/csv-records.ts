import { DamagedFileError, type LineReader } from './line-reader.js';

/** One record of a delimited file: its fields and the line it starts on (1-based, header = 1). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/** A record that cannot be read, such as one whose quoted field never closes. */
export interface CsvProblem {
  readonly line: number;
  readonly reason: string;
  /** The field, when the problem is one field's (`column 3`). */
  readonly field?: string;
}

export interface CsvOptions {
  readonly delimiter: string;
  /** The quote character; `'` for GISCO TERCET files. Default `"`. */
  readonly quote?: string;
  /** Skip lines that are empty or only whitespace (default true). */
  readonly skipBlank?: boolean;
  /**
   * Whether a quoted field may run over several lines (default true). When false, a quote still
   * open at the end of a line is a problem of that line.
   */
  readonly multiline?: boolean;
  /** Characters one field may hold; a longer field is a problem of its record (default: no limit). */
  readonly maxFieldChars?: number;
  /** Characters a record over several lines may hold before it is taken for an unclosed quote. */
  readonly maxRecordChars?: number;
}

/** A record still open at the end of the text: its quoted field goes on on the next line. */
export const INCOMPLETE = Symbol('incomplete');

/**
 * Records of a delimited text file in batches, following RFC 4180 (quoted fields, doubled quotes,
 * quoted fields running over several lines; the record keeps the number of its first line),
 * leniently: a quote inside a quoted field that is not followed by the delimiter or the end of the
 * record is kept as a literal quote (CORDIS writes `"ASSOCIATION "NCSA""`), and so is a quote in
 * the middle of an unquoted field. Lines without a quote character take a fast path. A record
 * whose quote is never closed, or with a field longer than `maxFieldChars`, is reported through
 * `onProblem` and left out; a quoted field still open after `maxRecordChars` stops the read with
 * a {@link DamagedFileError}.
 */
export async function* csvRecordBatches(
  reader: LineReader,
  options: CsvOptions,
  onProblem: (problem: CsvProblem) => void,
): AsyncGenerator<CsvRecord[]> {
  const { delimiter } = options;
  const quote = options.quote ?? '"';
  const skipBlank = options.skipBlank ?? true;
  const multiline = options.multiline ?? true;
  const maxField = options.maxFieldChars ?? Infinity;
  const maxRecord = options.maxRecordChars ?? Infinity;
  const push = (out: CsvRecord[], fields: string[], line: number, length: number) => {
    if (length > maxField) {
      const long = fields.findIndex((f) => f.length > maxField);
      if (long !== -1) {
        onProblem({
          line,
          field: `column ${long + 1}`,
          reason: `${fields[long]!.length.toLocaleString('en-GB')} characters, more than the limit of ${maxField.toLocaleString('en-GB')} for one field`,
        });
        return;
      }
    }
    out.push({ fields, line });
  };
  let lineNo = 0;
  let open: { text: string; line: number } | undefined;
  for await (const lines of reader.batches()) {
    const out: CsvRecord[] = [];
    for (const raw of lines) {
      lineNo++;
      let text: string;
      let start: number;
      if (open) {
        text = `${open.text}\n${raw}`;
        start = open.line;
      } else {
        if (raw.indexOf(quote) === -1) {
          if (skipBlank && raw.trim() === '') continue;
          push(out, splitFields(raw, delimiter), lineNo, raw.length);
          continue;
        }
        text = raw;
        start = lineNo;
      }
      const parsed = parseQuoted(text, delimiter, quote);
      if (parsed === INCOMPLETE) {
        if (multiline) {
          if (text.length > maxRecord)
            throw new DamagedFileError(
              `a quoted field opened here runs over more than ${maxRecord.toLocaleString('en-GB')} characters, the limit for one record (is a quote not closed?)`,
              { line: start, field: '(row)' },
            );
          open = { text, line: start };
        } else {
          onProblem({ line: start, reason: 'a quoted field is not closed on its line' });
        }
        continue;
      }
      open = undefined;
      push(out, parsed, start, text.length);
    }
    if (out.length > 0) yield out;
  }
  if (open) {
    onProblem({
      line: open.line,
      reason: 'a quoted field opened here is never closed (the file may be truncated)',
    });
  }
}

/** The fields of a line without quotes: as `line.split(delimiter)`, which costs more. */
export function splitFields(line: string, delimiter: string): string[] {
  if (delimiter === '') return line.split(delimiter);
  const fields: string[] = [];
  let start = 0;
  for (;;) {
    const end = line.indexOf(delimiter, start);
    if (end === -1) {
      fields.push(line.slice(start));
      return fields;
    }
    fields.push(line.slice(start, end));
    start = end + delimiter.length;
  }
}

/**
 * Splits one record that contains quotes: by RFC 4180 when it follows it, else leniently (see
 * {@link csvRecordBatches}); returns INCOMPLETE when a quoted field is still open at the end.
 */
export function parseQuoted(
  text: string,
  delimiter: string,
  quote: string,
): string[] | typeof INCOMPLETE {
  const strict = parseStrict(text, delimiter, quote);
  return strict === MALFORMED ? parseLenient(text, delimiter, quote) : strict;
}

const MALFORMED = Symbol('malformed');

function parseStrict(
  text: string,
  delimiter: string,
  quote: string,
): string[] | typeof INCOMPLETE | typeof MALFORMED {
  const fields: string[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    if (text.startsWith(quote, i)) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf(quote, j);
        if (q === -1) return INCOMPLETE;
        value += text.slice(j, q);
        if (text.startsWith(quote, q + 1)) {
          value += quote;
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i >= n) return fields;
      if (!text.startsWith(delimiter, i)) return MALFORMED;
      i += delimiter.length;
      if (i >= n) {
        fields.push('');
        return fields;
      }
    } else {
      const d = text.indexOf(delimiter, i);
      const end = d === -1 ? n : d;
      const value = text.slice(i, end);
      if (value.includes(quote)) return MALFORMED;
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

function parseLenient(
  text: string,
  delimiter: string,
  quote: string,
): string[] | typeof INCOMPLETE {
  const fields: string[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    if (text.startsWith(quote, i)) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf(quote, j);
        if (q === -1) return INCOMPLETE;
        value += text.slice(j, q);
        const after = q + 1;
        if (after >= n || text.startsWith(delimiter, after)) {
          i = after;
          break;
        }
        if (text.startsWith(quote, after)) {
          // A doubled quote; if the delimiter or the end follows it, it is a literal quote and
          // the closing one (`"ABC""` at the end of a field), else an escaped quote.
          const next = after + 1;
          if (next >= n || text.startsWith(delimiter, next)) {
            value += quote;
            i = next;
            break;
          }
          value += quote;
          j = next;
          continue;
        }
        // A stray quote inside the field: keep it.
        value += quote;
        j = after;
      }
      fields.push(value);
      if (i >= n) return fields;
      i += delimiter.length;
      if (i >= n) {
        fields.push('');
        return fields;
      }
    } else {
      const d = text.indexOf(delimiter, i);
      const end = d === -1 ? n : d;
      fields.push(text.slice(i, end));
      if (d === -1) return fields;
      i = d + delimiter.length;
      if (i >= n) {
        fields.push('');
        return fields;
      }
    }
  }
}
