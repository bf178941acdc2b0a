import { getJson } from '../api/client.js';
import type { Page, SourceEntry } from '../api/types.js';
import type { PageView } from '../app/page.js';
import { formatDate, formatNumber, t } from '../i18n/i18n.js';
import { dataTable } from '../ui/data-table.js';
import { h } from '../ui/dom.js';

/** Sources: every data set with publisher, licence, retrieval date and its import runs. */
export async function sourcesPage(): Promise<PageView> {
  const sources = await getJson<Page<SourceEntry>>('/api/sources?limit=1000');
  return {
    title: t('sources.title'),
    content: h(
      'div',
      null,
      h('h1', { class: 'utrecht-heading-1' }, t('sources.title')),
      h('p', { class: 'utrecht-paragraph' }, t('sources.lead', { n: formatNumber(sources.total) })),
      h(
        'ol',
        { class: 'rk-sources', 'data-testid': 'sources' },
        sources.items.map((d) =>
          h(
            'li',
            { class: 'rk-card' },
            h(
              'h2',
              { class: 'utrecht-heading-3 rk-card__title' },
              d.url ? h('a', { class: 'utrecht-link', href: d.url }, d.title) : d.title,
            ),
            h(
              'dl',
              { class: 'rk-facts' },
              fact(t('source.publisher'), d.publisher),
              fact(t('source.licence'), d.licence ?? t('source.licence.none')),
              fact(
                t('source.retrieved'),
                d.retrieved_at ? formatDate(d.retrieved_at) : t('source.retrieved.none'),
              ),
              fact(t('sources.id'), d.id),
            ),
            d.imports.length
              ? dataTable({
                  caption: t('sources.imports', { title: d.title }),
                  columns: [
                    {
                      label: t('sources.file'),
                      rowHeader: true,
                      cell: (i: SourceEntry['imports'][number]) => h('code', null, i.file),
                    },
                    { label: t('sources.kind'), cell: (i) => i.kind },
                    {
                      label: t('source.checksum'),
                      cell: (i) => h('code', { class: 'rk-break' }, i.checksum),
                    },
                    {
                      label: t('sources.finished'),
                      cell: (i) => (i.finished_at ? formatDate(i.finished_at, true) : '–'),
                    },
                    {
                      label: t('sources.rows'),
                      numeric: true,
                      cell: (i) =>
                        t('sources.rows.value', {
                          read: formatNumber(i.rows_read),
                          inserted: formatNumber(i.rows_inserted),
                          updated: formatNumber(i.rows_updated),
                          refused: formatNumber(i.rows_refused),
                        }),
                    },
                    {
                      label: t('sources.status'),
                      cell: (i) => (i.status === 'done' ? t('sources.status.done') : i.status),
                    },
                  ],
                  rows: d.imports,
                })
              : h('p', { class: 'rk-small' }, t('sources.noimports')),
          ),
        ),
      ),
    ),
  };
}

function fact(label: string, value: string): HTMLElement {
  return h('div', { class: 'rk-facts__item' }, h('dt', null, label), h('dd', null, value));
}
