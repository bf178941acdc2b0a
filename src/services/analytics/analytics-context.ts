import { AsyncLocalStorage } from 'node:async_hooks';
import type { Store } from '../../storage/store.js';
import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import { loadAnalyticsData, type AnalyticsData } from './analytics-data.js';
import { readAnalyticsCatalogue, type AnalyticsCatalogue } from './analytics-catalogue.js';
import { deriveData, type DerivedData } from './derived-data.js';
import { FigureCache } from './figure-cache.js';
import type { FigureComputer } from './figure-computer.js';
import { keyAreaMatrix, type KeyAreaMeasure } from './key-area-activity.js';
import { keyAreaColumns, type KeyAreaColumns } from './key-area-columns.js';
import { knownRegionCode } from './known-region-code.js';
import { projectKeyAreas } from './project-key-areas.js';
import { provenanceFingerprint } from './provenance.js';
import { regionPlacement, type RegionPlacement } from './region-placement.js';
import { StoredFigures } from './stored-figures.js';

export interface AnalyticsInputs {
  readonly data: AnalyticsData;
  readonly derived: DerivedData;
  readonly fingerprint: string;
}

export interface AnalyticsContextOptions {
  /** Keep computed figures in the `figures` table and read them from there (default true). */
  readonly storeFigures?: boolean;
  /** Computes networks and helix intervals for seeds not stored (default: on the calling thread). */
  readonly figureComputer?: FigureComputer;
}

/** The store and fingerprint a figure is being computed under, through its computation's awaits. */
const computing = new AsyncLocalStorage<{ readonly store: Store; readonly fingerprint: string }>();

/**
 * What every figure starts from, each read once per provenance fingerprint: the catalogue, the
 * analytics inputs and the tables derived from them (key-area columns and matrices, placement).
 * The figure modules take it as their first argument.
 */
export class AnalyticsContext {
  readonly figures: StoredFigures | null;
  readonly cache: FigureCache;
  readonly figureComputer: FigureComputer | undefined;

  constructor(
    readonly store: Store,
    readonly now: () => Date = () => new Date(),
    options: AnalyticsContextOptions = {},
  ) {
    this.figures = options.storeFigures === false ? null : new StoredFigures(store, now);
    this.cache = new FigureCache(this.figures);
    this.figureComputer = options.figureComputer;
  }

  /**
   * The current fingerprint: inside a figure's computation the one the figure is kept under (its
   * inputs, catalogue and sources are those of that fingerprint, read once for the figure), else
   * read from the store.
   */
  private fingerprint(): Promise<string> {
    const scope = computing.getStore();
    return scope?.store === this.store
      ? Promise.resolve(scope.fingerprint)
      : provenanceFingerprint(this.store);
  }

  /** The analytics inputs for the current data (read once per fingerprint). */
  async inputs(): Promise<AnalyticsInputs> {
    const fingerprint = await this.fingerprint();
    return this.cache.get('inputs', fingerprint, async () => {
      const { regions } = await this.catalogueOf(fingerprint);
      const data = await loadAnalyticsData(this.store, regions);
      return { data, derived: deriveData(data), fingerprint };
    });
  }

  /** The current fingerprint with the region and key-area lists (read once per fingerprint). */
  async catalogue(): Promise<AnalyticsCatalogue> {
    return this.catalogueOf(await this.fingerprint());
  }

  private catalogueOf(fingerprint: string): Promise<AnalyticsCatalogue> {
    return this.cache.get('catalogue', fingerprint, () =>
      readAnalyticsCatalogue(this.store, fingerprint),
    );
  }

  /**
   * A figure kept in memory and in the `figures` table under `key` (the method and its options)
   * and the current `fingerprint`; `compute` runs only when neither holds it, and reads the
   * inputs, catalogue and sources under `fingerprint`.
   */
  figure<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    return this.cache.figure(key, fingerprint, () =>
      computing.run({ store: this.store, fingerprint }, compute),
    );
  }

  /** Throws NOT_FOUND unless `code` is a known region; returns its canonical code. */
  regionCode(known: AnalyticsCatalogue | AnalyticsInputs, code: string): string {
    const regions = 'data' in known ? known.data.regions : known.regions;
    return knownRegionCode(this.store.location, regions, code);
  }

  /**
   * The key-area matrix of every region at every level, for one taxonomy and measure (cached). Its
   * columns are the taxonomy's measured columns: key areas the classification cannot tell apart
   * are one column, under the id of their first member.
   */
  async keyAreaMatrix(taxonomy: string, measure: KeyAreaMeasure): Promise<ActivityMatrix> {
    const inputs = await this.inputs();
    const columns = await this.keyAreaColumns(taxonomy);
    return this.cache.get(`keyarea-matrix:${taxonomy}:${measure}`, inputs.fingerprint, () =>
      Promise.resolve(
        keyAreaMatrix(
          inputs.data,
          columns.projects,
          columns.columns.map((c) => c.key_area),
          measure,
        ),
      ),
    );
  }

  /** The columns a taxonomy can be measured in with the loaded classification (cached). */
  async keyAreaColumns(taxonomy: string): Promise<KeyAreaColumns> {
    const inputs = await this.inputs();
    return this.cache.get(`keyarea-columns:${taxonomy}`, inputs.fingerprint, () =>
      Promise.resolve(
        keyAreaColumns(inputs.data, projectKeyAreas(inputs.data, taxonomy), taxonomy),
      ),
    );
  }

  /** Where the loaded data places the participations of a region's country (cached). */
  placement(inputs: AnalyticsInputs, region: string): Promise<RegionPlacement> {
    // It depends on the region's country and level only: one pass over the participations each.
    const info = inputs.data.regions.get(region);
    const scope = `${info?.country_code ?? region.slice(0, 2)}:${info?.level ?? region.length - 2}`;
    return this.cache.get(`placement:${scope}`, inputs.fingerprint, () =>
      Promise.resolve(regionPlacement(inputs.data, region)),
    );
  }
}
