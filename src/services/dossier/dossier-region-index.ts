import { RegiokrachtError } from '../../domain/errors.js';
import type { AnalyticsService } from '../analytics/analytics-service.js';
import { PERFORMANCE_GROUPS } from '../analytics/index-report.js';
import type { RegionIndexReport } from '../analytics/region-index-report.js';
import type { FigureSource } from '../analytics/provenance.js';
import { notComputedMethod } from '../sources/source-methods.js';

/**
 * Topic 3's index of the region; when it cannot be computed (no indicators imported) an empty
 * report that says why in its source, so the dossier shows the section as empty.
 */
export async function dossierRegionIndex(
  analytics: AnalyticsService,
  region: string,
  level: number,
): Promise<RegionIndexReport & { source: FigureSource }> {
  try {
    return await analytics.regionIndex(region);
  } catch (error) {
    if (!(error instanceof RegiokrachtError) || error.code !== 'INVALID_INPUT') throw error;
    return {
      region,
      computed_for: level >= 2 ? region.slice(0, 4) : region,
      mode: 'edition',
      year: null,
      edition: null,
      lag: null,
      index: null,
      reason_code: 'no_year',
      reason: error.message,
      own_values: null,
      relative: null,
      group: null,
      band: null,
      rank: null,
      of: 0,
      rank_range: null,
      reference: 'EU27_2020',
      country: region.slice(0, 2),
      groups: PERFORMANCE_GROUPS,
      trend: [],
      indicators: [],
      source: { datasets: [], imports: [], ...notComputedMethod(error.message) },
    };
  }
}
