import { getJson } from '../api/client.js';
import type { Page, SourceEntry } from '../api/types.js';
import type { PageView } from '../app/page.js';
import { formatDate, formatNumber, t } from '../i18n/i18n.js';
import { dataTable } from '../ui/data-table.js';
import { datasetTitleOf } from '../ui/dataset-title.js';
import { h } from '../ui/dom.js';
import { sourceAnchor } from '../ui/source-anchor.js';
import { pageView } from '../ui/page-view.js';

/** Sources: every data set with publisher, licence, retrieval date and its import runs. */
export async function sourcesPage(): Promise<PageView> {
  const sources = await getJson<Page<SourceEntry>>('/api/sources?limit=1000');
  return pageView(
    t('sources.title'),
    h('p', { class: 'utrecht-paragraph' }, t('sources.lead', { n: formatNumber(sources.total) })),
    h(
      'ol',
      { class: 'rk-sources', 'data-testid': 'sources' },
      sources.items.map((d) =>
        h(
          'li',
          { class: 'rk-card', id: sourceAnchor(d.id) },
          h(
            'h2',
            { class: 'utrecht-heading-3 rk-card__title' },
            d.url
              ? h('a', { class: 'utrecht-link', href: d.url }, datasetTitleOf(d))
              : datasetTitleOf(d),
          ),
          h(
            'dl',
            { class: 'rk-facts' },
            fact(t('source.publisher'), d.publisher),
            fact(t('source.licence'), d.licence ?? t('source.licence.none')),
            fact(t('source.retrieved'), retrieved(d)),
            fact(t('sources.id'), d.id),
          ),
          d.imports.length ? importRuns(d) : h('p', { class: 'rk-small' }, t('sources.noimports')),
        ),
      ),
    ),
  );
}

type ImportEntry = SourceEntry['imports'][number];

/** When the data set was fetched from its publisher, or, when no pull recorded it, when it was read. */
function retrieved(d: SourceEntry): string {
  if (d.retrieved_at) return formatDate(d.retrieved_at);
  const last = lastFinished(d.imports);
  return last
    ? t('source.retrieved.local', { date: formatDate(last) })
    : t('source.retrieved.none');
}

function lastFinished(imports: readonly ImportEntry[]): string | null {
  let last: string | null = null;
  for (const i of imports)
    if (i.finished_at && (!last || i.finished_at > last)) last = i.finished_at;
  return last;
}

/** The data set's imported files, folded: the page lists many data sets. */
function importRuns(d: SourceEntry): HTMLElement {
  const last = lastFinished(d.imports);
  return h(
    'details',
    { class: 'rk-sources__runs' },
    h(
      'summary',
      null,
      t('sources.imports.summary', {
        n: formatNumber(d.imports.length),
        date: last ? formatDate(last) : '–',
      }),
    ),
    dataTable({
      caption: t('sources.imports', { title: datasetTitleOf(d) }),
      columns: [
        {
          label: t('sources.file'),
          rowHeader: true,
          cell: (i: ImportEntry) => h('code', null, i.file),
        },
        { label: t('sources.kind'), cell: (i) => i.kind },
        {
          label: t('source.checksum'),
          cell: (i) => h('code', { title: i.checksum }, `${i.checksum.slice(0, 12)}…`),
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
    }),
    h('p', { class: 'rk-small' }, t('sources.rows.note')),
  );
}

function fact(label: string, value: string): HTMLElement {
  return h('div', { class: 'rk-facts__item' }, h('dt', null, label), h('dd', null, value));
}
