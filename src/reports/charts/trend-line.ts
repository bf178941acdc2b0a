import { c, niceTicks, PALETTE, svgDocument, text, type SvgFrame } from './svg.js';

export interface TrendLineInput extends Omit<SvgFrame, 'height'> {
  readonly points: readonly { readonly year: number; readonly value: number }[];
  /** Formats a value as printed at each point and on the axis. */
  readonly format: (value: number) => string;
  /** A horizontal reference line, e.g. the reference area at 100. */
  readonly reference?: { readonly value: number; readonly label: string };
  /** Shown instead of a line when there are no points. */
  readonly emptyLabel: string;
}

const HEIGHT = 190;

/**
 * A value over the years as a line with labelled points, and an optional dashed reference line
 * (e.g. 100 = the reference area). Every point has its value printed beside it.
 *
 * @example
 * trendLine({ id: 'trend', title: 'Index', description: '…', width: 480, format: String,
 *   points: [{ year: 2011, value: 95.2 }, { year: 2012, value: 88.6 }],
 *   reference: { value: 100, label: 'EU = 100' }, emptyLabel: 'No index' });
 */
export function trendLine(input: TrendLineInput): string {
  const left = 44;
  const right = input.width - 16;
  const top = 18;
  const bottom = HEIGHT - 30;
  const body: string[] = [];
  if (input.points.length === 0) {
    body.push(text(input.width / 2, HEIGHT / 2, input.emptyLabel, { anchor: 'middle' }));
    return svgDocument({ ...input, height: HEIGHT }, body);
  }
  const years = input.points.map((p) => p.year);
  const values = [
    ...input.points.map((p) => p.value),
    ...(input.reference ? [input.reference.value] : []),
  ];
  const y0 = Math.min(...values);
  const y1 = Math.max(...values);
  const pad = (y1 - y0 || Math.abs(y1) || 1) * 0.15;
  const ticks = niceTicks(y0 - pad, y1 + pad, 4);
  const lo = Math.min(y0 - pad, ticks[0] ?? y0);
  const hi = Math.max(y1 + pad, ticks.at(-1) ?? y1);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const x = (year: number) =>
    last === first ? (left + right) / 2 : left + ((year - first) / (last - first)) * (right - left);
  const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  for (const t of ticks) {
    if (t < lo || t > hi) continue;
    body.push(
      `<line x1="${left}" y1="${c(y(t))}" x2="${c(right)}" y2="${c(y(t))}" stroke="${PALETTE.grid}" stroke-width="1"/>`,
      text(left - 6, y(t) + 3, input.format(t), { size: 9, anchor: 'end', fill: PALETTE.muted }),
    );
  }
  const step = Math.max(1, Math.ceil((last - first + 1) / 10));
  for (let year = first; year <= last; year += step)
    body.push(text(x(year), bottom + 16, String(year), { size: 9, anchor: 'middle' }));
  body.push(
    `<line x1="${left}" y1="${c(bottom)}" x2="${c(right)}" y2="${c(bottom)}" stroke="${PALETTE.axis}" stroke-width="1"/>`,
  );
  if (input.reference) {
    const ry = y(input.reference.value);
    body.push(
      `<line x1="${left}" y1="${c(ry)}" x2="${c(right)}" y2="${c(ry)}" stroke="${PALETTE.accent}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      text(right, ry - 4, input.reference.label, { size: 9, anchor: 'end', fill: PALETTE.accent }),
    );
  }
  const sorted = [...input.points].sort((a, b) => a.year - b.year);
  if (sorted.length > 1)
    body.push(
      `<polyline points="${sorted.map((p) => `${c(x(p.year))},${c(y(p.value))}`).join(' ')}" fill="none" stroke="${PALETTE.primary}" stroke-width="2"/>`,
    );
  for (const p of sorted) {
    body.push(
      `<circle cx="${c(x(p.year))}" cy="${c(y(p.value))}" r="3.5" fill="${PALETTE.primary}"/>`,
      text(x(p.year), y(p.value) - 8, input.format(p.value), {
        size: 9,
        anchor:
          p.year === last && sorted.length > 1 ? 'end' : p.year === first ? 'start' : 'middle',
      }),
    );
  }
  return svgDocument({ ...input, height: HEIGHT }, body);
}
