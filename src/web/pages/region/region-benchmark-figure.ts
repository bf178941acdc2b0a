import { referenceName } from '../../../domain/reference-name.js';
import type { RegionIndex, RegionIndexIndicator } from '../../api/types.js';
import { dotPlot, type DotSeries } from '../../charts/dot-plot.js';
import { formatList, formatNumber, lang, t } from '../../i18n/i18n.js';
import { dataTable } from '../../ui/data-table.js';
import { chartFigure } from '../../ui/figure.js';

/** The three series, told apart by shape as well as colour (Okabe-Ito colours). */
const COLOURS = { region: '#154273', country: '#D55E00', reference: '#009E73' } as const;

/**
 * The region beside its country and the EU (the reference area) on each indicator of the index,
 * as the Regional Innovation Scoreboard's region profiles show it: the normalised scores of the
 * stored index figures in a dot plot, a missing score named as "no data" (never drawn at 0), with
 * the same figures and the reason for each gap in the table and the CSV.
 */
export function regionBenchmarkFigure(
  index: RegionIndex,
  name: string,
  indicatorName: (id: string) => string,
): HTMLElement | null {
  if (!index.country || index.indicators.length === 0) return null;
  const year = index.edition ?? index.year;
  const country = referenceName(index.country, lang());
  const eu = referenceName(index.reference ?? 'EU27_2020', lang());
  const series: DotSeries[] = [
    { name, colour: COLOURS.region, shape: 'circle' },
    { name: country, colour: COLOURS.country, shape: 'square' },
    { name: eu, colour: COLOURS.reference, shape: 'diamond' },
  ];
  const values = (i: RegionIndexIndicator) =>
    [i.score, i.country_score ?? null, i.reference_score ?? null] as const;
  const both = index.indicators.filter((i) => i.score !== null && i.country_score != null);
  const above = both.filter((i) => i.score! > i.country_score!).length;
  const reason = (i: RegionIndexIndicator): string | null => {
    const missing = series.filter((_, k) => values(i)[k] === null).map((x) => x.name);
    return missing.length
      ? t('region.benchmark.reason.missing', { areas: formatList(missing), year })
      : null;
  };
  const score = (v: number | null) =>
    v === null ? t('region.benchmark.none') : formatNumber(v, 2);
  const title = t('region.benchmark.title', { name, country, eu, year });
  return chartFigure({
    title,
    alt: t('region.benchmark.alt', { name, country, eu, above, of: both.length }),
    chart: dotPlot({
      series,
      rows: index.indicators.map((i) => ({ label: indicatorName(i.id), values: values(i) })),
      noData: (areas) => t('region.benchmark.noData', { areas }),
      scale: t('region.benchmark.scale'),
      testId: 'benchmark-chart',
    }),
    table: dataTable({
      caption: title,
      columns: [
        {
          label: t('region.benchmark.indicator'),
          rowHeader: true,
          cell: (i: RegionIndexIndicator) => indicatorName(i.id),
        },
        ...series.map((x, k) => ({
          label: x.name,
          numeric: true,
          cell: (i: RegionIndexIndicator) => score(values(i)[k] ?? null),
          value: (i: RegionIndexIndicator) => values(i)[k] ?? null,
        })),
        { label: t('region.benchmark.reason'), cell: (i) => reason(i) ?? '' },
      ],
      rows: index.indicators,
    }),
    source: index.source ?? null,
    year,
    testId: 'index-benchmark',
  });
}
