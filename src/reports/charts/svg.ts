/**
 * Small helpers shared by the chart renderers: escaping, number formatting for coordinates, the
 * accessible SVG wrapper and the palette. Every chart is a pure function from data to an SVG
 * string; presentation is set with attributes (not CSS), so the same SVG renders in a browser and
 * through svg-to-pdfkit in the PDF.
 */

/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A coordinate with at most two decimals and no negative zero, so output is stable. */
export function c(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Colours with at least 4.5:1 contrast against white for text and marks (NL Design System /
 * Rijkshuisstijl-like blues), and a light fill for context areas.
 */
export const PALETTE = {
  text: '#1a1a1a',
  muted: '#4d4d4d',
  axis: '#595959',
  grid: '#d9d9d9',
  primary: '#154273',
  secondary: '#007bc7',
  accent: '#a90061',
  positive: '#2f6d0e',
  highlight: '#154273',
  context: '#e6e6e6',
  contextStroke: '#ffffff',
  parentStroke: '#1a1a1a',
} as const;

/** The font every chart uses; the PDF maps it to the standard Helvetica. */
export const FONT = 'Helvetica, Arial, sans-serif';

export interface SvgFrame {
  readonly width: number;
  readonly height: number;
  /** Short name of the chart (the <title>). */
  readonly title: string;
  /** What the chart shows, in words (the <desc>). */
  readonly description: string;
  /** Unique prefix for ids within a page. */
  readonly id: string;
}

/** Wraps chart content in an accessible SVG element (role img, title and desc referenced). */
export function svgDocument(frame: SvgFrame, body: readonly string[]): string {
  const id = frame.id.replace(/[^A-Za-z0-9_-]/g, '-');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${c(frame.width)}" height="${c(frame.height)}" viewBox="0 0 ${c(frame.width)} ${c(frame.height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}">`,
    `<title id="${id}-title">${xml(frame.title)}</title>`,
    `<desc id="${id}-desc">${xml(frame.description)}</desc>`,
    `<rect x="0" y="0" width="${c(frame.width)}" height="${c(frame.height)}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** A text element; `anchor` start, middle or end. */
export function text(
  x: number,
  y: number,
  content: string,
  options: {
    size?: number;
    anchor?: 'start' | 'middle' | 'end';
    weight?: 'bold' | 'normal';
    fill?: string;
  } = {},
): string {
  const attrs = [
    `x="${c(x)}"`,
    `y="${c(y)}"`,
    `font-size="${options.size ?? 11}"`,
    `fill="${options.fill ?? PALETTE.text}"`,
  ];
  if (options.anchor && options.anchor !== 'start') attrs.push(`text-anchor="${options.anchor}"`);
  if (options.weight === 'bold') attrs.push('font-weight="bold"');
  return `<text ${attrs.join(' ')}>${xml(content)}</text>`;
}

/** "Nice" tick values covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    ticks.push(Math.round(v / step) * step);
  return ticks.map((t) => Number(t.toPrecision(12)));
}

/** The size of an SVG from the width and height attributes of its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1] ?? 0);
  return { width, height };
}
