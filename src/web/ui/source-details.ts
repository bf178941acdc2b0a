import type { Source } from '../api/types.js';
import { formatDate, lang, t } from '../i18n/i18n.js';
import { fillDatasetTitle } from './dataset-title.js';
import { h } from './dom.js';

/**
 * The source of a figure, one click away: a disclosure with each data set (title, publisher,
 * licence, retrieval date), the import runs the rows came from (file, checksum, time) and the method.
 */
export function sourceDetails(source: Source | undefined | null): HTMLDetailsElement {
  const summary = h('summary', { class: 'rk-source__summary' }, t('source.summary'));
  if (!source) {
    return h(
      'details',
      { class: 'rk-source' },
      summary,
      h('p', { class: 'utrecht-paragraph' }, t('source.missing')),
    );
  }
  const datasets = source.datasets.map((d) => {
    const title = h('span', { 'data-dataset-title': d.id }, d.title);
    fillDatasetTitle(title, d.id);
    return h(
      'li',
      null,
      h('strong', null, d.url ? h('a', { class: 'utrecht-link', href: d.url }, title) : title),
      h(
        'dl',
        { class: 'rk-source__facts' },
        h('dt', null, t('source.publisher')),
        h('dd', null, d.publisher),
        h('dt', null, t('source.licence')),
        h('dd', null, d.licence ?? t('source.licence.none')),
        h('dt', null, t('source.retrieved')),
        h('dd', null, d.retrieved_at ? formatDate(d.retrieved_at) : t('source.retrieved.none')),
      ),
    );
  });
  const imports = source.imports.map((i) =>
    h(
      'li',
      null,
      h('code', null, i.file),
      ' · ',
      t('source.checksum'),
      ' ',
      h('code', { title: i.checksum }, shortChecksum(i.checksum)),
      i.finished_at ? ` · ${t('source.imported', { date: formatDate(i.finished_at, true) })}` : '',
    ),
  );
  return h(
    'details',
    { class: 'rk-source' },
    summary,
    h('h4', { class: 'rk-source__heading' }, t('source.datasets')),
    datasets.length
      ? h('ul', { class: 'rk-source__list' }, datasets)
      : h('p', { class: 'utrecht-paragraph' }, t('source.datasets.none')),
    imports.length
      ? [
          h('h4', { class: 'rk-source__heading' }, t('source.imports')),
          h('ul', { class: 'rk-source__list' }, imports),
        ]
      : null,
    source.method
      ? [h('h4', { class: 'rk-source__heading' }, t('source.method')), methodText(source)]
      : null,
  );
}

/**
 * A method as the server describes it, in the page's language: the Dutch text on a Dutch page,
 * the English one on an English page. Where the server gives no Dutch text, the English one,
 * marked so, with a note that it is described in English only.
 */
export function methodText(source: {
  readonly method: string;
  readonly method_nl?: string | undefined;
}): HTMLElement[] {
  if (lang() === 'nl' && source.method_nl)
    return [h('p', { class: 'utrecht-paragraph', 'data-testid': 'method-text' }, source.method_nl)];
  const text = h(
    'p',
    { class: 'utrecht-paragraph', lang: 'en', 'data-testid': 'method-text' },
    source.method,
  );
  if (lang() === 'en') return [text];
  return [
    text,
    h('p', { class: 'rk-small', 'data-testid': 'method-english' }, t('source.method.en')),
  ];
}

function shortChecksum(checksum: string): string {
  return checksum.length > 20 ? `${checksum.slice(0, 18)}…` : checksum;
}
