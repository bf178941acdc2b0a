import { ApiError, getJson } from '../../api/client.js';
import type { Indicator, Page, RegionSummary } from '../../api/types.js';
import type { PageView } from '../../app/page.js';
import { href, type Route } from '../../app/router.js';
import { formatList, nameOf, t } from '../../i18n/i18n.js';
import { h, type Child } from '../../ui/dom.js';
import { notice } from '../../ui/notice.js';
import { COMPARE_MAX, compareAddForm } from './compare-add-form.js';
import { columnName, compareColumn } from './compare-column.js';
import { basisCell, helixRows, indexRows, keyAreaRows } from './compare-rows.js';
import { compareTable } from './compare-table.js';
import { pageView } from '../../ui/page-view.js';

/** The regions a compare URL names: /vergelijk?regio=NL213,NL41 (at most ten, no repeats). */
export function compareCodes(route: Route): string[] {
  const raw = route.query.get('regio') ?? '';
  const codes = raw
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z0-9_]{2,12}$/.test(c));
  return [...new Set(codes)].slice(0, COMPARE_MAX);
}

/** Compare: up to ten regions side by side on the three topics and the normalised indicators. */
export async function comparePage(route: Route): Promise<PageView> {
  const codes = compareCodes(route);
  const [provinces, corop, indicators] = await Promise.all([
    getJson<Page<RegionSummary>>('/api/regions?level=2&country=NL'),
    getJson<Page<RegionSummary>>('/api/regions?level=3&country=NL'),
    getJson<Page<Indicator>>('/api/indicators'),
  ]);
  const indicatorName = (id: string) => {
    const found = indicators.items.find((i) => i.id === id);
    return found ? nameOf(found) : id;
  };
  const asked = await Promise.all(codes.map(compareColumn));
  // A code no region has gets no column: the page says so once, above the tables.
  const unknown = asked.filter((c) => c.region instanceof ApiError && c.region.status === 404);
  const columns = asked.filter((c) => !unknown.includes(c));
  const withCodes = (next: string[]) => href('/vergelijk', { regio: next.join(',') || undefined });
  const add = compareAddForm(codes, { provinces: provinces.items, corop: corop.items }, withCodes);
  const without = (code: string) => withCodes(codes.filter((x) => x !== code));
  const topic2 = keyAreaRows(columns);

  const unknownNotice = unknown.length
    ? h(
        'div',
        { 'data-testid': 'compare-unknown' },
        notice(
          'warning',
          h(
            'p',
            { class: 'utrecht-paragraph' },
            t('compare.unknown', { codes: formatList(unknown.map((c) => c.code)) }),
            ' ',
            h(
              'a',
              { class: 'utrecht-link', href: withCodes(columns.map((c) => c.code)) },
              t('compare.unknown.remove'),
            ),
          ),
        ),
      )
    : null;

  const body: Child = columns.length
    ? [
        h(
          'p',
          { class: 'utrecht-paragraph', 'data-testid': 'compare-regions' },
          t('compare.showing', {
            names: columns.map(columnName).join(', '),
          }),
        ),
        compareTable(1, helixRows(), columns, without),
        topic2.length
          ? compareTable(
              2,
              [...topic2, [t('compare.basis'), (c, notes) => basisCell(c, true, notes)]],
              columns,
              without,
            )
          : h(
              'section',
              { class: 'rk-topic' },
              h('h2', { class: 'utrecht-heading-2' }, t('topic.2')),
              notice('info', h('p', { class: 'utrecht-paragraph' }, t('compare.keyareas.none'))),
            ),
        compareTable(3, indexRows(columns, indicatorName), columns, without),
        h('p', { class: 'rk-small' }, t('compare.note')),
      ]
    : notice('info', h('p', { class: 'utrecht-paragraph' }, t('compare.empty')));

  return pageView(
    t('compare.title'),
    h('p', { class: 'utrecht-paragraph' }, t('compare.lead', { n: COMPARE_MAX })),
    add,
    unknownNotice,
    body,
  );
}
