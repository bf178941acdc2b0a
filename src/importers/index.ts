import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegiokrachtError } from '../domain/errors.js';
import type { Store } from '../storage/store.js';
import { CORDIS_KIND, cordisImporter } from './cordis/cordis-importer.js';
import { EUROSTAT_KIND, eurostatImporter } from './eurostat/eurostat-importer.js';
import { GEO_KIND, geoImporter } from './geo/geo-importer.js';
import type { ImportProgress, ImportSummary, Importer } from './importer.js';
import { CBS_PLACES_KIND, cbsPlacesImporter } from './nl/cbs-places-importer.js';
import { runImport } from './run-import.js';
import { TERCET_KIND, tercetImporter } from './tercet/tercet-importer.js';
import { uncompressedSize } from './text/uncompressed-size.js';
import { loadCost, secondsLeft, type LoadPosition } from './time-left.js';
import { actorsTemplateImporter } from './templates/actors-template.js';
import { clustersTemplateImporter } from './templates/clusters-template.js';
import { contactPointsTemplateImporter } from './templates/contact-points-template.js';
import { fundsTemplateImporter } from './templates/funds-template.js';
import { goodPracticesTemplateImporter } from './templates/good-practices-template.js';
import { indicatorsTemplateImporter } from './templates/indicators-template.js';
import { participationsTemplateImporter } from './templates/participations-template.js';

export type { ImportProgress, ImportSummary, Importer } from './importer.js';
export { ImportRefusedError } from './import-refused-error.js';
export { formatPosition, type LoadPosition } from './time-left.js';
export { runImport, type RunImportOptions, type Clock } from './run-import.js';
export { createEurostatImporter } from './eurostat/eurostat-importer.js';
export {
  actorPlacementRate,
  placeActors,
  unplacedActors,
  type UnplacedActor,
} from './placement/actor-placement.js';
import type { AuditActor } from '../domain/audit-actor.js';

/** Every importer by its kind name, as `regiokracht import --kind <kind>` names them. */
export const IMPORTERS: Readonly<Record<string, Importer>> = {
  [EUROSTAT_KIND]: eurostatImporter,
  [CORDIS_KIND]: cordisImporter,
  [CBS_PLACES_KIND]: cbsPlacesImporter,
  [TERCET_KIND]: tercetImporter,
  [GEO_KIND]: geoImporter,
  actors: actorsTemplateImporter,
  clusters: clustersTemplateImporter,
  funds: fundsTemplateImporter,
  'contact-points': contactPointsTemplateImporter,
  'good-practices': goodPracticesTemplateImporter,
  indicators: indicatorsTemplateImporter,
  participations: participationsTemplateImporter,
};

/** The TERCET copy in shared/data that is damaged on purpose (for robustness tests). */
export const DAMAGED_TERCET_FILES: readonly string[] = ['pc2024_NL_NUTS-2024_v2.0.csv'];

/** What importing a data directory did: a summary per file, and files that were refused. */
export interface DataDirectoryImport {
  readonly summaries: readonly ImportSummary[];
  readonly refused: readonly {
    readonly file: string;
    readonly kind: string;
    readonly error: RegiokrachtError;
  }[];
  /** Files of the layout that the directory lacks. */
  readonly missing: readonly string[];
}

export interface ImportDataDirectoryOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly clock?: () => Date;
  /**
   * Called after each file, for a log line: its summary, its place among the files and the time
   * the load has left (at the pace so far, by bytes decompressed).
   */
  readonly onFile?: (summary: ImportSummary, position: LoadPosition) => void;
  /** Called after each refused file, with its place among the files and the time left. */
  readonly onRefused?: (file: string, error: RegiokrachtError, position: LoadPosition) => void;
  /** Who the audit trail names for the imports; `system` when absent. */
  readonly actor?: AuditActor;
}

/**
 * Imports everything in a data directory laid out like shared/data, in an order that needs no
 * second pass: the CBS place table (nl/), the GISCO TERCET postcode files (official/tercet/,
 * except the damaged copy), the Eurostat long files (eurostat/) and the Eurostat files in the
 * publishers' formats (official/eurostat_tsv/ with tgs_2011/, eurostat_jsonstat/,
 * eurostat_sdmxcsv/), then CORDIS: organisations with their addresses first (placed as they are
 * written), then the participations, then the programme parts. Converter tables are read from
 * nuts_conversion/. The NUTS regions must be loaded first (`regiokracht init` does that).
 *
 * Each file is its own all-or-nothing import; a refused file is reported in `refused` and the
 * others still load. Files the directory lacks are listed in `missing`.
 */
