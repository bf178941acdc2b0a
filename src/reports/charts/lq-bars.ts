import { c, niceTicks, PALETTE, svgDocument, text, type SvgFrame } from './svg.js';
import { fitText, textWidth } from './text-width.js';

export interface LqBarsInput extends Omit<SvgFrame, 'height'> {
  readonly rows: readonly {
    readonly label: string;
    /** Location quotient; null = cannot be computed (no activity), drawn as a note. */
    readonly lq: number | null;
    /** The LQ as printed (formatted by the caller), or why it is missing. */
    readonly lqLabel: string;
    /** A second figure printed at the right, e.g. the share of the national total. */
    readonly note?: string;
  }[];
  /** Label of the reference line at LQ = 1, e.g. "LQ = 1: as specialised as the country". */
  readonly referenceLabel: string;
  /** Heading of the note column, e.g. "Share of NL". */
  readonly noteHeading?: string;
}

const ROW = 22;
const BAR = 13;
const TOP = 34;

/**
 * Location quotients per key area as horizontal bars from 0, with a dashed reference line at 1
 * (above 1 = specialised). Bars above 1 are dark and marked with the word of the value, bars
 * below 1 light; every bar has its value printed, so the reading does not rely on colour.
 *
 * @example
 * lqBars({ id: 'lq', title: 'LQ', description: '…', width: 480, referenceLabel: 'LQ = 1',
 *   rows: [{ label: 'HTSM', lq: 1.42, lqLabel: '1.42' }] });
 */
export function lqBars(input: LqBarsInput): string {
  const height = TOP + input.rows.length * ROW + 22;
  const labelWidth = Math.min(
    input.width * 0.36,
    Math.max(...input.rows.map((r) => textWidth(r.label, 10)), 20) + 8,
  );
  const noteWidth = input.rows.some((r) => r.note)
    ? Math.max(
        ...input.rows.map((r) => textWidth(r.note ?? '', 10)),
        textWidth(input.noteHeading ?? '', 9, true),
      ) + 12
    : 0;
  const valueWidth = Math.max(...input.rows.map((r) => textWidth(r.lqLabel, 10)), 12) + 8;
  const x0 = labelWidth;
  const x1 = input.width - noteWidth - valueWidth;
  const max = Math.max(1.5, ...input.rows.map((r) => r.lq ?? 0)) * 1.05;
  const x = (v: number) => x0 + (v / max) * (x1 - x0);
  const bottom = TOP + input.rows.length * ROW - 4;
  const half = textWidth(input.referenceLabel, 9) / 2 + 2;
  const referenceX = Math.max(half, Math.min(x(1), input.width - half));
  const body: string[] = [];
  for (const t of niceTicks(0, max, 5)) {
    if (t > max) continue;
    body.push(
      `<line x1="${c(x(t))}" y1="${TOP - 6}" x2="${c(x(t))}" y2="${c(bottom)}" stroke="${PALETTE.grid}" stroke-width="1"/>`,
      text(x(t), bottom + 14, String(t), { size: 9, anchor: 'middle', fill: PALETTE.muted }),
    );
  }
  input.rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    body.push(
      text(x0 - 6, y + BAR - 3, fitText(row.label, labelWidth - 8, 10), {
        size: 10,
        anchor: 'end',
      }),
    );
    const lq = row.lq;
    if (lq !== null && lq > 0) {
      const above = lq >= 1;
      body.push(
        `<rect x="${c(x0)}" y="${c(y)}" width="${c(x(lq) - x0)}" height="${BAR}" fill="${above ? PALETTE.primary : '#8fb3d9'}"${above ? '' : ` stroke="${PALETTE.primary}" stroke-width="0.75"`}/>`,
      );
    }
    body.push(
      text((lq !== null && lq > 0 ? x(lq) : x0) + 4, y + BAR - 3, row.lqLabel, {
        size: 10,
        weight: lq !== null && lq >= 1 ? 'bold' : 'normal',
      }),
    );
    if (row.note)
      body.push(text(input.width - 2, y + BAR - 3, row.note, { size: 10, anchor: 'end' }));
  });
  if (input.noteHeading && noteWidth > 0)
    body.push(
      text(input.width - 2, TOP - 12, input.noteHeading, {
        size: 9,
        anchor: 'end',
        weight: 'bold',
      }),
    );
  body.push(
    `<line x1="${c(x0)}" y1="${TOP - 6}" x2="${c(x0)}" y2="${c(bottom)}" stroke="${PALETTE.axis}" stroke-width="1"/>`,
    `<line x1="${c(x(1))}" y1="${TOP - 10}" x2="${c(x(1))}" y2="${c(bottom + 2)}" stroke="${PALETTE.accent}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    text(referenceX, TOP - 14, input.referenceLabel, {
      size: 9,
      anchor: 'middle',
      fill: PALETTE.accent,
    }),
  );
  return svgDocument({ ...input, height }, body);
}
