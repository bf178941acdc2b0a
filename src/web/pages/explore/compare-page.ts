import { ApiError, getJson, query, tryJson } from '../../api/client.js';
import type {
  Helix,
  Indicator,
  KeyAreas,
  Page,
  RegionDetail,
  RegionIndex,
  RegionSummary,
} from '../../api/types.js';
import { apiErrorKey } from '../../app/api-error-text.js';
import { HELIX_ROLES, helixLabelKey } from '../../app/helix-roles.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { referenceName } from '../../../domain/reference-name.js';
import { formatList, formatNumber, formatPercent, lang, nameOf, t } from '../../i18n/i18n.js';
import { h, type Child } from '../../ui/dom.js';
import { notice } from '../../ui/notice.js';
import { regionCombobox } from '../../ui/region-combobox.js';
import { notMeasuredCell } from '../../ui/measure-status.js';
import { groupText } from '../region/region-index.js';

export const COMPARE_MAX = 10;

interface Column {
  code: string;
  region: RegionDetail | ApiError;
  helix: Helix | ApiError;
  keyAreas: KeyAreas | ApiError;
  index: RegionIndex | ApiError;
}

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
  const asked: Column[] = await Promise.all(
    codes.map(async (code) => {
      const [region, helix, keyAreas, index] = await Promise.all([
        tryJson<RegionDetail>(`/api/regions/${code}`),
        tryJson<Helix>(`/api/regions/${code}/helix${query({ lang: lang() })}`),
        tryJson<KeyAreas>(
          `/api/regions/${code}/keyareas${query({ taxonomy: 'topsectoren-2011', measure: 'participations', reference: 'NL', lang: lang() })}`,
        ),
        tryJson<RegionIndex>(`/api/regions/${code}/index`),
      ]);
      return { code, region, helix, keyAreas, index };
    }),
  );
  // A code no region has gets no column: the page says so once, above the tables.
  const unknown = asked.filter((c) => c.region instanceof ApiError && c.region.status === 404);
  const columns = asked.filter((c) => !unknown.includes(c));
  const withCodes = (next: string[]) => href('/vergelijk', { regio: next.join(',') || undefined });
  const picker = regionCombobox({
    id: 'compare-code',
    label: t('compare.code'),
    hint: t('compare.code.hint'),
    disabled: codes.length >= COMPARE_MAX,
    testId: 'compare-search',
  });

  const add = h(
    'form',
    {
      class: 'rk-controls',
      'aria-label': t('compare.add'),
      onsubmit: (event: Event) => {
        event.preventDefault();
        const form = event.currentTarget as HTMLFormElement;
        const chosen = (form.elements.namedItem('compare-region') as HTMLSelectElement).value;
        const typed = (form.elements.namedItem('compare-code') as HTMLInputElement).value.trim();
        void (typed ? picker.code() : Promise.resolve(chosen)).then((code) => {
          if (code && !codes.includes(code))
            navigate(withCodes([...codes, code]), { how: 'control' });
        });
      },
    },
    h(
      'div',
      { class: 'utrecht-form-field rk-controls__field' },
      h('label', { class: 'utrecht-form-label', for: 'compare-region' }, t('compare.region')),
      h(
        'select',
        {
          id: 'compare-region',
          name: 'compare-region',
          class: 'utrecht-select utrecht-select--html-select',
          disabled: codes.length >= COMPARE_MAX,
        },
        h(
          'optgroup',
          { label: t('map.level.2') },
          provinces.items
            .filter((r) => !codes.includes(r.code))
            .map((r) => h('option', { value: r.code }, `${nameOf(r)} (${r.code})`)),
        ),
        h(
          'optgroup',
          { label: t('map.level.3') },
          corop.items
            .filter((r) => !codes.includes(r.code))
            .map((r) => h('option', { value: r.code }, `${nameOf(r)} (${r.code})`)),
        ),
      ),
    ),
    picker.element,
    h(
      'div',
      { class: 'rk-controls__actions' },
      h(
        'button',
        {
          type: 'submit',
          class: 'utrecht-button utrecht-button--primary-action',
          disabled: codes.length >= COMPARE_MAX,
          id: 'compare-add',
        },
        t('compare.add.button'),
      ),
    ),
    codes.length >= COMPARE_MAX
      ? h('p', { class: 'rk-small' }, t('compare.max', { n: COMPARE_MAX }))
      : null,
  );

  const header = (c: Column) =>
    h(
      'th',
      { class: 'utrecht-table__header-cell', scope: 'col' },
      h(
        'a',
        { class: 'utrecht-link', href: href(`/regio/${c.code}`) },
        c.region instanceof ApiError ? c.code : nameOf(c.region),
      ),
      h('br'),
      h(
        'a',
        {
          class: 'utrecht-link rk-small',
          href: withCodes(codes.filter((x) => x !== c.code)),
          'aria-label': t('compare.remove.label', {
            name: c.region instanceof ApiError ? c.code : nameOf(c.region),
          }),
        },
        t('compare.remove'),
      ),
    );

  const table = (topic: 1 | 2 | 3, rows: readonly [string, (c: Column) => Child][]) =>
    withColumnCount(
      h(
        'section',
        { class: 'rk-topic', 'aria-labelledby': `compare-topic-${topic}` },
        h(
          'h2',
          { class: 'utrecht-heading-2 rk-topic__heading', id: `compare-topic-${topic}` },
          h('span', { class: 'rk-topic__number' }, String(topic)),
          t(`topic.${topic}`),
        ),
        h(
          'div',
          {
            class: 'utrecht-table-container rk-table-scroll',
            role: 'region',
            tabindex: 0,
            'aria-labelledby': `compare-topic-${topic}`,
          },
          h(
            'table',
            {
              class: 'utrecht-table rk-table rk-compare',
              'data-testid': `compare-topic-${topic}`,
            },
            h(
              'caption',
              { class: 'utrecht-table__caption rk-visually-hidden' },
              t(`topic.${topic}`),
            ),
            h(
              'thead',
              { class: 'utrecht-table__header' },
              h(
                'tr',
                { class: 'utrecht-table__row' },
                h(
                  'th',
                  { class: 'utrecht-table__header-cell', scope: 'col' },
                  t('compare.measure'),
                ),
                columns.map(header),
              ),
            ),
            h(
              'tbody',
              { class: 'utrecht-table__body' },
              rows.map(([label, cell]) =>
                h(
                  'tr',
                  { class: 'utrecht-table__row' },
                  h('th', { class: 'utrecht-table__header-cell', scope: 'row' }, label),
                  columns.map((c) =>
                    h('td', { class: 'utrecht-table__cell utrecht-table__cell--numeric' }, cell(c)),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
      columns.length,
    );

  const missing = (value: ApiError) =>
    h(
      'span',
      { class: 'rk-missing', title: `${value.status} ${value.code}: ${t(apiErrorKey(value))}` },
      t('compare.missing', { status: value.status }),
    );

  /** The years and the reference set of a column's figures, or why they are not available. */
  const basis = (figures: Helix | KeyAreas | ApiError, keyAreas: boolean): Child => {
    if (figures instanceof ApiError) return missing(figures);
    if (!figures.available)
      return h(
        'span',
        { class: 'rk-missing rk-small', 'data-testid': 'not-available-basis' },
        t('measure.na.full'),
        ': ',
        figures.reason ?? '',
      );
    const p = figures.period;
    const years = p ? { first: p.first_year, last: p.last_year } : null;
    if (keyAreas && 'reference' in figures)
      return years
        ? t('compare.basis.keyareas', {
            ...years,
            reference: referenceName(figures.reference, lang()),
          })
        : t('compare.basis.none');
    const coverage = figures.coverage;
    const placed = t('compare.basis.value', {
      first: years?.first ?? '–',
      last: years?.last ?? '–',
      level: coverage.level,
      country: coverage.country,
      share: coverage.placed_share === null ? '–' : formatPercent(coverage.placed_share, 0),
    });
    return years ? placed : t('compare.basis.none');
  };

  const topic1: [string, (c: Column) => Child][] = [
    [
      t('region.t.projects'),
      (c) =>
        c.helix instanceof ApiError
          ? missing(c.helix)
          : c.helix.projects === null
            ? notMeasuredCell(c.helix)
            : formatNumber(c.helix.projects),
    ],
    [
      t('compare.t'),
      (c) =>
        c.helix instanceof ApiError
          ? missing(c.helix)
          : !c.helix.available
            ? notMeasuredCell(c.helix)
            : c.helix.t_millibits === null
              ? '–'
              : `${formatNumber(c.helix.t_millibits, 1)}${c.helix.t_ci95_millibits ? ` [${formatNumber(c.helix.t_ci95_millibits[0], 1)}; ${formatNumber(c.helix.t_ci95_millibits[1], 1)}]` : ''}`,
    ],
    ...HELIX_ROLES.map(
      (role) =>
        [
          t('compare.actors', { role: t(helixLabelKey(role)) }),
          (c: Column) =>
            c.helix instanceof ApiError
              ? missing(c.helix)
              : c.helix.composition === null
                ? notMeasuredCell(c.helix)
                : formatNumber(c.helix.composition.actors[role] ?? 0),
        ] as [string, (c: Column) => Child],
    ),
    [t('compare.basis'), (c) => basis(c.helix, false)],
  ];

  const keyAreaIds: { id: string; label: string }[] = [];
  for (const c of columns) {
    if (c.keyAreas instanceof ApiError) continue;
    for (const a of c.keyAreas.areas) {
      if (!keyAreaIds.some((k) => k.id === a.key_area))
        keyAreaIds.push({ id: a.key_area, label: nameOf(a) });
    }
  }
  const topic2: [string, (c: Column) => Child][] = keyAreaIds.map((k) => [
    t('compare.lq', { area: k.label }),
    (c) => {
      if (c.keyAreas instanceof ApiError) return missing(c.keyAreas);
      if (!c.keyAreas.available) return notMeasuredCell(c.keyAreas);
      const lq = c.keyAreas.areas.find((a) => a.key_area === k.id)?.lq;
      return lq === null || lq === undefined
        ? '–'
        : scoreCell(formatNumber(lq, 2), Math.min(1, lq / 2), lq >= 1);
    },
  ]);

  const indicatorIds = [
    ...new Set(
      columns.flatMap((c) =>
        c.index instanceof ApiError ? [] : c.index.indicators.map((i) => i.id),
      ),
    ),
  ];
  const topic3: [string, (c: Column) => Child][] = [
    [
      t('region.spearheads.short'),
      (c) =>
        c.region instanceof ApiError ? missing(c.region) : formatNumber(c.region.spearheads.length),
    ],
    [
      t('compare.index.computedFor'),
      (c) =>
        c.index instanceof ApiError ? missing(c.index) : (c.index.computed_for ?? c.index.region),
    ],
    [
      t('compare.index.edition'),
      (c) => {
        if (c.index instanceof ApiError) return missing(c.index);
        const edition = c.index.edition ?? c.index.year;
        return c.index.mode === 'year'
          ? t('compare.index.year.value', { year: c.index.year, of: c.index.of ?? '–' })
          : t('compare.index.edition.value', {
              edition,
              from: edition - (c.index.lag ?? 0),
              to: edition,
              of: c.index.of ?? '–',
            });
      },
    ],
    [
      t('region.index.value'),
      (c) =>
        c.index instanceof ApiError
          ? missing(c.index)
          : scoreCell(formatNumber(c.index.index, 3), c.index.index),
    ],
    [
      t('region.index.relative'),
      (c) => (c.index instanceof ApiError ? missing(c.index) : formatNumber(c.index.relative, 1)),
    ],
    [
      t('region.index.group'),
      (c) =>
        c.index instanceof ApiError ? missing(c.index) : groupText(c.index.group, c.index.band),
    ],
    [
      t('region.index.rankRange'),
      (c) =>
        c.index instanceof ApiError
          ? missing(c.index)
          : t('region.index.rankRange.value', {
              best: c.index.rank_range[0],
              worst: c.index.rank_range[1],
            }),
    ],
    ...indicatorIds.map(
      (id) =>
        [
          t('compare.score', { indicator: indicatorName(id) }),
          (c: Column) => {
            if (c.index instanceof ApiError) return missing(c.index);
            const found = c.index.indicators.find((i) => i.id === id);
            const score = found?.score;
            const year = found?.year == null ? '' : ` (${found.year})`;
            return score === null || score === undefined
              ? '–'
              : scoreCell(`${formatNumber(score, 2)}${year}`, score);
          },
        ] as [string, (c: Column) => Child],
    ),
  ];

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
            names: columns
              .map((c) => (c.region instanceof ApiError ? c.code : nameOf(c.region)))
              .join(', '),
          }),
        ),
        table(1, topic1),
        topic2.length
          ? table(2, [...topic2, [t('compare.basis'), (c) => basis(c.keyAreas, true)]])
          : h(
              'section',
              { class: 'rk-topic' },
              h('h2', { class: 'utrecht-heading-2' }, t('topic.2')),
              notice('info', h('p', { class: 'utrecht-paragraph' }, t('compare.keyareas.none'))),
            ),
        table(3, topic3),
        h('p', { class: 'rk-small' }, t('compare.note')),
      ]
    : notice('info', h('p', { class: 'utrecht-paragraph' }, t('compare.empty')));

  return {
    title: t('compare.title'),
    content: h(
      'div',
      null,
      h('h1', { class: 'utrecht-heading-1' }, t('compare.title')),
      h('p', { class: 'utrecht-paragraph' }, t('compare.lead', { n: COMPARE_MAX })),
      add,
      unknownNotice,
      body,
    ),
  };
}

/** A table cell with its value written out and a bar behind it for the eye (0..1). */
function scoreCell(text: string, fraction: number, strong = false): HTMLElement {
  const bar = h('span', {
    class: `rk-cellbar__fill${strong ? ' rk-cellbar__fill--strong' : ''}`,
    'aria-hidden': 'true',
  });
  bar.style.width = `${Math.max(0, Math.min(1, fraction)) * 100}%`;
  return h('span', { class: 'rk-cellbar' }, bar, h('span', { class: 'rk-cellbar__text' }, text));
}

/** Tells the stylesheet how many region columns a comparison table has (its width on phones). */
function withColumnCount(section: HTMLElement, count: number): HTMLElement {
  section
    .querySelector<HTMLElement>('.rk-compare')
    ?.style.setProperty('--rk-columns', String(count));
  return section;
}
