import type { AreaGeometry } from '../../core/geo/simplify-geometry.js';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import { indicatorValues } from '../indicators/indicator-service.js';
import { regionGeometries } from '../regions/geometry-service.js';
import { exportSource, type ExportSource } from './export-source.js';
import { boundariesMethod } from '../sources/source-methods.js';
import { countryScope } from './region-scope.js';

export interface RegionsGeoJsonQuery {
  readonly indicator: string;
  /** NUTS level 0-3 (default 2). */
  readonly level?: number | undefined;
  /** The year of the values (default: the latest year with a value at that level and country). */
  readonly year?: number | undefined;
  readonly country?: string | undefined;
  /** Map scale of the boundaries: 60M, 20M or 03M (default per level, as the map uses). */
  readonly scale?: string | undefined;
  /** Simplification tolerance in degrees (default per level; 0 = as stored). */
  readonly tolerance?: number | undefined;
}

export interface RegionFeatureProperties {
  code: string;
  name_nl: string;
  name_en: string;
  value: number | null;
  unit: string;
  flags: string | null;
}

/** The regions of a level with one indicator's value in one year, as GeoJSON with its sources. */
export interface RegionsGeoJson {
  type: 'FeatureCollection';
  indicator: { id: string; name_nl: string; name_en: string; unit: string };
  level: number;
  country: string | null;
  year: number | null;
  /** Every year with a value at this level (and country). */
  years: number[];
  /** The map scale of the boundaries. */
  scale: string;
  /** Where the values come from: data sets, import runs (file, checksum, time), method. */
  source: ExportSource;
  /** Where the boundaries come from. */
  geometry_source: ExportSource;
  features: {
    type: 'Feature';
    id: string;
    properties: RegionFeatureProperties;
    geometry: AreaGeometry;
  }[];
}

/**
 * Every region of a NUTS level (and country) with its stored boundary and the indicator's value
 * in the year asked for (or the latest year with a value). Regions without a value are kept, with
 * value null, so that a map shows them as "no data". Unknown indicators or countries are
 * NOT_FOUND.
 */
export async function regionsGeoJson(
  store: Store,
  query: RegionsGeoJsonQuery,
): Promise<RegionsGeoJson> {
  const level = query.level ?? 2;
  if (!Number.isInteger(level) || level < 0 || level > 3) {
    throw new RegiokrachtError('INVALID_INPUT', `level ${level}: use a NUTS level from 0 to 3`);
  }
  const country =
    query.country === undefined ? undefined : await countryScope(store, query.country);
  const values = await indicatorValues(store, query.indicator, {
    level,
    year: query.year,
    country,
  });
  const geometry = await regionGeometries(store, {
    level,
    country,
    scale: query.scale,
    tolerance: query.tolerance,
  });
  const byRegion = new Map(values.values.map((v) => [v.region, v]));
  const [source, geometrySource] = await Promise.all([
    exportSource(
      store,
      {
        datasets: values.source.datasets.map((d) => d.id),
        imports: values.source.imports.map((i) => i.id),
      },
      values.source,
    ),
    exportSource(
      store,
      { datasets: [geometry.source_id], imports: [] },
      boundariesMethod(geometry.scale),
    ),
  ]);
  return {
    type: 'FeatureCollection',
    indicator: {
      id: values.indicator,
      name_nl: values.name_nl,
      name_en: values.name_en,
      unit: values.unit,
    },
    level,
    country: country ?? null,
    year: values.year,
    years: values.years,
    scale: geometry.scale,
    source,
    geometry_source: geometrySource,
    features: geometry.features.map((f) => {
      const v = byRegion.get(f.id);
      return {
        type: 'Feature',
        id: f.id,
        properties: {
          ...f.properties,
          value: v?.value ?? null,
          unit: values.unit,
          flags: v?.flags ?? null,
        },
        geometry: f.geometry,
      };
    }),
  };
}
