import type { Source } from '../api/types.js';
import { formatDate, t } from '../i18n/i18n.js';
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
  const datasets = source.datasets.map((d) =>
    h(
      'li',
      null,
      h('strong', null, d.url ? h('a', { class: 'utrecht-link', href: d.url }, d.title) : d.title),
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
    ),
  );
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
      ? [
          h('h4', { class: 'rk-source__heading' }, t('source.method')),
          h('p', { class: 'utrecht-paragraph' }, source.method),
        ]
      : null,
  );
}

function shortChecksum(checksum: string): string {
  return checksum.length > 20 ? `${checksum.slice(0, 18)}…` : checksum;
}
