import { ApiError } from '../../api/client.js';
import type {
  Indicator,
  RegionDetail,
  RegionIndex,
  RegionIndexIndicator,
} from '../../api/types.js';
import { lineChart } from '../../charts/line-chart.js';
import { formatMeasured, formatNumber, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { dataTable } from '../../ui/data-table.js';
import { h, type Child } from '../../ui/dom.js';
import { fact } from '../../ui/fact.js';
import { chartFigure } from '../../ui/figure.js';
import { notice, unavailable } from '../../ui/notice.js';
import { sourceDetails } from '../../ui/source-details.js';
import { regionBenchmarkFigure } from './region-benchmark-figure.js';
import { numberColumn } from '../../ui/number-column.js';

/** A region's index where the region has one: its value, group, rank and year are all set. */
export type MeasuredIndex = RegionIndex & {
  readonly year: number;
  readonly index: number;
  readonly group: string;
  readonly band: string;
  readonly rank: number;
  readonly rank_range: NonNullable<RegionIndex['rank_range']>;
};

/** Whether the region has an index row that year or edition (else every figure is null). */
export function isMeasured(index: RegionIndex): index is MeasuredIndex {
  return (
    index.year !== null &&
    index.index !== null &&
    index.group !== null &&
    index.band !== null &&
    index.rank !== null &&
    index.rank_range !== null
  );
}

/** The performance group and its band in words, as the dossier says them: "Strong innovator (lower third)". */
export function groupText(group: string, band: string): string {
  const known = ['leader', 'strong', 'moderate', 'emerging'];
  const groupName = known.includes(group) ? t(`index.group.${group}` as MessageKey) : group;
  const bands = ['+', 'plain', '-'];
  return bands.includes(band)
    ? t('index.groupBand', { group: groupName, band: t(`index.band.${band}` as MessageKey) })
    : groupName;
}

/**
 * Topic 3, innovation power: the regional innovation index with its rank, group and edition, its
 * trend, the benchmark beside the country and the EU, and the score of every indicator.
 */
export function indexFigures(
  index: RegionIndex | ApiError,
  name: string,
  indicators: readonly Indicator[],
  parent: RegionDetail['parent'],
): Child {
  const heading = h('h3', { class: 'utrecht-heading-3' }, t('region.index'));
  if (index instanceof ApiError) return [heading, unavailable(t('region.index'), index)];
  if (!isMeasured(index))
    return [
      heading,
      notice(
        'info',
        h(
          'p',
          { class: 'utrecht-paragraph', 'data-testid': 'index-none' },
          t('region.index.none', {
            year: index.edition ?? index.year ?? '–',
            reason: index.reason ?? t('region.index.none.notCompared'),
          }),
        ),
      ),
    ];
  const indicatorName = (id: string) => {
    const found = indicators.find((i) => i.id === id);
    return found ? nameOf(found) : id;
  };
  const computedFor =
    index.computed_for && index.computed_for !== index.region ? index.computed_for : null;
  // A NUTS3 region's index figures are its province's: every title names the province.
  const provinceName = !computedFor
    ? name
    : parent?.code === computedFor
      ? nameOf(parent)
      : computedFor;
  const indexName = computedFor
    ? t('region.index.ofProvince', { province: provinceName, name })
    : name;
  const facts = h(
    'dl',
    { class: 'rk-facts', 'data-testid': 'index-facts' },
    fact(t('region.index.value'), formatNumber(index.index, 3)),
    fact(t('region.index.relative'), formatMeasured(index.relative, 1)),
    fact(t('region.index.group'), groupText(index.group, index.band)),
    fact(
      t('region.index.rank'),
      index.of
        ? t('region.index.rank.of', { rank: index.rank, of: index.of })
        : formatNumber(index.rank),
    ),
    fact(
      t('region.index.rankRange'),
      t('region.index.rankRange.value', { best: index.rank_range[0], worst: index.rank_range[1] }),
    ),
    index.mode === 'year'
      ? fact(t('region.index.year'), t('region.index.singleYear.value', { year: index.year }))
      : fact(
          t('region.index.edition'),
          t('region.index.edition.value', {
            edition: index.edition ?? index.year,
            from: (index.edition ?? index.year) - (index.lag ?? 0),
            to: index.edition ?? index.year,
          }),
        ),
    index.of
      ? fact(t('region.index.compared'), t('region.index.compared.value', { of: index.of }))
      : null,
  );
  const groupsNote = index.groups
    ? h(
        'p',
        { class: 'utrecht-paragraph', 'data-testid': 'index-groups-note' },
        t('region.index.groups.note', {
          leader: index.groups.leader,
          strong: index.groups.strong,
          moderate: index.groups.moderate,
        }),
      )
    : null;
  const trend =
    index.trend.length > 1
      ? chartFigure({
          title: t('region.index.trend', { name: indexName }),
          alt: t('region.index.trend.alt', {
            from: index.trend[0]!.year,
            to: index.trend.at(-1)!.year,
            first: formatMeasured(index.trend[0]!.relative, 1),
            last: formatMeasured(index.trend.at(-1)!.relative, 1),
          }),
          chart: lineChart({
            // A year without a relative index (no reference value) is left out, not drawn at 0.
            points: index.trend.flatMap((p) =>
              p.relative === null ? [] : [{ x: p.year, y: p.relative }],
            ),
            format: (v) => formatNumber(v, 1),
          }),
          table: dataTable({
            caption: t('region.index.trend', { name: indexName }),
            columns: [
              {
                // In edition mode every row is an edition, not a data year.
                label: t(index.mode === 'year' ? 'region.index.year' : 'region.index.edition'),
                rowHeader: true,
                cell: (p: RegionIndex['trend'][number]) => String(p.year),
              },
              numberColumn(
                t('region.index.value'),
                (p: RegionIndex['trend'][number]) => p.index,
                3,
              ),
              {
                label: t('region.index.relative'),
                numeric: true,
                value: (p) => p.relative,
                cell: (p) => formatMeasured(p.relative, 1),
              },
              {
                label: t('region.index.rank'),
                numeric: true,
                value: (p) => p.rank ?? null,
                cell: (p) => (p.rank === undefined ? '–' : formatNumber(p.rank)),
              },
            ],
            rows: index.trend,
          }),
          source: index.source ?? null,
          testId: 'index-trend',
        })
      : null;
  const scores = dataTable({
    caption: t('region.index.indicators', { name: indexName }),
    columns: [
      {
        label: t('region.index.indicator'),
        rowHeader: true,
        cell: (i: RegionIndexIndicator) => indicatorName(i.id),
      },
      {
        label: t('region.index.score'),
        numeric: true,
        value: (i) => i.score ?? null,
        cell: (i) =>
          i.score === null
            ? h('span', { class: 'rk-missing', 'data-testid': 'index-score-none' }, t('value.none'))
            : formatNumber(i.score, 2),
      },
      {
        label: t('region.index.dataYear'),
        numeric: true,
        cell: (i) => (i.year === null || i.year === undefined ? '–' : String(i.year)),
      },
      {
        label: t('region.index.filled'),
        cell: (i) => (i.filled_from ? filledFromText(i.filled_from) : t('common.no')),
      },
      {
        label: t('region.index.indicatorTrend'),
        cell: (i) =>
          i.trend
            ? t('region.index.indicatorTrend.value', {
                from: measuredIn(i.trend.first_data_year, i.trend.first_year),
                to: measuredIn(i.trend.last_data_year, i.trend.last_year),
                first: formatNumber(i.trend.first),
                last: formatNumber(i.trend.last),
              })
            : '–',
      },
    ],
    rows: index.indicators,
  });
  const missingReasons = [
    ...new Set(
      index.indicators.flatMap((i) => (i.score === null && i.score_reason ? [i.score_reason] : [])),
    ),
  ];
  return [
    heading,
    computedFor
      ? h(
          'p',
          { class: 'utrecht-paragraph', 'data-testid': 'index-computed-for' },
          t('region.index.computedFor', { province: provinceName, code: computedFor }),
        )
      : null,
    facts,
    groupsNote,
    trend,
    regionBenchmarkFigure(index, provinceName, indicatorName),
    h(
      'details',
      { class: 'rk-figure__table' },
      h('summary', null, t('region.index.indicators', { name: indexName })),
      scores,
      ...missingReasons.map((reason) =>
        h(
          'p',
          { class: 'utrecht-paragraph rk-small', 'data-testid': 'index-score-reason' },
          t('region.index.scoresMissing', { reason }),
        ),
      ),
    ),
    sourceDetails(index.source ?? null),
  ];
}

/**
 * The year a value was measured, with the edition that carried it forward where that differs
 * ("2012, edition 2015").
 */
function measuredIn(measured: number, edition: number): string {
  return measured === edition
    ? String(measured)
    : t('region.index.measured.carried', { year: measured, edition });
}

/** Where a filled value came from, in the page's language ("own value of 2009", "NL2 (same year)"). */
function filledFromText(from: string): string {
  const own = /^own value of (\d{4})$/.exec(from);
  if (own) return t('region.index.filled.own', { year: own[1]! });
  const parent = /^(\S+) \(same (year|edition)\)$/.exec(from);
  if (parent)
    return t(
      parent[2] === 'edition' ? 'region.index.filled.parentEdition' : 'region.index.filled.parent',
      { region: parent[1]! },
    );
  return from;
}
