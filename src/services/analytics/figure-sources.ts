import { indicatorLabelsById } from '../indicators/indicator-names.js';
import { NO_METHOD, type MethodText } from '../sources/method-text.js';
import type { AnalyticsCatalogue } from './analytics-catalogue.js';
import type { AnalyticsContext } from './analytics-context.js';
import { indexMethod } from './analytics-methods.js';
import type { IndexComputation } from './innovation-index.js';
import { tableSources, type FigureSource } from './provenance.js';

/** The data sets and imports behind the participations, read once per provenance, with `method`. */
export async function participationSource(
  context: AnalyticsContext,
  method: MethodText,
): Promise<FigureSource> {
  const fingerprint = (await context.catalogue()).fingerprint;
  const base = await context.cache.get('source:participations', fingerprint, () =>
    tableSources(context.store, 'participations', NO_METHOD),
  );
  return { ...base, ...method };
}

/** The data sets and imports behind an index computation's indicators, with the index method. */
export async function indexSource(
  context: AnalyticsContext,
  c: IndexComputation,
  known?: AnalyticsCatalogue,
): Promise<FigureSource> {
  const fingerprint = (known ?? (await context.catalogue())).fingerprint;
  const base = await context.cache.get(
    `source:indicators:${c.result.indicators.join(',')}`,
    fingerprint,
    () =>
      tableSources(context.store, 'indicator_values', NO_METHOD, {
        indicatorIds: c.result.indicators,
      }),
  );
  const named = await indicatorLabelsById(context.store, c.result.indicators);
  return {
    ...base,
    ...indexMethod({
      indicators: c.result.indicators.map((id) => named.get(id) ?? { name_en: id, name_nl: id }),
      mode: c.query.mode,
      lag: c.query.lag,
      reference: c.referenceCode,
    }),
  };
}
