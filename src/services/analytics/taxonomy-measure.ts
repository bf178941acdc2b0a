import { RegiokrachtError } from '../../domain/errors.js';
import type { AnalyticsCatalogue } from './analytics-catalogue.js';
import { isKeyAreaMeasure, KEY_AREA_MEASURES, type KeyAreaMeasure } from './key-area-activity.js';

/** The taxonomy used when none is asked for. */
export const DEFAULT_TAXONOMY = 'topsectoren-2011';

/** Throws INVALID_INPUT unless the catalogue knows `taxonomy` and `measure` is a key-area measure. */
export function checkTaxonomyMeasure(
  catalogue: AnalyticsCatalogue,
  taxonomy: string,
  measure: string,
): KeyAreaMeasure {
  if (!catalogue.keyAreas.some((k) => k.taxonomy_id === taxonomy)) {
    const known = [...new Set(catalogue.keyAreas.map((k) => k.taxonomy_id))].join(', ');
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `unknown taxonomy ${taxonomy}; use one of ${known}`,
    );
  }
  if (!isKeyAreaMeasure(measure)) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `unknown measure ${measure}; use one of ${Object.keys(KEY_AREA_MEASURES).join(', ')}`,
    );
  }
  return measure;
}
