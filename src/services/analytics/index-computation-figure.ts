import { EDITION_LAG_YEARS } from '../../core/index/edition-values.js';
import { RegiokrachtError } from '../../domain/errors.js';
import type { AnalyticsCatalogue } from './analytics-catalogue.js';
import type { AnalyticsContext } from './analytics-context.js';
import {
  computeInnovationIndex,
  DEFAULT_INDEX_INDICATORS,
  readIndexValues,
  type IndexComputation,
} from './innovation-index.js';

export interface IndexComputationOptions {
  level?: number;
  reference?: string;
  indicators?: readonly string[];
  mode?: 'edition' | 'year';
  lag?: number;
}

/**
 * Topic 3: the composite index of every region of a level, for every edition or every year held
 * (`mode: 'year'`, the default), kept in memory per fingerprint. `known` is the catalogue the
 * caller already holds, so that one request reads the fingerprint once.
 */
export async function indexComputationFigure(
  context: AnalyticsContext,
  options: IndexComputationOptions = {},
  known?: AnalyticsCatalogue,
): Promise<IndexComputation> {
  const fingerprint = (known ?? (await context.catalogue())).fingerprint;
  const defaultSet = !options.indicators?.length;
  const query = {
    level: options.level ?? 2,
    reference: options.reference ?? 'EU',
    indicators: defaultSet ? DEFAULT_INDEX_INDICATORS : options.indicators!,
    mode: options.mode ?? 'year',
    lag: options.lag ?? EDITION_LAG_YEARS,
    defaultSet,
  };
  if (![1, 2, 3].includes(query.level))
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `--level ${query.level}: the index is computed at NUTS level 1, 2 or 3`,
    );
  if (!Number.isInteger(query.lag) || query.lag < 0 || query.lag > 10)
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `--lag ${query.lag}: the lag window is a whole number of years from 0 to 10`,
    );
  // The values of an indicator set are read once for every level and mode computed from them.
  const readValues = (indicators: readonly string[]) =>
    context.cache.get(`index-values:${indicators.join(',')}`, fingerprint, () =>
      readIndexValues(context.store, indicators),
    );
  return context.cache.get(`index:${JSON.stringify(query)}`, fingerprint, () =>
    computeInnovationIndex(context.store, query, readValues),
  );
}
