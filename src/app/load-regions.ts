import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { RegiokrachtError } from '../domain/errors.js';
import { giscoScaleOf, parseGiscoNuts, type GiscoRegion } from '../importers/gisco-nuts.js';
import type { Row, Store } from '../storage/store.js';
import { GISCO_DATASET } from '../importers/geo/geo-datasets.js';

export { GISCO_DATASET };

export interface RegionLoadSummary {
  readonly files: number;
  readonly regions: number;
  readonly geometries: number;
  readonly inserted: number;
  readonly updated: number;
}

/** GISCO NUTS 2021 files in `<dataDir>/geo`: regions (`NUTS_RG_*`, `NL_NUTS_RG_*`) and label points. */
export async function findGiscoFiles(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, 'geo');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new RegiokrachtError(
      'DATA_DIR_MISSING',
      `no geo/ folder in the data directory ${dataDir}; point --data-dir (or REGIOKRACHT_DATA_DIR) at a directory laid out like shared/data, or run \`regiokracht data pull\``,
    );
  }
  const files = names
    .filter((n) => /^(NL_)?NUTS_(RG|LB)_.*2021_4326_LEVL_[0-3]\.geojson(\.gz)?$/.test(n))
    .sort();
  if (files.length === 0) {
    throw new RegiokrachtError(
      'DATA_DIR_MISSING',
      `no GISCO NUTS 2021 GeoJSON files in ${dir}; run \`regiokracht data pull\` or copy them there`,
    );
  }
  return files.map((n) => join(dir, n));
}

/**
 * Loads the NUTS 2021 hierarchy, levels 0-3, with geometry per scale, in one transaction.
 * Every file is parsed and checked before anything is written, so a bad file changes nothing.
 */
export async function loadNutsRegions(
  store: Store,
  files: readonly string[],
  now: () => Date,
): Promise<RegionLoadSummary> {
  const parsed: { file: string; checksum: string; scale: string | null; regions: GiscoRegion[] }[] =
    [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new RegiokrachtError(
        'DATA_DIR_MISSING',
        `cannot read ${file} (${(error as Error).message})`,
        { cause: error },
      );
    }
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString(
      'utf8',
    );
    const name = file.split('/').pop() ?? file;
    parsed.push({
      file,
      checksum: createHash('sha256').update(bytes).digest('hex'),
      scale: giscoScaleOf(name),
      regions: parseGiscoNuts(file, text),
    });
  }

  const regions = new Map<string, Row>();
  const geometries = new Map<string, Row>();
  for (const p of parsed) {
    for (const r of p.regions) {
      const code = String(r.region.code);
      if (!regions.has(code)) regions.set(code, { ...r.region, source_id: GISCO_DATASET.id });
      if (p.scale && r.geometry) {
        geometries.set(`${code}|${p.scale}`, {
          region_code: code,
          scale: p.scale,
          geojson: r.geometry,
          source_id: GISCO_DATASET.id,
        });
      }
    }
  }
  const byLevel = [...regions.values()].sort((a, b) => Number(a.level) - Number(b.level));

  return store.transaction(async (tx) => {
    await tx.upsert('datasets', ['id'], [GISCO_DATASET]);
    const r = await tx.upsert('regions', ['code'], byLevel);
    const g = await tx.upsert(
      'region_geometries',
      ['region_code', 'scale'],
      [...geometries.values()],
    );
    const stamp = now().toISOString();
    await tx.upsert(
      'imports',
      ['id'],
      parsed.map((p) => ({
        id: `geo-gisco:${p.checksum.slice(0, 16)}`,
        dataset_id: GISCO_DATASET.id,
        kind: 'geo',
        file: p.file.split('/').pop() ?? p.file,
        checksum: p.checksum,
        started_at: stamp,
        finished_at: stamp,
        rows_read: p.regions.length,
        rows_inserted: 0,
        rows_updated: 0,
        rows_refused: 0,
        status: 'done',
      })),
    );
    return {
      files: parsed.length,
      regions: regions.size,
      geometries: geometries.size,
      inserted: r.inserted + g.inserted,
      updated: r.updated + g.updated,
    };
  });
}
