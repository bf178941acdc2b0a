import { activityRecordsMatrix } from '../../core/keyareas/activity-records-matrix.js';
import { regionLocationQuotient } from '../../core/keyareas/region-location-quotient.js';
import { regionNationalShare } from '../../core/keyareas/region-national-share.js';
import { regionContains, type AnalyticsData } from './analytics-data.js';
import { KEY_AREA_MEASURES, keyAreaActivity, type KeyAreaMeasure } from './key-area-activity.js';
import { projectKeyAreas } from './project-key-areas.js';

/** The reference `ALL` stands for every participant in the data (all countries). */
export const ALL_REFERENCE = 'ALL';

export interface RegionKeyAreaRow {
  key_area: string;
  code: string;
  name_nl: string;
  name_en: string;
  value: number;
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
  region_total: number;
  areas: RegionKeyAreaRow[];
}

/**
 * Topic 2 for a region: its activity per key area of a taxonomy, its share of the national total
 * x(r,k)/x(country,k), and the location quotient against a reference area (the country by
 * default, `ALL` for the whole data set, or any region).
 */
export function regionKeyAreas(
  data: AnalyticsData,
  region: string,
  options: { taxonomy: string; measure: KeyAreaMeasure; reference?: string },
): RegionKeyAreas {
  const country = data.regions.get(region)?.country_code ?? region.slice(0, 2);
  const reference = options.reference ?? country;
  const rows = [...new Set([region, country, reference])];
  const records = keyAreaActivity(data, projectKeyAreas(data, options.taxonomy), (actorRegion) =>
    rows.filter((row) => row === ALL_REFERENCE || regionContains(row, actorRegion)),
  );
  const keyAreas = data.keyAreas.filter((k) => k.taxonomy_id === options.taxonomy);
  const spec = KEY_AREA_MEASURES[options.measure];
  const matrix = activityRecordsMatrix(records, spec.measure, {
    regions: rows,
    keyAreas: keyAreas.map((k) => k.id),
  });
  const rowIndex = matrix.regionIndex.get(region)!;
  return {
    region,
    country,
    taxonomy: options.taxonomy,
    measure: options.measure,
    unit: spec.unit,
    reference,
    region_total: matrix.totals[rowIndex] ?? 0,
    areas: keyAreas.map((k, j) => {
      const share = regionNationalShare(matrix, region, k.id, { region: country });
      const lq = regionLocationQuotient(matrix, region, k.id, { region: reference });
      return {
        key_area: k.id,
        code: k.code,
        name_nl: k.name_nl,
        name_en: k.name_en,
        value: matrix.values[rowIndex]?.[j] ?? 0,
        share_of_national: share.value,
        lq: lq.value,
        note: [share.reason, lq.reason].filter((r) => r !== null).join(', ') || null,
      };
    }),
  };
}
