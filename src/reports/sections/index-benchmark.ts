import { datasetTitles } from '../../services/sources/dataset-title.js';
import { benchmarkDots } from '../charts/benchmark-dots.js';
import type { DossierBlock } from '../dossier-blocks.js';
import type { DossierModel } from '../dossier-model.js';
import type { Texts } from '../i18n.js';
import { figureBlock } from './figure-block.js';

/**
 * Topic 3's region-against-country-and-EU figure: each index indicator's normalised score for the
 * region (its province's for a NUTS3 region), its country and the reference area, from the stored
 * index figures; a missing score reads "no data" in the chart and the table. Null without an index.
 */
export function indexBenchmarkBlock(model: DossierModel, x: Texts): DossierBlock | null {
  const idx = model.topic3.index;
  if (idx.value === null || idx.year === null || idx.indicators.length === 0) return null;
  const name = x.name(idx.computed_for.name);
  const country = x.reference(idx.country);
  const eu = x.reference(idx.reference);
  const edition = idx.edition ?? idx.year;
  const series = [name, country, eu] as const;
  const rows = idx.indicators.map((i) => ({
    label: x.name(i.name),
    values: [i.score, i.country_score, i.reference_score] as const,
  }));
  const both = idx.indicators.filter((i) => i.score !== null && i.country_score !== null);
  const above = both.filter((i) => i.score! > i.country_score!).length;
  const datasets = model.sources.find((s) => s.key === 'index')?.source.datasets ?? [];
  // Titled in the dossier's language, as the appendix titles them.
  const named = [
    ...new Set(datasets.map((d) => `${d.publisher}, ${datasetTitles(d.id, d.title)[x.lang]}`)),
  ];
  const retrieved = [
    ...new Set(datasets.flatMap((d) => (d.retrieved_at ? [x.date(d.retrieved_at)] : []))),
  ];
  const title = x.t('index.benchmark.title', { name, country, eu, edition });
  const score = (v: number | null) => (v === null ? x.t('index.benchmark.none') : x.number(v, 2));
  return figureBlock(
    'index-benchmark',
    title,
    (head) =>
      benchmarkDots({
        ...head,
        description: x.t('index.benchmark.desc', { name, country, eu, above, of: both.length }),
        series,
        rows,
        // The scale's ticks with as many decimals as they have (0, 0,25, 0,5...).
        format: (v) => x.number(v, (String(v).split('.')[1] ?? '').length),
        labels: {
          noData: (areas) => x.t('index.benchmark.noData', { areas }),
          scale: x.t('index.benchmark.scale'),
          source: named.length
            ? x.t('index.benchmark.source', { sources: named.join('; ') })
            : x.t('index.benchmark.source.none'),
          year: x.t('index.benchmark.year', {
            edition,
            retrieved: retrieved.length ? x.list(retrieved) : x.t('value.unknown'),
          }),
        },
      }),
    {
      caption: x.t('index.benchmark.table', { name, country, eu }),
      columns: [
        { label: x.t('index.indicator'), width: 2.6 },
        ...series.map((label) => ({ label, align: 'right' as const, width: 0.9 })),
      ],
      rows: rows.map((r) => [r.label, ...r.values.map(score)]),
    },
  );
}
