import { referenceName } from '../../../domain/reference-name.js';
import { ApiError } from '../../api/client.js';
import type { KeyAreas, RegionDetail } from '../../api/types.js';
import { href } from '../../app/router.js';
import { barChart } from '../../charts/bar-chart.js';
import { formatList, formatNumber, formatPercent, lang, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { dataTable } from '../../ui/data-table.js';
import { h, type Child } from '../../ui/dom.js';
import { chartFigure } from '../../ui/figure.js';
import { hasNoPlacedOrganisations } from '../../ui/no-placed-organisations.js';
import { notice, unavailable } from '../../ui/notice.js';
import { tableNotes, type TableNotes } from '../../ui/table-notes.js';
import { coverageSentence, dataAgeWarning, notMeasured } from '../../ui/measure-status.js';

/** The key-area classifications the region page offers, the first by default. */
export const TAXONOMIES = ['topsectoren-2011', 'sleutelgebieden-2004'] as const;

/** The links that switch topic 2 to another classification. */
export function taxonomySwitch(code: string, taxonomy: string): HTMLElement {
  return h(
    'p',
    { class: 'utrecht-paragraph rk-switch' },
    t('region.taxonomy'),
    ' ',
    TAXONOMIES.map((x, i) => [
      i > 0 ? ' · ' : '',
      x === taxonomy
        ? h('strong', { 'aria-current': 'true' }, t(`taxonomy.${x}` as MessageKey))
        : h(
            'a',
            { class: 'utrecht-link', href: `${href(`/regio/${code}`, { taxonomy: x })}#topic-2` },
            t(`taxonomy.${x}` as MessageKey),
          ),
    ]),
  );
}

type KeyAreaRow = KeyAreas['areas'][number];

/** The reasons the server gives for a row's null share or LQ. */
function reasonsOf(area: KeyAreaRow, measure: 'share_of_national' | 'lq'): string[] {
  return area.not_measured.filter((m) => m.measure === measure).map((m) => m.reason);
}

/** A share or LQ as a table cell: the figure, or "–" with the numbers of its reasons. */
function valueCell(
  notes: TableNotes,
  area: KeyAreaRow,
  measure: 'share_of_national' | 'lq',
  format: (value: number) => string,
): Child {
  const value = area[measure];
  return value === null
    ? notes.cell('–', reasonsOf(area, measure), `keyareas-missing-${measure}`)
    : format(value);
}

/** A share or LQ as a bar's label: the figure, or "–" with the numbers of its reasons. */
function valueLabel(
  notes: TableNotes,
  area: KeyAreaRow,
  measure: 'share_of_national' | 'lq',
  format: (value: number) => string,
): string {
  const value = area[measure];
  return value === null ? `–${notes.marks(reasonsOf(area, measure))}` : format(value);
}

/**
 * Said once instead of the tables when the region has no classified activity at all: that no
 * organisation is placed in it (topic 1 says how many of the country's could not be), or that
 * none of its activity falls in a key area.
 */
function noClassifiedActivity(keyAreas: KeyAreas, name: string): Child {
  const noPlaced = hasNoPlacedOrganisations(keyAreas);
  const unclassified = keyAreas.unclassified;
  return [
    h(
      'div',
      { 'data-testid': 'keyareas-no-activity' },
      notice(
        'info',
        h(
          'p',
          { class: 'utrecht-paragraph' },
          t(noPlaced ? 'region.keyareas.noPlaced' : 'region.keyareas.noClassified', { name }),
        ),
        !noPlaced && unclassified.share !== null && unclassified.value !== null
          ? h(
              'p',
              { class: 'utrecht-paragraph rk-small' },
              t('region.keyareas.unclassified', {
                share: formatPercent(unclassified.share),
                value: formatNumber(unclassified.value),
              }),
            )
          : null,
      ),
    ),
    noPlaced ? null : coverageSentence(keyAreas),
  ];
}

/**
 * Topic 2, key areas: the location quotients and national shares of the region's key areas, with
 * notes on the classification, the unclassified share and areas counted together, and under each
 * figure why a share or LQ is missing, each reason once. A region without classified activity
 * gets that said once instead.
 */
export function keyAreaFigures(keyAreas: KeyAreas | ApiError, name: string): Child {
  if (keyAreas instanceof ApiError) return unavailable(t('region.keyareas'), keyAreas);
  if (!keyAreas.available)
    return [notMeasured(t('region.keyareas'), keyAreas), coverageSentence(keyAreas)];
  const areas = keyAreas.areas;
  if (areas.length === 0)
    return notice('info', h('p', { class: 'utrecht-paragraph' }, t('region.keyareas.none')));
  // No classified activity, or no organisation placed (the total is then null): said once.
  if (!keyAreas.region_total) return noClassifiedActivity(keyAreas, name);
  // One list of reasons per figure: its bars, then its table, number their cells' reasons.
  const lqNotes = tableNotes('keyareas', 'lq');
  const shareNotes = tableNotes('keyareas', 'share');
  const byLq = [...areas].sort((a, b) => (b.lq ?? 0) - (a.lq ?? 0));
  const specialised = byLq.filter((a) => (a.lq ?? 0) >= 1).map(nameOf);
  const lqChart = barChart({
    bars: byLq.map((a) => ({
      label: nameOf(a),
      value: a.lq ?? 0,
      display: valueLabel(lqNotes, a, 'lq', (v) => formatNumber(v, 2)),
    })),
    reference: { value: 1, label: t('region.keyareas.lq.reference') },
    testId: 'lq-bars',
  });
  const table = dataTable({
    caption: t('region.keyareas.table', { name }),
    columns: [
      {
        label: t('region.keyareas.area'),
        rowHeader: true,
        cell: (a: (typeof areas)[number]) => nameOf(a),
      },
      {
        label: t(`measure.${keyAreas.measure}` as MessageKey),
        numeric: true,
        value: (a) => a.value ?? null,
        cell: (a) => (a.value === null ? '–' : formatNumber(a.value)),
      },
      {
        label: t('region.keyareas.share'),
        numeric: true,
        value: (a) => a.share_of_national ?? null,
        cell: (a) => valueCell(lqNotes, a, 'share_of_national', (v) => formatPercent(v)),
      },
      {
        label: t('region.keyareas.lq'),
        numeric: true,
        value: (a) => a.lq ?? null,
        cell: (a) => valueCell(lqNotes, a, 'lq', (v) => formatNumber(v, 2)),
      },
    ],
    rows: byLq,
  });
  const lq = chartFigure({
    title: t('region.keyareas.lq.title', {
      name,
      reference: referenceName(keyAreas.reference, lang()),
    }),
    alt: specialised.length
      ? t('region.keyareas.lq.alt', { areas: specialised.join(', ') })
      : t('region.keyareas.lq.alt.none'),
    chart: lqChart,
    table,
    extra: lqNotes.list(),
    source: keyAreas.source ?? null,
    testId: 'keyareas-lq',
  });
  const share = chartFigure({
    title: t('region.keyareas.share.title', { name }),
    alt: t('region.keyareas.share.alt', {
      top: byShare(areas)[0] ? nameOf(byShare(areas)[0]!) : '–',
      share:
        byShare(areas)[0]?.share_of_national != null
          ? formatPercent(byShare(areas)[0]!.share_of_national!)
          : '–',
    }),
    chart: barChart({
      bars: byShare(areas).map((a) => ({
        label: nameOf(a),
        value: a.share_of_national ?? 0,
        display: valueLabel(shareNotes, a, 'share_of_national', (v) => formatPercent(v)),
      })),
    }),
    table: dataTable({
      caption: t('region.keyareas.share.title', { name }),
      columns: [
        {
          label: t('region.keyareas.area'),
          rowHeader: true,
          cell: (a: (typeof areas)[number]) => nameOf(a),
        },
        {
          label: t('region.keyareas.share'),
          numeric: true,
          value: (a) => a.share_of_national ?? null,
          cell: (a) => valueCell(shareNotes, a, 'share_of_national', (v) => formatPercent(v)),
        },
      ],
      rows: byShare(areas),
    }),
    extra: shareNotes.list(),
    source: keyAreas.source ?? null,
    testId: 'keyareas-share',
  });
  const together = areas.filter((a) => a.members.length > 1);
  const notes = h(
    'div',
    { 'data-testid': 'keyareas-notes' },
    h(
      'p',
      { class: 'utrecht-paragraph', 'data-testid': 'keyareas-classification' },
      t(`region.keyareas.classification.${keyAreas.classification}`),
    ),
    keyAreas.unclassified.share === null || keyAreas.unclassified.value === null
      ? null
      : h(
          'p',
          { class: 'utrecht-paragraph' },
          t('region.keyareas.unclassified', {
            share: formatPercent(keyAreas.unclassified.share),
            value: formatNumber(keyAreas.unclassified.value),
          }),
        ),
    ...together.map((a) =>
      h(
        'p',
        { class: 'utrecht-paragraph' },
        t('region.keyareas.together', { areas: formatList(a.members.map(nameOf)) }),
      ),
    ),
  );
  return [notes, lq, share, coverageSentence(keyAreas), dataAgeWarning(keyAreas.period)];
}

function byShare<T extends { share_of_national: number | null }>(areas: readonly T[]): T[] {
  return [...areas].sort((a, b) => (b.share_of_national ?? 0) - (a.share_of_national ?? 0));
}

/** How far each spearhead covers the key areas, when the region has spearheads. */
export function coverage(region: RegionDetail): Child {
  if (region.spearheads.length === 0) return null;
  return h(
    'div',
    { class: 'rk-figure' },
    h('h3', { class: 'utrecht-heading-3' }, t('region.coverage')),
    dataTable({
      caption: t('region.coverage'),
      captionHidden: true,
      columns: [
        {
          label: t('region.spearhead'),
          rowHeader: true,
          cell: (s: RegionDetail['spearheads'][number]) => nameOf(s),
        },
        {
          label: t('region.coverage.areas'),
          cell: (s) =>
            s.key_areas
              .map(
                (k) =>
                  `${nameOf(k)} (${t(`taxonomy.${k.taxonomy_id}` as MessageKey)}, ${formatPercent(k.weight, 0)})`,
              )
              .join('; '),
        },
      ],
      rows: region.spearheads,
    }),
  );
}
