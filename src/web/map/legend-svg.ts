import { textWrap, xmlEscape, type FigurePicture } from '../ui/figure-svg.js';

/** One entry of a map legend: a colour (or the hatching of "no data") and its words. */
export interface LegendEntry {
  /** A CSS colour; null for the hatched "no data" swatch. */
  readonly colour: string | null;
  readonly label: string;
}

/** Everything a map's legend says, in the interface language, ready to be drawn. */
export interface MapLegend {
  /** The legend's heading with the unit, e.g. "Legenda (% van het bbp)". */
  readonly title: string;
  /** The classes from low to high, then the "no data" entry. */
  readonly entries: readonly LegendEntry[];
  /** How the classes were made, in a sentence. */
  readonly note?: string | undefined;
  /** The flag letters on the map with their meaning, e.g. "e: geschat"; empty when none. */
  readonly flags?: readonly string[] | undefined;
  /** The heading above the flag lines. */
  readonly flagsTitle?: string | undefined;
}

const FONT = 'Arial, Helvetica, sans-serif';
const GAP = 16;
const TITLE_SIZE = 15;
const ITEM_SIZE = 14;
const NOTE_SIZE = 12;
const SWATCH = 16;
const ROW = 24;
const NO_DATA_ID = 'rk-legend-no-data';

/**
 * A map with its legend under it, as one picture: the legend's heading (with the unit), a swatch
 * and a label per class, the hatched "no data" swatch, then the note on the classes and the flag
 * letters, all drawn as SVG so that a downloaded map can be read without the page.
 *
 * @example
 * mapWithLegend({ markup: '<svg …/>', width: 800, height: 900 },
 *   { title: 'Legenda (%)', entries: [{ colour: '#eff3ff', label: '1,0 tot en met 2,0' },
 *     { colour: null, label: 'geen gegevens' }] });
 * // { markup: '<svg … width="800" height="…">…<g class="rk-export__legend">…', width: 800, … }
 */
export function mapWithLegend(map: FigurePicture, legend: MapLegend): FigurePicture {
  const width = Math.max(Math.ceil(map.width), 360);
  const drawn = legendMarkup(legend, width);
  const height = Math.ceil(map.height + GAP + drawn.height);
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<g>${map.markup.replace(/^\s*<\?xml[^>]*\?>\s*/, '')}</g>` +
    `<g class="rk-export__legend" transform="translate(0,${Math.ceil(map.height + GAP)})">${drawn.markup}</g>` +
    `</svg>`;
  return { markup, width, height };
}

/** The legend alone as SVG elements, at most `width` wide, with the height it takes. */
export function legendMarkup(legend: MapLegend, width: number): { markup: string; height: number } {
  const parts: string[] = [
    `<defs><pattern id="${NO_DATA_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="2"/></pattern></defs>`,
  ];
  const text = (x: number, y: number, size: number, content: string, bold = false) =>
    `<text x="${x}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="#1a1a1a">${xmlEscape(content)}</text>`;
  let y = TITLE_SIZE;
  parts.push(text(0, y, TITLE_SIZE, legend.title, true));
  y += GAP / 2;
  for (const [i, entry] of legend.entries.entries()) {
    const top = y + i * ROW;
    const fill = entry.colour ?? `url(#${NO_DATA_ID})`;
    parts.push(
      `<rect class="rk-export__swatch" data-entry="${entry.colour === null ? 'nodata' : i}" x="0" y="${top.toFixed(1)}" width="${SWATCH}" height="${SWATCH}" fill="${xmlEscape(fill)}" stroke="#8c8c8c" stroke-width="1"/>`,
      text(SWATCH + 8, top + SWATCH - 3, ITEM_SIZE, entry.label),
    );
  }
  y += legend.entries.length * ROW;
  const perLine = Math.max(20, Math.floor(width / (NOTE_SIZE * 0.55)));
  const lines = (content: string) => textWrap(content, perLine);
  const block = (items: readonly string[], bold = false) => {
    for (const line of items) {
      y += NOTE_SIZE * 1.4;
      parts.push(text(0, y, NOTE_SIZE, line, bold));
    }
  };
  if (legend.note) block(lines(legend.note));
  const flags = legend.flags ?? [];
  if (flags.length) {
    y += NOTE_SIZE * 0.6;
    if (legend.flagsTitle) block([legend.flagsTitle], true);
    block(flags.flatMap(lines));
  }
  return { markup: parts.join(''), height: Math.ceil(y + NOTE_SIZE * 0.5) };
}