export async function importDataDirectory(
  store: Store,
  dataDir: string,
  options: ImportDataDirectoryOptions = {},
): Promise<DataDirectoryImport> {
  const plan: { kind: string; file: string }[] = [];
  const missing: string[] = [];
  const want = (kind: string, ...path: string[]) => {
    const file = join(dataDir, ...path);
    if (existsSync(file)) plan.push({ kind, file });
    else missing.push(file);
  };
  const all = async (
    kind: string,
    dir: string[],
    pattern: RegExp,
    except: readonly string[] = [],
  ) => {
    const path = join(dataDir, ...dir);
    if (!existsSync(path)) {
      missing.push(path);
      return;
    }
    for (const name of (await readdir(path)).sort()) {
      if (pattern.test(name) && !except.includes(name)) plan.push({ kind, file: join(path, name) });
    }
  };
  want(CBS_PLACES_KIND, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv');
  await all(TERCET_KIND, ['official', 'tercet'], /\.csv$/i, DAMAGED_TERCET_FILES);
  want(EUROSTAT_KIND, 'eurostat', 'eurostat_regional_innovation_indicators_long.csv');
  want(EUROSTAT_KIND, 'eurostat', 'eurostat_nuts2_2016_indicators_2007_2018_long.csv');
  await all(EUROSTAT_KIND, ['official', 'eurostat_tsv'], /\.tsv(\.gz)?$/i);
  await all(EUROSTAT_KIND, ['official', 'eurostat_tsv', 'tgs_2011'], /\.tsv(\.gz)?$/i);
  await all(EUROSTAT_KIND, ['official', 'eurostat_jsonstat'], /\.json(\.gz)?$/i);
  await all(EUROSTAT_KIND, ['official', 'eurostat_sdmxcsv'], /\.csv(\.gz)?$/i);
  want(CORDIS_KIND, 'cordis', 'h2020_organisations_2017_odfest.csv');
  want(CORDIS_KIND, 'cordis', 'h2020_participations_eunets.csv.gz');
  want(CORDIS_KIND, 'cordis', 'h2020_programme_parts_eunets.csv.gz');

  const summaries: ImportSummary[] = [];
  const refused: { file: string; kind: string; error: RegiokrachtError }[] = [];
  const nutsConversionDir = join(dataDir, 'nuts_conversion');
  const onProgress = options.onProgress;
  // Each file weighed by what it costs to load, for the progress and the time left.
  const costs = await Promise.all(
    plan.map(async (p) => loadCost(p.kind, p.file, await uncompressedSize(p.file))),
  );
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  let before = 0;
  const loadStarted = performance.now();
  for (const [index, { kind, file }] of plan.entries()) {
    const importer = IMPORTERS[kind] as Importer;
    const cost = costs[index] ?? 0;
    const fileStarted = performance.now();
    const position = (): LoadPosition => {
      const now = performance.now();
      const elapsed = (now - loadStarted) / 1000;
      return {
        file: index + 1,
        files: plan.length,
        done: before + cost,
        total,
        elapsed,
        fileSeconds: (now - fileStarted) / 1000,
        secondsLeft: secondsLeft(elapsed, before + cost, total),
      };
    };
    try {
      const summary = await runImport(store, importer, file, {
        nutsConversionDir: existsSync(nutsConversionDir) ? nutsConversionDir : undefined,
        ...(onProgress
          ? {
              onProgress: (p: ImportProgress) =>
                onProgress({
                  ...p,
                  overall: {
                    file: index + 1,
                    files: plan.length,
                    done: before + (p.bytesTotal > 0 ? (cost * p.bytesRead) / p.bytesTotal : 0),
                    total,
                  },
                }),
            }
          : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.actor ? { actor: options.actor } : {}),
      });
      summaries.push(summary);
      options.onFile?.(summary, position());
    } catch (error) {
      const code = (error as RegiokrachtError).code;
      if (code !== 'IMPORT_REFUSED' && code !== 'DATA_FILE_INVALID') throw error;
      refused.push({ file, kind, error: error as RegiokrachtError });
      options.onRefused?.(file, error as RegiokrachtError, position());
    }
    before += cost;
  }
  return { summaries, refused, missing };
}
