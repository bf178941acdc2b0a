import widths from './helvetica-widths.json' with { type: 'json' };

/**
 * Advance widths (1/1000 em) of Helvetica for the characters 32-126, from the standard AFM, kept as
 * data in helvetica-widths.json.
 */
const {
  regular: REGULAR,
  bold: BOLD,
}: { readonly regular: readonly number[]; readonly bold: readonly number[] } = widths;

/**
 * The width of `text` in Helvetica at `size` points, so charts can place and shorten labels
 * without a browser. Characters outside ASCII count as a digit's width (556).
 *
 * @example
 * textWidth('Twente', 10); // 32.23
 */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += (code >= 32 && code <= 126 ? table[code - 32] : undefined) ?? 556;
  }
  return (units * size) / 1000;
}

/** `text` shortened with an ellipsis so that it fits in `width` points. */
export function fitText(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
