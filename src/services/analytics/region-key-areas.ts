import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import { regionLocationQuotient } from '../../core/keyareas/region-location-quotient.js';
import { regionNationalShare } from '../../core/keyareas/region-national-share.js';
import type { AnalyticsData } from './analytics-data.js';
import { KEY_AREA_MEASURES, type KeyAreaMeasure } from './key-area-activity.js';
import type { KeyAreaColumns, KeyAreaMember } from './key-area-columns.js';
import {
  keyAreaNote,
  keyAreaNotMeasured,
  type KeyAreaNotMeasured,
  type KeyAreaNullReason,
} from './key-area-note.js';
import type { TextLang } from './measure-status.js';
import type { KeyAreaClassification } from './project-key-areas.js';
import type { UnclassifiedActivity } from './region-unclassified-activity.js';

export interface RegionKeyAreaRow {
  key_area: string;
  code: string;
  name_nl: string;
  name_en: string;
  /**
   * Null when the region cannot be measured (see its status) or no organisation is placed in it
   * (its coverage's `region_organisations` is 0; `note` says so).
   */
  value: number | null;
  share_of_national: number | null;
  lq: number | null;
  /** Why share or LQ is null, when one is; or which key areas are measured together; in the language asked for. */
  note: string | null;
  /**
   * The share and LQ that are null although the region is measured, each with its reason (code
   * and words in the language asked for); empty when both are measured or the region is not.
   */
  not_measured: KeyAreaNotMeasured[];
  /** The key areas measured in this row: one, or several the classification cannot tell apart. */
  members: KeyAreaMember[];
}

export interface RegionKeyAreas {
  region: string;
  country: string;
  taxonomy: string;
  /** What the projects are classified by: CORDIS legal-basis and topic codes, or programme parts. */
  classification: KeyAreaClassification;
  measure: KeyAreaMeasure;
  unit: string;
  reference: string;
  region_total: number | null;
  areas: RegionKeyAreaRow[];
  /** Activity classified into no key area of the taxonomy, beside the classified total. */
  unclassified: UnclassifiedActivity;
}

/**
 * Topic 2 for a region: its activity per key area of a taxonomy, its share of the national total
 * x(r,k)/x(country,k), and the location quotient against a reference area (the country by
 * default, `ALL` for the whole data set, or any region). One row per measured column: key areas
 * the classification cannot tell apart share one row, named after all of them. Rows missing from
 * the matrix have no classified activity: zeros. A region the data cannot measure
 * (`measured: false`), or in which no organisation is placed (`noPlaced`), gets null values,
 * never zeros.
 */
export function regionKeyAreas(
  data: AnalyticsData,
  matrix: ActivityMatrix,
  region: string,
  columns: KeyAreaColumns,
  unclassified: UnclassifiedActivity,
  options: {
    taxonomy: string;
    measure: KeyAreaMeasure;
    reference?: string;
    measured?: boolean;
    /**
     * No organisation is placed in the region: its values are null rather than 0 (the region's
     * organisations may be among those the data cannot place), and each row says why rather than
     * that the region has no classified activity (default false).
     */
    noPlaced?: boolean;
    /** The language of the notes; default en. */
    lang?: TextLang;
  },
): RegionKeyAreas {
  const measured = options.measured ?? true;
  const noPlaced = options.noPlaced ?? false;
  const country = data.regions.get(region)?.country_code ?? region.slice(0, 2);
  const reference = options.reference ?? country;
  const row = matrix.regionIndex.get(region);
  const has = (code: string) => matrix.regionIndex.has(code);
  return {
    region,
    country,
    taxonomy: options.taxonomy,
    classification: columns.classification,
    measure: options.measure,
    unit: KEY_AREA_MEASURES[options.measure].unit,
    reference,
    region_total: !measured || noPlaced ? null : row === undefined ? 0 : (matrix.totals[row] ?? 0),
    areas: columns.columns.map((k) => {
      if (!measured)
        return {
          key_area: k.key_area,
          code: k.code,
          name_nl: k.name_nl,
          name_en: k.name_en,
          value: null,
          share_of_national: null,
          lq: null,
          note: null,
          not_measured: [],
          members: k.members,
        };
      const j = matrix.keyAreaIndex.get(k.key_area);
      const share =
        row !== undefined && has(country)
          ? regionNationalShare(matrix, region, k.key_area, { region: country })
          : null;
      const lq =
        row !== undefined && has(reference)
          ? regionLocationQuotient(matrix, region, k.key_area, { region: reference })
          : null;
      return {
        key_area: k.key_area,
        code: k.code,
        name_nl: k.name_nl,
        name_en: k.name_en,
        value: noPlaced
          ? null
          : row === undefined || j === undefined
            ? 0
            : (matrix.values[row]?.[j] ?? 0),
        share_of_national: share?.value ?? null,
        lq: lq?.value ?? null,
        note: keyAreaNote(
          {
            shareReason: share?.reason ?? null,
            lqReason: lq?.reason ?? null,
            noActivity: row === undefined,
            noPlaced,
            members: k.members,
          },
          options.lang ?? 'en',
        ),
        not_measured: rowNotMeasured(
          row === undefined
            ? noPlaced
              ? 'no-placed-organisations'
              : 'no-classified-activity'
            : null,
          share?.value ?? null,
          share?.reason ?? null,
          lq?.value ?? null,
          lq?.reason ?? null,
          options.lang ?? 'en',
        ),
        members: k.members,
      };
    }),
    unclassified: !measured
      ? { value: null, share: null, note: null }
      : noPlaced
        ? { ...unclassified, value: null }
        : unclassified,
  };
}

/**
 * The share and LQ of a row that are null, with their reasons: why the region has no classified
 * activity (`noActivity`: none classified, or no organisation placed), else the core's reason (a
 * reference without a row has no activity at all).
 */
function rowNotMeasured(
  noActivity: 'no-classified-activity' | 'no-placed-organisations' | null,
  share: number | null,
  shareReason: KeyAreaNullReason | null,
  lq: number | null,
  lqReason: KeyAreaNullReason | null,
  lang: TextLang,
): KeyAreaNotMeasured[] {
  const out: KeyAreaNotMeasured[] = [];
  if (share === null)
    out.push(
      keyAreaNotMeasured(
        'share_of_national',
        noActivity ?? shareReason ?? 'reference-key-area-zero',
        lang,
      ),
    );
  if (lq === null)
    out.push(keyAreaNotMeasured('lq', noActivity ?? lqReason ?? 'reference-total-zero', lang));
  return out;
}
