import { stat } from 'node:fs/promises';
import { RegiokrachtError } from '../domain/errors.js';
import {
  formatPosition,
  importDataDirectory,
  type DataDirectoryImport,
  type ImportProgress,
} from '../importers/index.js';
import type { Store } from '../storage/store.js';
import { loadStarterContent } from '../services/starter/load-starter-content.js';
import { findGiscoFiles, loadNutsRegions, type RegionLoadSummary } from './load-regions.js';
import type { AuditActor } from '../domain/audit-actor.js';

export interface InitOptions {
  readonly dataDir: string;
  readonly now: () => Date;
  readonly log: (line: string) => void;
  /** Load the open data files too (Eurostat, CORDIS, CBS, TERCET); default true. */
  readonly openData?: boolean;
  /**
   * Load the starter good practices (documented in public sources, with their addresses);
   * default: with the open data.
   */
  readonly starterPractices?: boolean;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Who the audit trail names for the imports (`cli:<os user>` from `init`); `system` when absent. */
  readonly actor?: AuditActor;
}

export interface InitSummary {
  readonly regions: RegionLoadSummary;
  readonly starter: { inserted: number; updated: number };
  readonly openData: DataDirectoryImport | null;
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
  const starter = await loadStarterContent(store, options.now, {
    practices: options.starterPractices ?? options.openData !== false,
  });
  options.log(`Starter content: ${starter.inserted} new, ${starter.updated} changed`);
  if (options.openData === false) return { regions, starter, openData: null };
  options.log(`Loading the open data files in ${options.dataDir}`);
  const openData = await importDataDirectory(store, options.dataDir, {
    clock: options.now,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.actor ? { actor: options.actor } : {}),
    // One line per file as it is done, with its place among the files and the time left.
    onFile: (s, at) =>
      options.log(
        `  ${s.kind} ${s.file.split('/').pop()}: read ${s.read}, inserted ${s.inserted}, updated ${s.updated}${s.skipped ? `, skipped ${s.skipped}` : ''} in ${at.fileSeconds.toFixed(1)} s ${formatPosition(at)}`,
      ),
    onRefused: (file, error, at) =>
      options.log(`  refused ${file}: ${error.message} ${formatPosition(at)}`),
  });
  if (openData.missing.length)
    options.log(
      `  not in the data directory: ${openData.missing.map((m) => m.replace(`${options.dataDir}/`, '')).join(', ')}`,
    );
  return { regions, starter, openData };
}
