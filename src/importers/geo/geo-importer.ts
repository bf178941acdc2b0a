import { geometryProblem } from '../../core/geo/geometry-problem.js';
import { topojsonFeatures, type Topology } from '../../core/geo/topojson-features.js';
import type { Row } from '../../storage/store.js';
import { giscoFeature, giscoScaleOf, type GiscoRegion } from '../gisco-nuts.js';
import { COROP_NUTS3 } from '../nl/corop-nuts3.js';
import type { ImportContext, Importer } from '../importer.js';
import { CBS_GEO_DATASET, CBS_PROVINCE_NUTS2, CBS_SCALE, GISCO_DATASET } from './geo-datasets.js';

export const GEO_KIND = 'geo';

/**
 * Boundaries: a GISCO NUTS GeoJSON file (`NUTS_RG_<scale>_2021_4326_LEVL_<n>.geojson[.gz]`, any
 * level and scale, or a `NUTS_LB_` label file: regions without area), or a CBS TopoJSON file of
 * provinces, COROP areas or municipalities (`rubriek` provincie, coropgebied, gemeente). A row is
 * a feature (numbered from 1); every feature is checked (fields, numeric coordinates within
 * range, closed rings, no feature twice, every region code known: loaded already, or, when the
 * import allows new regions (`--new-regions`), with its parent loaded or in the file) before the
 * file is written.
 */
export const geoImporter: Importer = {
  kind: GEO_KIND,
  description:
    'boundaries: GISCO NUTS GeoJSON (any level and scale, .geojson or .geojson.gz) or CBS TopoJSON of provinces, COROP areas and municipalities',
  async run(ctx) {
    const reader = await ctx.openLines();
    const lines: string[] = [];
    for await (const batch of reader.batches()) lines.push(...batch);
    const text = lines.join('\n');
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      ctx.refuseFile(1, '(file)', `not valid JSON (${(error as Error).message})`);
    }
    const type = (data as { type?: unknown } | null)?.type;
    if (type === 'Topology') return importCbsTopology(ctx, data as Topology);
    const features = (data as { features?: unknown }).features;
    if (type !== 'FeatureCollection' || !Array.isArray(features)) {
      ctx.refuseFile(
        1,
        'type',
        `${JSON.stringify(type)}: expected a GISCO NUTS GeoJSON FeatureCollection or a CBS TopoJSON Topology`,
      );
    }
    return importGiscoNuts(ctx, features as unknown[]);
  },
};

async function importGiscoNuts(ctx: ImportContext, features: readonly unknown[]): Promise<void> {
  ctx.setFormat('gisco-nuts-geojson');
  ctx.rowsRead(features.length);
  const name = ctx.file.split('/').pop() ?? ctx.file;
  const scale = giscoScaleOf(name);
  const read = features.map(giscoFeature);
  const inFile = new Set(read.flatMap((r) => ('field' in r ? [] : [String(r.region.code)])));
  const known = new Set(
    (await ctx.tx.db.selectFrom('regions').select('code').execute()).map((r) => r.code),
  );
  const seen = new Map<string, number>();
  const regions: GiscoRegion[] = [];
  read.forEach((r, i) => {
    const feature = i + 1;
    if ('field' in r) return ctx.refuse(feature, r.field, r.reason);
    const code = String(r.region.code);
    const first = seen.get(code);
    if (first !== undefined)
      return ctx.refuse(feature, 'NUTS_ID', `${code} again: feature ${first} has it already`);
    seen.set(code, feature);
    const parent = r.region.parent_code as string | null;
    if (parent !== null && !inFile.has(parent) && !known.has(parent))
      return ctx.refuse(
        feature,
        'NUTS_ID',
        `${code}: its parent region ${parent} is unknown; import the level ${Number(r.region.level) - 1} file first (or name it before this one)`,
      );
    if (!known.has(code) && !ctx.allowNewRegions)
      return ctx.refuse(
        feature,
        'NUTS_ID',
        `${code} is not a loaded region; \`regiokracht init\` loads NUTS 2021, and --new-regions lets this file add regions`,
      );
    const geometry = (features[i] as { geometry?: unknown }).geometry;
    const problem = geometry === null || geometry === undefined ? null : geometryProblem(geometry);
    if (problem) return ctx.refuse(feature, 'geometry', `${code}: ${problem}`);
    regions.push(r);
  });
  if (ctx.refusing) return;
  await ctx.useDataset(GISCO_DATASET);
  const byLevel = regions
    .map((r): Row => ({ ...r.region, source_id: GISCO_DATASET.id }))
    .sort((a, b) => Number(a.level) - Number(b.level));
  await ctx.upsert('regions', ['code'], byLevel);
  const withArea = regions.filter((r) => r.geometry !== null);
  if (scale === null) {
    if (withArea.length > 0)
      ctx.note(
        `no map scale (60M, 20M, 03M) in the file name ${name}: regions taken, boundaries left out`,
      );
    return;
  }
  await ctx.upsert(
    'region_geometries',
    ['region_code', 'scale'],
    withArea.map((r) => ({
      region_code: String(r.region.code),
      scale,
      geojson: r.geometry,
      source_id: GISCO_DATASET.id,
    })),
  );
  ctx.note(`${withArea.length} boundaries at scale ${scale}`);
}

