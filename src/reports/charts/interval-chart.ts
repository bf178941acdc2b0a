import { textWidth } from './text-width.js';
import { c, niceTicks, PALETTE, svgDocument, text, type SvgFrame } from './svg.js';

export interface IntervalChartInput extends Omit<SvgFrame, 'height'> {
  /** The estimate (e.g. T in millibits); null draws only the axis. */
  readonly value: number | null;
  /** The interval around it (e.g. the 95% bootstrap interval). */
  readonly interval: readonly [number, number] | null;
  /** Formats a number as printed on the chart. */
  readonly format: (value: number) => string;
  /** Texts: the estimate's label, the interval's label, and the meaning of each side of zero. */
  readonly labels: {
    readonly value: string;
    readonly interval: string;
    readonly below: string;
    readonly above: string;
    readonly zero: string;
  };
}

const HEIGHT = 118;

/**
 * An estimate with its interval on a horizontal axis that always includes zero, the sides of zero
 * named in words (e.g. "synergy" left, "no synergy" right): the point, the interval's whiskers,
 * and both numbers printed, so the reading does not depend on colour.
 *
 * @example
 * intervalChart({ id: 't', title: 'T', description: '…', width: 480, value: -4.7,
 *   interval: [-23.6, 5.3], format: (v) => v.toFixed(1), labels: { … } });
 */
export function intervalChart(input: IntervalChartInput): string {
  const left = 16;
  const right = input.width - 16;
  const points = [0, ...(input.value === null ? [] : [input.value]), ...(input.interval ?? [])];
  let min = Math.min(...points);
  let max = Math.max(...points);
  const span = max - min || 1;
  min -= span * 0.15;
  max += span * 0.15;
  const ticks = niceTicks(min, max, 6);
  min = Math.min(min, ticks[0] ?? min);
  max = Math.max(max, ticks.at(-1) ?? max);
  const x = (v: number) => left + ((v - min) / (max - min)) * (right - left);
  const axisY = 78;
  const markY = 50;
  const clampLabel = (at: number, label: string) => {
    const half = textWidth(label, 9) / 2 + 2;
    return Math.min(Math.max(at, left + half), right - half);
  };
  const body: string[] = [];
  // The two sides of zero, named.
  body.push(
    `<rect x="${c(left)}" y="22" width="${c(x(0) - left)}" height="${axisY - 22}" fill="#eef3f8"/>`,
  );
  body.push(text(left + 4, 16, input.labels.below, { size: 10, fill: PALETTE.muted }));
  body.push(
    text(right - 4, 16, input.labels.above, {
      size: 10,
      anchor: 'end',
      fill: PALETTE.muted,
    }),
  );
  body.push(
    `<line x1="${c(left)}" y1="${axisY}" x2="${c(right)}" y2="${axisY}" stroke="${PALETTE.axis}" stroke-width="1"/>`,
  );
  for (const t of ticks) {
    body.push(
      `<line x1="${c(x(t))}" y1="${axisY}" x2="${c(x(t))}" y2="${axisY + 4}" stroke="${PALETTE.axis}" stroke-width="1"/>`,
    );
    body.push(text(x(t), axisY + 15, input.format(t), { size: 9, anchor: 'middle' }));
  }
  body.push(
    `<line x1="${c(x(0))}" y1="22" x2="${c(x(0))}" y2="${axisY}" stroke="${PALETTE.text}" stroke-width="1" stroke-dasharray="3 3"/>`,
  );
  body.push(
    text(x(0), axisY + 30, input.labels.zero, { size: 9, anchor: 'middle', fill: PALETTE.muted }),
  );
  if (input.interval) {
    const [lo, hi] = input.interval;
    body.push(
      `<line x1="${c(x(lo))}" y1="${markY}" x2="${c(x(hi))}" y2="${markY}" stroke="${PALETTE.primary}" stroke-width="2"/>`,
      `<line x1="${c(x(lo))}" y1="${markY - 7}" x2="${c(x(lo))}" y2="${markY + 7}" stroke="${PALETTE.primary}" stroke-width="2"/>`,
      `<line x1="${c(x(hi))}" y1="${markY - 7}" x2="${c(x(hi))}" y2="${markY + 7}" stroke="${PALETTE.primary}" stroke-width="2"/>`,
    );
    body.push(
      text(
        clampLabel((x(lo) + x(hi)) / 2, input.labels.interval),
        markY + 20,
        input.labels.interval,
        {
          size: 9,
          anchor: 'middle',
          fill: PALETTE.muted,
        },
      ),
    );
  }
  if (input.value !== null) {
    body.push(
      `<circle cx="${c(x(input.value))}" cy="${markY}" r="5" fill="${PALETTE.accent}" stroke="#ffffff" stroke-width="1"/>`,
    );
    const half = textWidth(input.labels.value, 10, true) / 2 + 2;
    const labelX = Math.min(Math.max(x(input.value), left + half), right - half);
    body.push(
      text(labelX, markY - 10, input.labels.value, {
        size: 10,
        anchor: 'middle',
        weight: 'bold',
      }),
    );
  }
  return svgDocument({ ...input, height: HEIGHT }, body);
}
