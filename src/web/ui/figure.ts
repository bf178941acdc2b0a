import type { Source } from '../api/types.js';
import { barChartPanels } from '../charts/bar-chart.js';
import { barsPicture } from '../charts/bars-picture.js';
import { t } from '../i18n/i18n.js';
import { dataTableCsv } from './data-table.js';
import { h, uid, type Child } from './dom.js';
import type { CsvTable } from './figure-csv.js';
import { figureDownload, svgElementPicture } from './figure-download.js';
import type { FigurePicture } from './figure-svg.js';
import { sourceDetails } from './source-details.js';

/**
 * A chart or map with everything around it: a caption, the picture with a text alternative that
 * says what it shows, the same figures as a data table one click away, the source, and a menu to
 * take the picture away (SVG, PNG, with title, source and date on it) and its data (CSV).
 */
export function chartFigure(options: {
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  alt: string;
  chart: Element;
  table: Element;
  source?: Source | undefined | null;
  /** False when the page discloses the source elsewhere: a download still names it. */
  sourceShown?: boolean;
  extra?: Child;
  testId?: string;
  /** The data year or edition shown, written on a downloaded picture. */
  year?: string | number | null;
  /** Draws the picture to take away; by default the chart's SVG (or its bars drawn as SVG). */
  picture?: () => FigurePicture;
  /** The data for the CSV download; by default the table's (see `dataTable`'s `value`). */
  csv?: () => CsvTable | undefined;
}): HTMLElement {
  const captionId = uid('figure');
  const altId = uid('alt');
  options.chart.setAttribute('role', 'img');
  options.chart.setAttribute('aria-labelledby', `${captionId} ${altId}`);
  return h(
    'figure',
    { class: 'utrecht-figure rk-figure', 'data-testid': options.testId },
    h(
      'figcaption',
      { class: 'utrecht-figure__caption rk-figure__caption', id: captionId },
      options.title,
    ),
    options.chart,
    h('p', { class: 'utrecht-paragraph rk-figure__alt', id: altId }, options.alt),
    options.extra,
    h(
      'details',
      { class: 'rk-figure__table' },
      h('summary', null, t('figure.table')),
      options.table,
    ),
    options.source === undefined || options.sourceShown === false
      ? null
      : sourceDetails(options.source),
    figureDownload({
      title: options.title,
      picture: options.picture ?? chartPicture(options.chart),
      csv: options.csv ?? (() => dataTableCsv(options.table)),
      source: options.source,
      year: options.year,
    }),
  );
}

/** How to draw a chart as a standalone picture: its SVG, or its HTML bars drawn as SVG. */
function chartPicture(chart: Element): (() => FigurePicture) | null {
  if (chart instanceof SVGSVGElement) return () => svgElementPicture(chart);
  const panels = barChartPanels(chart);
  if (panels.length) return () => barsPicture(barChartPanels(chart));
  const svg = chart.querySelector('svg');
  return svg ? () => svgElementPicture(svg) : null;
}
