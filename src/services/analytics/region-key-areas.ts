import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import { regionLocationQuotient } from '../../core/keyareas/region-location-quotient.js';
import { regionNationalShare } from '../../core/keyareas/region-national-share.js';
import type { AnalyticsData } from './analytics-data.js';
import { KEY_AREA_MEASURES, type KeyAreaMeasure } from './key-area-activity.js';

export interface RegionKeyAreaRow {
  key_area: string;
  code: string;
  name_nl: string;
  name_en: string;
  /** Null when the region cannot be measured (see its status). */
  value: number | null;
  share_of_national: number | null;
  lq: number | null;
  /** Why share or LQ is null, when one is. */
  note: string | null;
}

export interface RegionKeyAreas {
  region: string;
  country: string;
  taxonomy: string;
  measure: KeyAreaMeasure;
  unit: string;
  reference: string;
  region_total: number | null;
  areas: RegionKeyAreaRow[];
}

/**
 * Topic 2 for a region: its activity per key area of a taxonomy, its share of the national total
 * x(r,k)/x(country,k), and the location quotient against a reference area (the country by
 * default, `ALL` for the whole data set, or any region). Rows missing from the matrix have no
 * classified activity: zeros. A region the data cannot measure (`measured: false`) gets null
 * values, never zeros.
 */
export function regionKeyAreas(
  data: AnalyticsData,
  matrix: ActivityMatrix,
  region: string,
  options: { taxonomy: string; measure: KeyAreaMeasure; reference?: string; measured?: boolean },
): RegionKeyAreas {
  const measured = options.measured ?? true;
  const country = data.regions.get(region)?.country_code ?? region.slice(0, 2);
  const reference = options.reference ?? country;
  const keyAreas = data.keyAreas.filter((k) => k.taxonomy_id === options.taxonomy);
  const row = matrix.regionIndex.get(region);
  const has = (code: string) => matrix.regionIndex.has(code);
  return {
    region,
    country,
    taxonomy: options.taxonomy,
    measure: options.measure,
    unit: KEY_AREA_MEASURES[options.measure].unit,
    reference,
    region_total: !measured ? null : row === undefined ? 0 : (matrix.totals[row] ?? 0),
    areas: keyAreas.map((k) => {
      if (!measured)
        return {
          key_area: k.id,
          code: k.code,
          name_nl: k.name_nl,
          name_en: k.name_en,
          value: null,
          share_of_national: null,
          lq: null,
          note: null,
        };
      const j = matrix.keyAreaIndex.get(k.id);
      const share =
        row !== undefined && has(country)
          ? regionNationalShare(matrix, region, k.id, { region: country })
          : null;
      const lq =
        row !== undefined && has(reference)
          ? regionLocationQuotient(matrix, region, k.id, { region: reference })
          : null;
      const notes = [
        share?.reason,
        lq?.reason,
        row === undefined ? 'no classified activity in the region' : null,
      ];
      return {
        key_area: k.id,
        code: k.code,
        name_nl: k.name_nl,
        name_en: k.name_en,
        value: row === undefined || j === undefined ? 0 : (matrix.values[row]?.[j] ?? 0),
        share_of_national: share?.value ?? null,
        lq: lq?.value ?? null,
        note: notes.filter((n): n is string => typeof n === 'string').join(', ') || null,
      };
    }),
  };
}
