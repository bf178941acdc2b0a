import { RegiokrachtError, type RowError } from '../domain/errors.js';
import type { Row } from '../storage/store.js';
import { nlRegionNames } from './nl-region-names.js';

/** One NUTS region read from a GISCO NUTS GeoJSON file, with its geometry. */
export interface GiscoRegion {
  readonly region: Row;
  readonly geometry: string | null;
}

const NAME_FIELDS = ['NUTS_ID', 'LEVL_CODE', 'CNTR_CODE', 'NAME_LATN'] as const;

/**
 * Reads a GISCO NUTS GeoJSON FeatureCollection (any level, any scale; `NUTS_RG_*` regions or
 * `NUTS_LB_*` label points). Label points give regions but no geometry. Throws DATA_FILE_INVALID
 * naming the file, the feature and the field when the file is not such a collection.
 */
export function parseGiscoNuts(file: string, text: string): GiscoRegion[] {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new RegiokrachtError(
      'DATA_FILE_INVALID',
      `${file}: not valid JSON (${(error as Error).message}); replace it with the GISCO download`,
      { cause: error },
    );
  }
  const features = (data as { type?: unknown; features?: unknown }).features;
  if ((data as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw new RegiokrachtError(
      'DATA_FILE_INVALID',
      `${file}: not a GeoJSON FeatureCollection; expected a GISCO NUTS GeoJSON file`,
    );
  }
  const errors: RowError[] = [];
  const out: GiscoRegion[] = [];
  features.forEach((feature: unknown, index) => {
    const read = giscoFeature(feature);
    if ('field' in read) errors.push({ file, row: index + 1, ...read });
    else out.push(read);
  });
  if (errors.length > 0) {
    throw new RegiokrachtError(
      'DATA_FILE_INVALID',
      `${file}: ${errors.length} feature(s) refused; first: ${errors[0]!.field} ${errors[0]!.reason} (feature ${errors[0]!.row})`,
      {
        details: errors
          .slice(0, 100)
          .map((e) => `${e.file}: feature ${e.row}: ${e.field}: ${e.reason}`),
      },
    );
  }
  return out;
}

/**
 * One feature of a GISCO NUTS file as a region (with its area geometry, if it has one), or the
 * field that is wrong and why.
 */
export function giscoFeature(feature: unknown): GiscoRegion | { field: string; reason: string } {
  const f = feature as {
    properties?: Record<string, unknown>;
    geometry?: { type?: string } | null;
  };
  const p = f.properties ?? {};
  const missing = NAME_FIELDS.find(
    (name) => p[name] === undefined || p[name] === null || p[name] === '',
  );
  if (missing) {
    return {
      field: missing,
      reason: 'missing; every feature needs NUTS_ID, LEVL_CODE, CNTR_CODE and NAME_LATN',
    };
  }
  const code = String(p.NUTS_ID);
  const level = Number(p.LEVL_CODE);
  if (!/^[A-Z]{2}[0-9A-Z]{0,3}$/.test(code) || code.length !== level + 2) {
    return {
      field: 'NUTS_ID',
      reason: `"${code}" is not a NUTS code of level ${String(p.LEVL_CODE)}`,
    };
  }
  const latin = String(p.NAME_LATN);
  const national = String(p.NUTS_NAME ?? latin);
  const names = code.startsWith('NL')
    ? nlRegionNames(code, national)
    : { name_en: latin, name_nl: latin };
  const hasArea = f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
  return {
    region: {
      code,
      kind: 'nuts',
      level,
      nuts_version: '2021',
      name_en: names.name_en,
      name_nl: names.name_nl,
      name_latn: latin,
      country_code: String(p.CNTR_CODE),
      parent_code: level === 0 ? null : code.slice(0, -1),
    },
    geometry: hasArea ? JSON.stringify(f.geometry) : null,
  };
}

/** The map scale in a GISCO file name: NUTS_RG_20M_2021_4326_LEVL_2 -> '20M'. */
export function giscoScaleOf(fileName: string): string | null {
  return /NUTS_RG_(\d\dM)_/.exec(fileName)?.[1] ?? null;
}
