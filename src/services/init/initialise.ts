import { stat } from 'node:fs/promises';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import { loadStarterContent } from '../starter/load-starter-content.js';
import { findGiscoFiles, loadNutsRegions, type RegionLoadSummary } from './load-regions.js';

export interface InitOptions {
  readonly dataDir: string;
  readonly now: () => Date;
  readonly log: (line: string) => void;
}

export interface InitSummary {
  readonly regions: RegionLoadSummary;
  readonly starter: { inserted: number; updated: number };
}

/** Checks that the data directory exists and can be read; says how to fix it when not. */
export async function checkDataDir(dataDir: string): Promise<void> {
  const info = await stat(dataDir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new RegiokrachtError(
      'DATA_DIR_MISSING',
      `data directory ${dataDir} not found; pass --data-dir or set REGIOKRACHT_DATA_DIR (e.g. ../shared/data), or run \`regiokracht data pull\``,
    );
  }
}

/** Loads the NUTS regions and the starter content into the store. Safe to run again. */
export async function initialise(store: Store, options: InitOptions): Promise<InitSummary> {
  await checkDataDir(options.dataDir);
  const files = await findGiscoFiles(options.dataDir);
  options.log(
    `Loading NUTS 2021 regions from ${files.length} GISCO files in ${options.dataDir}/geo`,
  );
  const regions = await loadNutsRegions(store, files, options.now);
  options.log(
    `  ${regions.regions} regions, ${regions.geometries} geometries (${regions.inserted} new, ${regions.updated} changed)`,
  );
  const starter = await loadStarterContent(store, options.now);
  options.log(`Starter content: ${starter.inserted} new, ${starter.updated} changed`);
  return { regions, starter };
}
