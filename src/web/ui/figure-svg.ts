/** A picture as standalone SVG markup, with its size in pixels. */
export interface FigurePicture {
  /** An `<svg>` element with xmlns, width and height set. */
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

/** What is written on a picture taken away: its title, its source and its date. */
export interface FigureCaption {
  readonly title: string;
  /** Publisher and data set, e.g. "Source: Eurostat, Regional innovation indicators". */
  readonly source: string;
  /** Data year and retrieval date, e.g. "Data 2015; retrieved 28 Nov 2026". */
  readonly date: string;
}

const PAD = 16;
const TITLE_SIZE = 18;
const NOTE_SIZE = 13;
const FONT = 'Arial, Helvetica, sans-serif';

/**
 * A chart made to travel: the picture on a white ground, its title above and its source and date
 * below, drawn as SVG text so that they stay with the picture in any program. Long lines wrap.
 *
 * @example
 * figureSvgCompose({ markup: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"/>',
 *   width: 200, height: 100 }, { title: 'Index', source: 'Source: Eurostat', date: 'Data 2015' });
 * // { markup: '<svg … width="480" …><text …>Index</text>…', width: 480, height: … }
 */
export function figureSvgCompose(picture: FigurePicture, caption: FigureCaption): FigurePicture {
  const width = Math.max(Math.ceil(picture.width) + 2 * PAD, 480);
  const titleLines = textWrap(caption.title, charsPerLine(width, TITLE_SIZE));
  const noteLines = [
    ...textWrap(caption.source, charsPerLine(width, NOTE_SIZE)),
    ...textWrap(caption.date, charsPerLine(width, NOTE_SIZE)),
  ];
  const top = PAD + titleLines.length * TITLE_SIZE * 1.3 + PAD / 2;
  const below = top + picture.height + PAD;
  const height = Math.ceil(below + noteLines.length * NOTE_SIZE * 1.4 + PAD / 2);
  const left = Math.round((width - picture.width) / 2);
  const lines = (items: readonly string[], y0: number, size: number, step: number, bold: boolean) =>
    items
      .map(
        (line, i) =>
          `<text x="${PAD}" y="${(y0 + i * step).toFixed(1)}" font-family="${FONT}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="#1a1a1a">${xmlEscape(line)}</text>`,
      )
      .join('');
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g class="rk-export__title">${lines(titleLines, PAD + TITLE_SIZE, TITLE_SIZE, TITLE_SIZE * 1.3, true)}</g>` +
    `<g transform="translate(${left},${top.toFixed(1)})">${withoutXmlDeclaration(picture.markup)}</g>` +
    `<g class="rk-export__note">${lines(noteLines, below + NOTE_SIZE, NOTE_SIZE, NOTE_SIZE * 1.4, false)}</g>` +
    `</svg>`;
  return { markup, width, height };
}

/** Text safe inside an SVG element or a quoted attribute. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** Splits text into lines of at most `max` characters at spaces (a longer word stays whole). */
export function textWrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A safe estimate for a sans-serif font: an average character is about 0.55 em wide. */
function charsPerLine(width: number, size: number): number {
  return Math.max(20, Math.floor((width - 2 * PAD) / (size * 0.55)));
}

function withoutXmlDeclaration(markup: string): string {
  return markup.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
}
