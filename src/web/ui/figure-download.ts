import type { Source } from '../api/types.js';
import { formatDate, formatList, t } from '../i18n/i18n.js';
import { datasetTitlesById } from './dataset-title.js';
import { h } from './dom.js';
import { figureCsv, type CsvTable } from './figure-csv.js';
import { figureSvgCompose, type FigureCaption, type FigurePicture } from './figure-svg.js';

export interface FigureDownloadOptions {
  readonly title: string;
  /** Draws the picture (at the click, when the page's styles apply); null when there is none. */
  readonly picture: (() => FigurePicture) | null;
  /** The figure's data; undefined when it has none to give. */
  readonly csv: () => CsvTable | undefined;
  readonly source: Source | null | undefined;
  /** The data year or edition the figure shows, when it shows one. */
  readonly year?: string | number | null | undefined;
}

/**
 * A small download menu under a figure: the picture as SVG and as PNG, with the title, source and
 * date drawn on it, and the data as CSV. Plain buttons (reachable and usable by keyboard); all
 * made in the browser, without a server. A failure is said in words beside the buttons.
 */
export function figureDownload(options: FigureDownloadOptions): HTMLElement {
  const status = h('span', { class: 'rk-download__status', role: 'status' });
  const name = fileBase(options.title);
  // The data sets' titles in the page's language, fetched at the first click.
  let titles: ReadonlyMap<string, string> | undefined;
  const caption = (): FigureCaption =>
    figureCaption(options.title, options.source, options.year, titles);
  // A click starts the download; failures are written to the status line, so nothing awaits it.
  const run = (format: string, make: () => Promise<Blob | null>) => () => void save(format, make);
  const save = async (format: string, make: () => Promise<Blob | null>) => {
    status.textContent = '';
    try {
      titles ??= await datasetTitlesById();
      const blob = await make();
      if (!blob) throw new Error(t('figure.download.nothing'));
      saveBlob(blob, `${name}.${format}`);
    } catch (error) {
      status.textContent = t('figure.download.failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  const draw = options.picture;
  const composed = (): FigurePicture | null => (draw ? figureSvgCompose(draw(), caption()) : null);
  const button = (format: string, label: string, make: () => Promise<Blob | null>) =>
    h(
      'button',
      {
        type: 'button',
        class: 'utrecht-button utrecht-button--secondary-action rk-download__button',
        'data-format': format,
        'aria-label': t('figure.download.aria', { format: label, title: options.title }),
        onclick: run(format, make),
      },
      label,
    );
  return h(
    'div',
    { class: 'rk-download', role: 'group', 'aria-label': t('figure.download.label') },
    h('span', { class: 'rk-download__label', 'aria-hidden': 'true' }, t('figure.download.label')),
    draw
      ? [
          button('svg', 'SVG', async () => {
            const picture = composed();
            return picture ? new Blob([picture.markup], { type: 'image/svg+xml' }) : null;
          }),
          button('png', 'PNG', async () => {
            const picture = composed();
            return picture ? svgPng(picture) : null;
          }),
        ]
      : null,
    button('csv', 'CSV', async () => {
      const table = options.csv();
      return table ? new Blob([figureCsv(table)], { type: 'text/csv;charset=utf-8' }) : null;
    }),
    h('span', { class: 'rk-download__note' }, t('figure.download.note')),
    status,
  );
}

/** The source and date lines drawn on a picture: publishers and data sets; year and retrieval. */
export function figureCaption(
  title: string,
  source: Source | null | undefined,
  year?: string | number | null,
  titles?: ReadonlyMap<string, string>,
): FigureCaption {
  const datasets = source?.datasets ?? [];
  const named = [
    ...new Set(datasets.map((d) => `${d.publisher}, ${titles?.get(d.id) ?? d.title}`)),
  ];
  const retrieved = [
    ...new Set(datasets.flatMap((d) => (d.retrieved_at ? [formatDate(d.retrieved_at)] : []))),
  ];
  const date = [
    year === undefined || year === null ? null : t('figure.download.year', { year }),
    retrieved.length
      ? t('figure.download.retrieved', { dates: formatList(retrieved) })
      : t('figure.download.retrieved.none'),
    t('figure.download.made', { date: formatDate(new Date().toISOString().slice(0, 10)) }),
  ].filter((x): x is string => x !== null);
  return {
    title,
    source: named.length
      ? t('figure.download.source', { sources: named.join('; ') })
      : t('figure.download.source.none'),
    date: date.join(' · '),
  };
}

/** Presentation properties copied from the page's style sheet onto each element of a picture. */
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;

/**
 * An SVG element of the page as standalone markup: a copy with the style sheet's presentation
 * written onto each element (a file has no style sheet), and the size of its view box.
 */
export function svgElementPicture(svg: SVGSVGElement): FigurePicture {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((element, i) => {
    const target = to[i];
    if (!target) return;
    const style = getComputedStyle(element);
    for (const property of STYLED) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  const box = svg.viewBox.baseVal;
  const rect = svg.getBoundingClientRect();
  const width = box && box.width > 0 ? box.width : Math.max(1, rect.width);
  const height = box && box.height > 0 ? box.height : Math.max(1, rect.height);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

/**
 * A picture as PNG at twice its size: the SVG drawn on a canvas from a data URL (allowed by the
 * content security policy's img-src), on white.
 */
export async function svgPng(picture: FigurePicture, scale = 2): Promise<Blob> {
  const image = new Image();
  image.width = picture.width;
  image.height = picture.height;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the SVG could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.markup)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG made'))), 'image/png'),
  );
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a title: lower case letters, digits and hyphens. */
function fileBase(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return base || 'figure';
}