const CBS_KINDS = ['provincie', 'coropgebied', 'gemeente'] as const;

async function importCbsTopology(ctx: ImportContext, topology: Topology): Promise<void> {
  const objects = Object.keys(topology.objects ?? {});
  if (!Array.isArray(topology.arcs) || objects.length !== 1)
    ctx.refuseFile(
      1,
      'objects',
      `expected a CBS TopoJSON topology with arcs and one object, found ${objects.length} objects`,
    );
  const features = topojsonFeatures(topology, objects[0]!);
  ctx.rowsRead(features.length);
  const kinds = new Set(features.map((f) => String(f.properties.rubriek ?? '')));
  const kind = CBS_KINDS.find((k) => kinds.size === 1 && kinds.has(k));
  if (!kind)
    ctx.refuseFile(
      1,
      'rubriek',
      `${[...kinds].join(', ') || 'none'}: expected one of ${CBS_KINDS.join(', ')} for every feature`,
    );
  ctx.setFormat(`cbs-topojson-${kind}`);
  const db = ctx.tx.db;
  const regions = new Set(
    (await db.selectFrom('regions').select('code').execute()).map((r) => r.code),
  );
  const municipalities = await db
    .selectFrom('municipalities')
    .select(['code', 'name', 'corop_code', 'nuts3_code'])
    .execute();
  if (kind === 'gemeente' && municipalities.length === 0)
    ctx.refuseFile(
      1,
      'statcode',
      'no municipalities are loaded to give these boundaries to; import the CBS place table (cbs-places) first',
    );
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const seen = new Map<string, number>();
  const geometries: Row[] = [];
  const municipalityRows: Row[] = [];
  features.forEach((f, i) => {
    const feature = i + 1;
    const code = String(f.properties.statcode ?? f.id ?? '');
    if (code === '') return ctx.refuse(feature, 'statcode', 'missing');
    const first = seen.get(code);
    if (first !== undefined)
      return ctx.refuse(feature, 'statcode', `${code} again: feature ${first} has it already`);
    seen.set(code, feature);
    const { geometry, dropped } = withoutCollapsedRings(f.geometry);
    if (dropped > 0)
      ctx.skip('ring of fewer than four positions (an islet collapsed by quantisation)', code);
    const problem = geometryProblem(geometry);
    if (problem) return ctx.refuse(feature, 'geometry', `${code}: ${problem}`);
    const geojson = JSON.stringify(geometry);
    if (kind === 'gemeente') {
      if (!/^GM\d{4}$/.test(code))
        return ctx.refuse(feature, 'statcode', `${code} is not a CBS municipality code (GM0153)`);
      const m = byCode.get(code);
      if (!m)
        return ctx.skip('municipality not in the CBS place table (merged or renamed since)', code);
      municipalityRows.push({ code, name: m.name, geojson, source_id: CBS_GEO_DATASET.id });
      return;
    }
    const nuts = kind === 'provincie' ? CBS_PROVINCE_NUTS2[code] : COROP_NUTS3[code]?.nuts3;
    if (nuts === undefined)
      return ctx.refuse(
        feature,
        'statcode',
        kind === 'provincie'
          ? `${code} is not a CBS province code (PV20-PV31)`
          : `${code} is not a CBS COROP code (CR01-CR40)`,
      );
    if (!regions.has(nuts))
      return ctx.refuse(
        feature,
        'statcode',
        `${code} is NUTS region ${nuts}, which is not loaded; import the GISCO NUTS files first`,
      );
    geometries.push({
      region_code: nuts,
      scale: CBS_SCALE,
      geojson,
      source_id: CBS_GEO_DATASET.id,
    });
  });
  if (ctx.refusing) return;
  await ctx.useDataset(CBS_GEO_DATASET);
  if (kind === 'gemeente') {
    await ctx.upsert('municipalities', ['code'], municipalityRows);
    ctx.note(`${municipalityRows.length} municipal boundaries`);
  } else {
    await ctx.upsert('region_geometries', ['region_code', 'scale'], geometries);
    ctx.note(`${geometries.length} boundaries of NUTS regions at scale ${CBS_SCALE}`);
  }
}

/**
 * A quantised topology turns islets smaller than its grid into rings of fewer than four positions;
 * they are left out (holes and polygons alike), a polygon whose outer ring goes with it.
 */
function withoutCollapsedRings(geometry: { type: string; coordinates: unknown } | null): {
  geometry: { type: string; coordinates: unknown } | null;
  dropped: number;
} {
  if (geometry === null || geometry.type === 'Point') return { geometry, dropped: 0 };
  let dropped = 0;
  const polygon = (rings: unknown[][]): unknown[][] | null => {
    if ((rings[0]?.length ?? 0) < 4) {
      dropped += rings.length;
      return null;
    }
    const kept = rings.filter((r) => r.length >= 4);
    dropped += rings.length - kept.length;
    return kept;
  };
  if (geometry.type === 'Polygon') {
    const kept = polygon(geometry.coordinates as unknown[][]);
    return { geometry: kept ? { type: 'Polygon', coordinates: kept } : null, dropped };
  }
  const polygons = (geometry.coordinates as unknown[][][])
    .map(polygon)
    .filter((p): p is unknown[][] => p !== null);
  return { geometry: { type: 'MultiPolygon', coordinates: polygons }, dropped };
}
