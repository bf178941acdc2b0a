/** A value cell read: the number (null when missing) and its flags. */
export type EurostatCell =
  | { readonly ok: true; readonly value: number | null; readonly flags: string | null }
  | { readonly ok: false; readonly reason: string };

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A plain number as Eurostat's files write it (`12.3`, `-0.5`, `1e3`); undefined for other text.
 *
 * @example eurostatNumber('12.30') -> 12.3
 * @example eurostatNumber('12,3') -> undefined
 */
export function eurostatNumber(text: string): number | undefined {
  const value = Number(text);
  return Number.isFinite(value) && NUMBER.test(text) ? value : undefined;
}

/**
 * Reads a Eurostat value cell: `12.3 `, `12.3 e`, `:`, `: c`, `: @C`, `0.65 bu`. The number and
 * the flags are separated by white space; flags are kept as letters in lower case, with the
 * confidentiality markers `@C` and `|C` read as `c`. A missing value (`:`) has value null.
 *
 * @example parseEurostatCell('9.2 b') -> { ok: true, value: 9.2, flags: 'b' }
 * @example parseEurostatCell(': @C') -> { ok: true, value: null, flags: 'c' }
 */
export function parseEurostatCell(cell: string): EurostatCell {
  const text = cell.trim();
  if (text === '' || text.startsWith(':')) {
    return { ok: true, value: null, flags: normaliseFlags(text.slice(1)) };
  }
  const space = text.search(/\s/);
  const numberText = space === -1 ? text : text.slice(0, space);
  const flagText = space === -1 ? '' : text.slice(space + 1);
  if (!NUMBER.test(numberText)) {
    return {
      ok: false,
      reason: `"${cell.trim()}" is not a number (expected e.g. 12.3, 12.3 e or :)`,
    };
  }
  if (!/^[@|A-Za-z\s]*$/.test(flagText)) {
    return { ok: false, reason: `"${cell.trim()}": "${flagText}" are not Eurostat flags` };
  }
  return { ok: true, value: Number(numberText), flags: normaliseFlags(flagText) };
}

/** Flags as stored: letters only, lower case, each once, in the order given; null when none. */
export function normaliseFlags(text: string): string | null {
  const letters = text.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters === '') return null;
  return [...new Set(letters)].join('');
}

/** Unions flag strings, adding `extra` letters: mergeFlags(['b', 'bp', null], 'h') === 'bph'. */
export function mergeFlags(flags: readonly (string | null)[], extra = ''): string | null {
  return normaliseFlags(flags.filter((f) => f !== null).join('') + extra);
}

/**
 * The year of a Eurostat period: '2020' -> 2020. Returns null for periods that are not whole
 * years ('2020Q1', '2020-01', '2020M01'), undefined for text that is not a period at all.
 */
export function periodYear(period: string): number | null | undefined {
  const p = period.trim();
  if (/^\d{4}$/.test(p)) return Number(p);
  if (/^\d{4}(-?[QMSWH]\d{1,2}|-\d{2}(-\d{2})?|-[QS]\d)$/.test(p)) return null;
  return undefined;
}
