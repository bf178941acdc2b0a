import { textWidth } from './text-width.js';
import { c, PALETTE, svgDocument, text, type SvgFrame } from './svg.js';

export interface BenchmarkDotsInput extends Omit<SvgFrame, 'height'> {
  /** The three areas compared: the region, its country, the EU (names as printed). */
  readonly series: readonly [string, string, string];
  /** Per indicator its name and the three scores in [0, 1]; null where the area has none. */
  readonly rows: readonly {
    readonly label: string;
    readonly values: readonly [number | null, number | null, number | null];
  }[];
  readonly labels: {
    /** "no data: {areas}" with the areas filled in. */
    readonly noData: (areas: string) => string;
    /** What 0 and 1 mean on the scale. */
    readonly scale: string;
    /** The source and the year, printed under the chart. */
    readonly source: string;
    readonly year: string;
  };
  /** A scale value in the reader's notation (0,25 in Dutch); as written in code by default. */
  readonly format?: (value: number) => string;
}

/** Colour and shape per series, so that the chart reads in grey too. */
const MARKS = [
  { colour: PALETTE.primary, shape: 'circle' },
  { colour: '#b34700', shape: 'square' },
  { colour: PALETTE.positive, shape: 'diamond' },
] as const;
const LABEL_WIDTH = 190;
const R = 4.5;

/**
 * The region beside its country and the EU on each indicator of the index, as the Regional
 * Innovation Scoreboard's region profile shows it: per indicator its name on the left and a 0-1
 * track with one mark per area (each its own colour and shape); an area without a value gets no
 * mark and is named as "no data" under the track, never drawn at 0. A legend above, the scale and
 * the source and year below.
 *
 * @example
 * benchmarkDots({ id: 'benchmark', title: '…', description: '…', width: 483,
 *   series: ['Twente', 'Nederland', 'EU-27'],
 *   rows: [{ label: 'R&D', values: [0.49, 0.52, null] }], labels: { … } });
 */
export function benchmarkDots(input: BenchmarkDotsInput): string {
  const left = LABEL_WIDTH + 8;
  const right = input.width - 10;
  const x = (v: number) => left + Math.max(0, Math.min(1, v)) * (right - left);
  const body: string[] = [];
  // Legend.
  let lx = 0;
  input.series.forEach((name, k) => {
    body.push(mark(k, lx + R, 10), text(lx + 2 * R + 4, 13.5, name, { size: 9 }));
    lx += 2 * R + 4 + textWidth(name, 9) + 16;
  });
  let y = 28;
  const top = y;
  const rowsBody: string[] = [];
  for (const row of input.rows) {
    const lines = wrapToWidth(row.label, LABEL_WIDTH, 8.5).slice(0, 3);
    const missing = input.series.filter((_, k) => row.values[k] === null);
    const height = Math.max(lines.length * 10.5, 12) + (missing.length ? 10 : 0) + 8;
    const mid = y + 4 + Math.min(lines.length, 2) * 5;
    lines.forEach((line, i) => rowsBody.push(text(0, y + 10 + i * 10.5, line, { size: 8.5 })));
    rowsBody.push(
      `<line x1="${c(x(0))}" y1="${c(mid)}" x2="${c(x(1))}" y2="${c(mid)}" stroke="${PALETTE.grid}" stroke-width="1.5"/>`,
    );
    // Each area a little above or below the track, so that equal scores stay visible.
    row.values.forEach((v, k) => {
      if (v !== null) rowsBody.push(mark(k, x(v), mid + (k - 1) * 0.8 * R));
    });
    if (missing.length)
      rowsBody.push(
        text(left, mid + 13, input.labels.noData(missing.join(', ')), {
          size: 7.5,
          fill: PALETTE.muted,
        }),
      );
    y += height;
  }
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  for (const t of ticks)
    body.push(
      `<line x1="${c(x(t))}" y1="${c(top)}" x2="${c(x(t))}" y2="${c(y)}" stroke="#eeeeee" stroke-width="0.75"/>`,
    );
  body.push(...rowsBody);
  body.push(
    `<line x1="${c(x(0))}" y1="${c(y)}" x2="${c(x(1))}" y2="${c(y)}" stroke="${PALETTE.axis}" stroke-width="0.75"/>`,
  );
  for (const t of ticks)
    body.push(
      text(x(t), y + 11, (input.format ?? String)(t), {
        size: 8,
        anchor: t === 0 ? 'start' : t === 1 ? 'end' : 'middle',
      }),
    );
  body.push(text(left, y + 23, input.labels.scale, { size: 8, fill: PALETTE.muted }));
  y += 30;
  for (const line of [...wrapToWidth(input.labels.source, input.width, 7.5), input.labels.year]) {
    y += 10;
    body.push(text(0, y, line, { size: 7.5, fill: PALETTE.muted }));
  }
  return svgDocument({ ...input, height: Math.ceil(y + 6) }, body);
}

function mark(k: number, cx: number, cy: number): string {
  const { colour, shape } = MARKS[k] ?? MARKS[0];
  const edge = `fill="${colour}" stroke="#ffffff" stroke-width="1"`;
  if (shape === 'square')
    return `<rect x="${c(cx - R + 0.5)}" y="${c(cy - R + 0.5)}" width="${c(2 * R - 1)}" height="${c(2 * R - 1)}" ${edge}/>`;
  if (shape === 'diamond')
    return `<path d="M${c(cx)} ${c(cy - R - 0.5)}L${c(cx + R + 0.5)} ${c(cy)}L${c(cx)} ${c(cy + R + 0.5)}L${c(cx - R - 0.5)} ${c(cy)}Z" ${edge}/>`;
  return `<circle cx="${c(cx)}" cy="${c(cy)}" r="${R}" ${edge}/>`;
}

/** Splits text into lines no wider than `width` at `size` points, at spaces. */
function wrapToWidth(content: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
