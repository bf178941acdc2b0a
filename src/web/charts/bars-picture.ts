import { xmlEscape, type FigurePicture } from '../ui/figure-svg.js';

/** One panel of horizontal bars as drawn in HTML by `barChart`. */
export interface BarsPanel {
  readonly heading?: string | undefined;
  readonly bars: readonly {
    readonly label: string;
    readonly value: number;
    readonly display: string;
    readonly colour?: string | undefined;
  }[];
  readonly max?: number | undefined;
  readonly reference?: { readonly value: number; readonly label: string } | undefined;
}

const WIDTH = 640;
const LABEL = 230;
const VALUE = 90;
const ROW = 24;
const FONT = 'Arial, Helvetica, sans-serif';

/**
 * The HTML bar charts as one SVG picture, for taking away: each panel's heading, then per bar its
 * label, the bar scaled as on screen (to the largest value, `max` or the reference) and its value
 * as displayed; a dashed reference line and its label where the chart has one.
 *
 * @example
 * barsPicture([{ bars: [{ label: 'Agri & Food', value: 5.55, display: '5.55' }],
 *   reference: { value: 1, label: 'LQ = 1' } }]); // { markup: '<svg …>', width: 640, height: … }
 */
export function barsPicture(panels: readonly BarsPanel[]): FigurePicture {
  const parts: string[] = [];
  let y = 0;
  const track = WIDTH - LABEL - VALUE - 16;
  for (const panel of panels) {
    if (panel.heading) {
      y += 20;
      parts.push(text(0, y - 4, panel.heading, { weight: 700 }));
    }
    const max = Math.max(
      panel.max ?? 0,
      panel.reference?.value ?? 0,
      ...panel.bars.map((b) => b.value),
      Number.MIN_VALUE,
    );
    const scale = (v: number) => Math.max(0, Math.min(1, v / max)) * track;
    const top = y;
    for (const bar of panel.bars) {
      parts.push(text(0, y + 16, shorten(bar.label, 34)));
      parts.push(
        `<rect x="${LABEL}" y="${y + 4}" width="${track}" height="16" fill="#f3f3f3"/>`,
        `<rect x="${LABEL}" y="${y + 4}" width="${scale(bar.value).toFixed(1)}" height="16" fill="${xmlEscape(bar.colour ?? '#01689b')}"/>`,
      );
      parts.push(text(WIDTH, y + 16, bar.display, { anchor: 'end' }));
      y += ROW;
    }
    if (panel.reference) {
      const x = (LABEL + scale(panel.reference.value)).toFixed(1);
      parts.push(
        `<line x1="${x}" x2="${x}" y1="${top + 1}" y2="${y + 1}" stroke="#000" stroke-width="2" stroke-dasharray="4 3"/>`,
      );
      y += 20;
      parts.push(text(LABEL, y - 4, `- - - ${panel.reference.label}`));
    }
    y += 8;
  }
  const height = Math.max(y, 1);
  return {
    markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${parts.join('')}</svg>`,
    width: WIDTH,
    height,
  };
}

function text(
  x: number,
  y: number,
  content: string,
  options: { anchor?: 'end'; weight?: number } = {},
): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="14" fill="#1a1a1a"${options.anchor ? ` text-anchor="${options.anchor}"` : ''}${options.weight ? ` font-weight="${options.weight}"` : ''}>${xmlEscape(content)}</text>`;
}

function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
