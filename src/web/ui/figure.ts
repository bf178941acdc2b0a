import type { Source } from '../api/types.js';
import { t } from '../i18n/i18n.js';
import { h, uid, type Child } from './dom.js';
import { sourceDetails } from './source-details.js';

/**
 * A chart or map with everything around it: a caption, the picture with a text alternative that
 * says what it shows, the same figures as a data table one click away, and the source.
 */
export function chartFigure(options: {
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  alt: string;
  chart: Element;
  table: Element;
  source?: Source | undefined | null;
  extra?: Child;
  testId?: string;
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
    options.source === undefined ? null : sourceDetails(options.source),
  );
}
