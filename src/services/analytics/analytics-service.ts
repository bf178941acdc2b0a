import { RegiokrachtError } from '../../domain/errors.js';
import { indicatorLabelsById } from '../indicators/indicator-names.js';
import type { Store } from '../../storage/store.js';
import { loadAnalyticsData, type AnalyticsData, type RegionInfo } from './analytics-data.js';
import { deriveData, type DerivedData } from './derived-data.js';
import { FigureCache } from './figure-cache.js';
import { StoredFigures } from './stored-figures.js';
import { HELIX_SYNERGY_DEFAULTS } from '../../core/helix/helix-synergy.js';
import { provenanceFingerprint, tableSources, type FigureSource } from './provenance.js';
import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import {
  ALL_REFERENCE,
  isKeyAreaMeasure,
  KEY_AREA_MEASURES,
  keyAreaMatrix,
  type KeyAreaMeasure,
} from './key-area-activity.js';
import { projectKeyAreas } from './project-key-areas.js';
import {
  clustersMethod,
  helixMethod,
  indexMethod,
  keyAreasMethod,
  networkMethod,
  nextVisitMethod,
  partnersMethod,
  similarMethod,
} from './analytics-methods.js';
import { NO_METHOD, type MethodText } from '../sources/method-text.js';
import { keyAreaColumns, type KeyAreaColumns } from './key-area-columns.js';
import { regionUnclassifiedActivity } from './region-unclassified-activity.js';
import {
  indexReport,
  regionIndexReport,
  type IndexReport,
  type RegionIndexReport,
} from './index-report.js';
import {
  computeInnovationIndex,
  DEFAULT_INDEX_INDICATORS,
  defaultEdition,
  latestCompleteYear,
  nearestIndexedYear,
  type IndexComputation,
} from './innovation-index.js';
import { EDITION_LAG_YEARS } from '../../core/index/edition-values.js';
import type { NextVisitWeights } from '../../core/connect/region-next-visit-scores.js';
import {
  NEXT_VISIT_SETTING,
  nextVisitReport,
  parseNextVisitWeights,
  type NextVisitReport,
} from './next-visit.js';
import { regionPopulations } from './region-populations.js';
import { regionClusters, type RegionClusters } from './region-clusters.js';
import { regionHelix, regionHelixNotMeasured, type RegionHelix } from './region-helix.js';
import { regionPartners, type RegionPartners } from './region-partners.js';
import { regionSimilar, type RegionSimilar } from './region-similar.js';
// The network measures (graphology, Louvain) load when a network is computed, not to read one.
import type { RegionNetwork } from './region-network.js';
import type { FigureComputer } from './figure-computer.js';
import { regionKeyAreas, type RegionKeyAreas } from './region-key-areas.js';
import type { AuditActor } from '../../domain/audit-actor.js';
import { recordAudit } from '../../storage/record-audit.js';
import {
  coverageStatement,
  measureStatus,
  type CoverageStatement,
  type MeasureStatus,
  type TextLang,
} from './measure-status.js';
import {
  projectsPeriod,
  regionPlacement,
  type FigurePeriod,
  type RegionPlacement,
} from './region-placement.js';

/** The taxonomy used when none is asked for. */
export const DEFAULT_TAXONOMY = 'topsectoren-2011';

/** What every computed figure carries: where its numbers come from. */
export interface Sourced {
  readonly source: FigureSource;
}

/** What a figure built from placed participations carries: whether it is measured, and why not. */
export type Measured = MeasureStatus;

/** What topic 1 and 2 figures carry besides: the data's coverage and the projects' years. */
export interface Covered extends MeasureStatus {
  readonly coverage: CoverageStatement;
  readonly period: FigurePeriod | null;
}

export interface AnalyticsInputs {
  readonly data: AnalyticsData;
  readonly derived: DerivedData;
  readonly fingerprint: string;
}

/**
 * The small tables every method checks its arguments against (regions, key areas), read once per
 * fingerprint: enough to answer from stored figures without reading the analytics inputs.
 */
export interface AnalyticsCatalogue {
  readonly fingerprint: string;
  readonly regions: ReadonlyMap<string, RegionInfo>;
  readonly keyAreas: readonly { readonly id: string; readonly taxonomy_id: string }[];
}

export interface AnalyticsServiceOptions {
  /** Keep computed figures in the `figures` table and read them from there (default true). */
  readonly storeFigures?: boolean;
  /** Computes networks and helix intervals for seeds not stored (default: on the calling thread). */
  readonly figureComputer?: FigureComputer;
}

/**
 * The three topics' figures: reads through the store, computes with the core, and keeps each
 * result under the provenance fingerprint of the data, in memory and in the `figures` table, so
 * that figures are recomputed only when their inputs change. Every call reads the current
 * fingerprint (two small queries) and the region and key-area lists; the analytics inputs (the
 * participations and everything derived from them) are read only when a figure must be computed.
 */
export class AnalyticsService {
  readonly figures: StoredFigures | null;
  readonly cache: FigureCache;
  private readonly figureComputer: FigureComputer | undefined;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
    options: AnalyticsServiceOptions = {},
  ) {
    this.figures = options.storeFigures === false ? null : new StoredFigures(store, now);
    this.cache = new FigureCache(this.figures);
    this.figureComputer = options.figureComputer;
  }

  /** The analytics inputs for the current data (read once per fingerprint). */
  async inputs(): Promise<AnalyticsInputs> {
    const fingerprint = await provenanceFingerprint(this.store);
    return this.cache.get('inputs', fingerprint, async () => {
      const data = await loadAnalyticsData(this.store);
      return { data, derived: deriveData(data), fingerprint };
    });
  }

  /** The current fingerprint with the region and key-area lists (read once per fingerprint). */
  async catalogue(): Promise<AnalyticsCatalogue> {
    const fingerprint = await provenanceFingerprint(this.store);
    return this.cache.get('catalogue', fingerprint, async () => {
      const [regions, keyAreas] = await Promise.all([
        this.store.db
          .selectFrom('regions')
          .select(['code', 'kind', 'level', 'name_nl', 'name_en', 'country_code', 'parent_code'])
          .execute(),
        this.store.db
          .selectFrom('key_areas')
          .select(['id', 'taxonomy_id'])
          .orderBy('taxonomy_id')
          .orderBy('position')
          .execute(),
      ]);
      return { fingerprint, regions: new Map(regions.map((r) => [r.code, r])), keyAreas };
    });
  }

  /**
   * A figure kept in memory and in the `figures` table under `key` (the method and its options)
   * and the current `fingerprint`; `compute` runs only when neither holds it. Any method whose
   * result is JSON can be materialised through it.
   */
  figure<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    return this.cache.figure(key, fingerprint, compute);
  }

  /** Throws NOT_FOUND unless `code` is a known region; returns its canonical code. */
  regionCode(known: AnalyticsCatalogue | AnalyticsInputs, code: string): string {
    const regions = 'data' in known ? known.data.regions : known.regions;
    const canonical = code.trim().toUpperCase();
    if (regions.size === 0) {
      throw new RegiokrachtError(
        'NOT_FOUND',
        `the database ${this.store.location} holds no regions yet: run \`regiokracht init\` first, or check --db (REGIOKRACHT_DB)`,
      );
    }
    if (!regions.has(canonical)) {
      throw new RegiokrachtError(
        'NOT_FOUND',
        `no region with code ${code}; use a NUTS code such as NL213 or a country code such as NL`,
      );
    }
    return canonical;
  }

  /** Topic 1: helix composition and triple-helix synergy T of a region. */
  async helix(
    code: string,
    options: { resamples?: number; seed?: number; lang?: TextLang } = {},
  ): Promise<RegionHelix & Covered & Sourced> {
    const known = await this.catalogue();
    const region = this.regionCode(known, code);
    const { lang = 'en', ...synergy } = options;
    return this.figure(
      `helix:${region}:${synergy.resamples ?? HELIX_SYNERGY_DEFAULTS.resamples}:${synergy.seed ?? HELIX_SYNERGY_DEFAULTS.seed}:${lang}`,
      known.fingerprint,
      async () => {
        const inputs = await this.inputs();
        const placement = await this.placement(inputs, region);
        const figures = {
          ...(placement.measurability.available
            ? await regionHelix(inputs.data, inputs.derived, region, synergy, this.figureComputer)
            : regionHelixNotMeasured(region)),
          source: await this.participationSource(helixMethod()),
        };
        return this.covered(figures, inputs, region, placement, lang);
      },
    );
  }

  /** Topic 1: the collaboration network of a region's organisations, measured. */
  async network(
    code: string,
    options: { seed?: number; keyArea?: string; lang?: TextLang } = {},
  ): Promise<RegionNetwork & Covered & Sourced> {
    const known = await this.catalogue();
    const region = this.regionCode(known, code);
    const lang = options.lang ?? 'en';
    const keyArea = options.keyArea
      ? known.keyAreas.find((k) => k.id === options.keyArea)
      : undefined;
    if (options.keyArea && !keyArea) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `unknown key area ${options.keyArea}; use an id such as topsectoren-2011/htsm`,
      );
    }
    return this.figure(
      `network:${region}:${options.seed ?? 1}:${keyArea?.id ?? ''}:${lang}`,
      known.fingerprint,
      async () => {
        const inputs = await this.inputs();
        const placement = await this.placement(inputs, region);
        const { regionNetwork, regionNetworkNotMeasured } = await import('./region-network.js');
        const figures = {
          ...(!placement.measurability.available
            ? regionNetworkNotMeasured(region, keyArea?.id ?? null)
            : await regionNetwork(
                inputs.data,
                inputs.derived,
                region,
                options.seed ?? 1,
                keyArea
                  ? {
                      id: keyArea.id,
                      projects: new Set(
                        [...projectKeyAreas(inputs.data, keyArea.taxonomy_id)]
                          .filter(([, areas]) =>
                            areas.some((a) => a.keyArea === keyArea.id && a.weight > 0),
                          )
                          .map(([project]) => project),
                      ),
                    }
                  : null,
                this.figureComputer,
              )),
          source: await this.participationSource(networkMethod()),
        };
        return this.covered(figures, inputs, region, placement, lang);
      },
    );
  }

  /** The region's collaboration network as GEXF 1.2draft (opens in Gephi and NetworkX). */
  async networkGexf(code: string, options: { keyArea?: string } = {}): Promise<string> {
    const inputs = await this.inputs();
    const network = await this.network(code, options);
    const { regionNetworkGexf } = await import('./region-network.js');
    return regionNetworkGexf(network, (id) => inputs.data.actors.get(id)?.region_code ?? null);
  }

  /** Topic 2: activity, share of the national total and location quotient per key area. */
  async keyAreas(
    code: string,
    options: { taxonomy?: string; measure?: string; reference?: string; lang?: TextLang } = {},
  ): Promise<RegionKeyAreas & Covered & Sourced> {
    const known = await this.catalogue();
    const region = this.regionCode(known, code);
    const lang = options.lang ?? 'en';
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    const measure = this.checkTaxonomyMeasure(known, taxonomy, options.measure ?? 'participations');
    const reference = options.reference?.toUpperCase();
    if (reference && reference !== ALL_REFERENCE) this.regionCode(known, reference);
    // The country is the default reference: asking for it by name is the same figure.
    const referenceKey = reference ?? known.regions.get(region)!.country_code;
    return this.figure(
      `keyareas:${region}:${taxonomy}:${measure}:${referenceKey}:${lang}`,
      known.fingerprint,
      async () => {
        const inputs = await this.inputs();
        const placement = await this.placement(inputs, region);
        const matrix = await this.keyAreaMatrix(taxonomy, measure as KeyAreaMeasure);
        const columns = await this.keyAreaColumns(taxonomy);
        const unclassified = regionUnclassifiedActivity(
          inputs.data,
          columns.projects,
          region,
          measure as KeyAreaMeasure,
        );
        const result = regionKeyAreas(inputs.data, matrix, region, columns, unclassified, {
          taxonomy,
          measure: measure as KeyAreaMeasure,
          ...(reference ? { reference } : {}),
          measured: placement.measurability.available,
        });
        const figures = {
          ...result,
          source: await this.participationSource(
            keyAreasMethod({
              measure: measure as KeyAreaMeasure,
              classification: result.classification,
              country: result.country,
              reference: result.reference,
            }),
          ),
        };
        return this.covered(figures, inputs, region, placement, lang);
      },
    );
  }

  /**
   * Topic 3: the composite index of every region of a level, for every edition (default) or every
   * year held (`mode: 'year'`).
   */
  async indexComputation(
    options: {
      level?: number;
      reference?: string;
      indicators?: readonly string[];
      mode?: 'edition' | 'year';
      lag?: number;
    } = {},
    /** The catalogue the caller already holds, so that one request reads the fingerprint once. */
    known?: AnalyticsCatalogue,
  ): Promise<IndexComputation> {
    const fingerprint = (known ?? (await this.catalogue())).fingerprint;
    const defaultSet = !options.indicators?.length;
    const query = {
      level: options.level ?? 2,
      reference: options.reference ?? 'EU',
      indicators: defaultSet ? DEFAULT_INDEX_INDICATORS : options.indicators!,
      mode: options.mode ?? 'year',
      lag: options.lag ?? EDITION_LAG_YEARS,
      defaultSet,
    };
    if (![1, 2, 3].includes(query.level))
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `--level ${query.level}: the index is computed at NUTS level 1, 2 or 3`,
      );
    if (!Number.isInteger(query.lag) || query.lag < 0 || query.lag > 10)
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `--lag ${query.lag}: the lag window is a whole number of years from 0 to 10`,
      );
    return this.cache.get(`index:${JSON.stringify(query)}`, fingerprint, () =>
      computeInnovationIndex(this.store, query),
    );
  }

  /**
   * Topic 3: the index of every region of a level in one edition (default: the latest edition in
   * which every indicator of the set has data), or in one year when `year` is given.
   */
  async index(
    options: {
      level?: number;
      year?: number;
      edition?: number;
      lag?: number;
      reference?: string;
      indicators?: readonly string[];
      country?: string;
    } = {},
  ): Promise<IndexReport & Sourced> {
    if (options.year !== undefined && options.edition !== undefined)
      throw new RegiokrachtError(
        'INVALID_INPUT',
        'choose either an edition (--edition) or a single year (--year), not both',
      );
    const mode = options.year !== undefined ? 'year' : 'edition';
    const known = await this.catalogue();
    const key = {
      level: options.level ?? 2,
      mode,
      asked: options.year ?? options.edition ?? null,
      lag: options.lag ?? null,
      reference: options.reference ?? 'EU',
      indicators: options.indicators?.length ? options.indicators : DEFAULT_INDEX_INDICATORS,
      country: options.country?.toUpperCase() ?? null,
    };
    return this.figure(`index-report:${JSON.stringify(key)}`, known.fingerprint, async () => {
      const computation = await this.indexComputation({ ...options, mode }, known);
      const asked = options.year ?? options.edition;
      const word = mode === 'edition' ? 'edition' : 'year';
      const years = computation.result.years;
      if (asked !== undefined && !years.includes(asked)) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          years.length === 0
            ? `no ${word} ${asked}: no indicator values held (import Eurostat indicators first)`
            : `unknown ${word} ${asked}; ${word}s run from ${years[0]} to ${years.at(-1)}`,
        );
      }
      const year =
        asked ??
        (mode === 'edition'
          ? defaultEdition(computation)
          : (latestCompleteYear(computation, 'NL') ?? years.at(-1))) ??
        years.at(-1);
      if (year === undefined) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          'no index: no indicator values held (import Eurostat indicators first)',
        );
      }
      const country = options.country?.toUpperCase();
      const filter = country ? (r: string) => r.startsWith(country) : undefined;
      const report = indexReport(computation, year, filter);
      return {
        ...(report.regions.length > 0
          ? report
          : { ...report, no_result: noIndexReason(computation, report, year, filter, country) }),
        source: await this.indexSource(computation, known),
      };
    });
  }

  /**
   * Topic 3 for one region: its index, group, rank range and trend (NUTS3 regions get their
   * province's), in an edition (default: the latest) or in one year when `year` is given.
   */
  async regionIndex(
    code: string,
    options: { year?: number; edition?: number; lag?: number; reference?: string } = {},
  ): Promise<RegionIndexReport & Sourced> {
    const known = await this.catalogue();
    const region = this.regionCode(known, code);
    const info = known.regions.get(region)!;
    const computedFor = info.level >= 2 ? region.slice(0, 4) : region;
    const level = Math.min(Math.max(info.level, 1), 2);
    const mode = options.year !== undefined ? 'year' : 'edition';
    const asked = options.year ?? options.edition;
    return this.figure(
      `region-index:${region}:${mode}:${asked ?? ''}:${options.lag ?? ''}:${options.reference ?? ''}`,
      known.fingerprint,
      async () => {
        const computation = await this.indexComputation(
          {
            level,
            mode,
            ...(options.lag !== undefined ? { lag: options.lag } : {}),
            ...(options.reference ? { reference: options.reference } : {}),
          },
          known,
        );
        if (asked !== undefined && !computation.result.years.includes(asked))
          throw new RegiokrachtError(
            'INVALID_INPUT',
            `unknown ${mode} ${asked}; ${mode}s run from ${computation.result.years[0] ?? '–'} to ${computation.result.years.at(-1) ?? '–'}`,
          );
        const year =
          asked ??
          (mode === 'edition'
            ? defaultEdition(computation)
            : latestCompleteYear(computation, info.country_code)) ??
          computation.result.years.at(-1) ??
          null;
        return {
          ...regionIndexReport(computation, region, computedFor, year),
          source: await this.indexSource(computation, known),
        };
      },
    );
  }

  private async indexSource(
    c: IndexComputation,
    known?: AnalyticsCatalogue,
  ): Promise<FigureSource> {
    const fingerprint = (known ?? (await this.catalogue())).fingerprint;
    const base = await this.cache.get(
      `source:indicators:${c.result.indicators.join(',')}`,
      fingerprint,
      () =>
        tableSources(this.store, 'indicator_values', NO_METHOD, {
          indicatorIds: c.result.indicators,
        }),
    );
    const named = await indicatorLabelsById(this.store, c.result.indicators);
    return {
      ...base,
      ...indexMethod({
        indicators: c.result.indicators.map((id) => named.get(id) ?? { name_en: id, name_nl: id }),
        mode: c.query.mode,
        lag: c.query.lag,
        reference: c.referenceCode,
      }),
    };
  }

  private checkTaxonomyMeasure(
    catalogue: AnalyticsCatalogue,
    taxonomy: string,
    measure: string,
  ): KeyAreaMeasure {
    if (!catalogue.keyAreas.some((k) => k.taxonomy_id === taxonomy)) {
      const known = [...new Set(catalogue.keyAreas.map((k) => k.taxonomy_id))].join(', ');
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `unknown taxonomy ${taxonomy}; use one of ${known}`,
      );
    }
    if (!isKeyAreaMeasure(measure)) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `unknown measure ${measure}; use one of ${Object.keys(KEY_AREA_MEASURES).join(', ')}`,
      );
    }
    return measure;
  }

  /** Topic 3: spearheads and their key-area coverage, cluster stars per key area, investment funds. */
  async clusters(
    code: string,
    options: { taxonomy?: string; measure?: string; lang?: TextLang } = {},
  ): Promise<RegionClusters & Measured & Sourced> {
    const known = await this.catalogue();
    const region = this.regionCode(known, code);
    const lang = options.lang ?? 'en';
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    const measure = this.checkTaxonomyMeasure(known, taxonomy, options.measure ?? 'participations');
    return this.figure(
      `clusters:${region}:${taxonomy}:${measure}:${lang}`,
      known.fingerprint,
      async () => {
        const inputs = await this.inputs();
        const placement = await this.placement(inputs, region);
        const matrix = await this.keyAreaMatrix(taxonomy, measure);
        const clusters = await this.store.db
          .selectFrom('clusters')
          .select(['id', 'name_nl', 'name_en', 'description', 'source_id'])
          .where('region_code', '=', region)
          .orderBy('id')
          .execute();
        const weights = clusters.length
          ? await this.store.db
              .selectFrom('cluster_key_areas')
              .select(['cluster_id', 'key_area_id', 'weight'])
              .where(
                'cluster_id',
                'in',
                clusters.map((c) => c.id),
              )
              .execute()
          : [];
        const funds = await this.store.db
          .selectFrom('funds')
          .select([
            'id',
            'name',
            'size_eur',
            'instruments',
            'target_sectors',
            'manager',
            'url',
            'source_id',
          ])
          .where('status', '=', 'published')
          .where('region_code', 'in', [
            region,
            ...(region.length > 2 ? [region.slice(0, 4), region.slice(0, 3)] : []),
          ])
          .orderBy('id')
          .execute();
        const spearheads = clusters.map((c) => ({
          ...c,
          key_areas: weights
            .filter((w) => w.cluster_id === c.id)
            .map((w) => ({ key_area: w.key_area_id, weight: w.weight })),
        }));
        return {
          ...regionClusters(inputs.data, matrix, region, spearheads, funds, {
            taxonomy,
            measure,
            columns: await this.keyAreaColumns(taxonomy),
          }),
          ...(placement.measurability.available ? {} : { compared_with: [], stars: [] }),
          ...measureStatus(placement, lang),
          source: await this.participationSource(clustersMethod(measure)),
        };
      },
    );
  }

  /** Connecting regions: similar and complementary regions by key-area profile, explained in words. */
  async similar(
    code: string,
    options: { taxonomy?: string; measure?: string; limit?: number; lang?: TextLang } = {},
  ): Promise<RegionSimilar & Measured & Sourced> {
    const known = await this.catalogue();
    const region = this.regionCode(known, code);
    const lang = options.lang ?? 'en';
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    const measure = this.checkTaxonomyMeasure(known, taxonomy, options.measure ?? 'participations');
    return this.figure(
      `similar:${region}:${taxonomy}:${measure}:${options.limit ?? ''}:${lang}`,
      known.fingerprint,
      async () => {
        const inputs = await this.inputs();
        const placement = await this.placement(inputs, region);
        const matrix = await this.keyAreaMatrix(taxonomy, measure);
        return {
          ...regionSimilar(inputs.data, matrix, region, {
            taxonomy,
            measure,
            columns: await this.keyAreaColumns(taxonomy),
            ...(options.limit ? { limit: options.limit } : {}),
          }),
          ...(placement.measurability.available ? {} : { regions: [] }),
          ...measureStatus(placement, lang),
          source: await this.participationSource(similarMethod(measure)),
        };
      },
    );
  }

  /** Connecting regions: organisations elsewhere active in the same key areas and not yet linked. */
  async partners(
    code: string,
    options: { taxonomy?: string; scope?: string; limit?: number; lang?: TextLang } = {},
  ): Promise<RegionPartners & Measured & Sourced> {
    const known = await this.catalogue();
    const region = this.regionCode(known, code);
    const lang = options.lang ?? 'en';
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    this.checkTaxonomyMeasure(known, taxonomy, 'participations');
    const scope = options.scope?.toUpperCase();
    if (scope) this.regionCode(known, scope);
    return this.figure(
      `partners:${region}:${taxonomy}:${scope ?? ''}:${options.limit ?? ''}:${lang}`,
      known.fingerprint,
      async () => {
        const inputs = await this.inputs();
        const placement = await this.placement(inputs, region);
        return {
          ...regionPartners(
            inputs.data,
            inputs.derived,
            projectKeyAreas(inputs.data, taxonomy),
            region,
            {
              taxonomy,
              ...(scope ? { scope } : {}),
              ...(options.limit ? { limit: options.limit } : {}),
            },
          ),
          ...(placement.measurability.available ? {} : { organisations: [] }),
          ...measureStatus(placement, lang),
          source: await this.participationSource(partnersMethod()),
        };
      },
    );
  }

  /** The saved weights of the next-visit score (the defaults until someone saves others). */
  async nextVisitWeights(): Promise<NextVisitWeights> {
    const row = await this.store.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', NEXT_VISIT_SETTING)
      .executeTakeFirst();
    return parseNextVisitWeights(row?.value);
  }

  /** Saves the weights of the next-visit score; the audit trail names `actor`. */
  async saveNextVisitWeights(weights: NextVisitWeights, actor?: AuditActor): Promise<void> {
    const values = Object.values(weights);
    if (values.some((w) => !Number.isFinite(w) || w < 0) || values.every((w) => w === 0)) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        'next-visit weights must be numbers >= 0, not all 0',
      );
    }
    await this.store.transaction(async (tx) => {
      const before = await tx.db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', NEXT_VISIT_SETTING)
        .executeTakeFirst();
      await tx.upsert(
        'settings',
        ['key'],
        [{ key: NEXT_VISIT_SETTING, value: JSON.stringify(weights) }],
      );
      await recordAudit(
        tx.db,
        actor,
        {
          action: 'update',
          entity: 'setting',
          entityId: NEXT_VISIT_SETTING,
          before: before ? (JSON.parse(before.value) as unknown) : null,
          after: weights,
        },
        this.now(),
      );
    });
  }

  /** The ranking of regions for the next visit, each score split into its weighted parts. */
  async nextVisit(
    options: {
      level?: number;
      country?: string;
      taxonomy?: string;
      weights?: Partial<NextVisitWeights>;
      excludeVisitedWithinMonths?: number;
    } = {},
  ): Promise<NextVisitReport & Sourced> {
    const known = await this.catalogue();
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    this.checkTaxonomyMeasure(known, taxonomy, 'participations');
    const level = options.level ?? 3;
    const weights = { ...(await this.nextVisitWeights()), ...options.weights };
    const asOf = this.now().toISOString().slice(0, 10);
    const key = {
      level,
      country: (options.country ?? 'NL').toUpperCase(),
      taxonomy,
      asOf,
      weights,
      excludeVisitedWithinMonths: options.excludeVisitedWithinMonths ?? 12,
    };
    // The saved weights and the day are part of the key: the score depends on both.
    return this.figure(`next-visit:${JSON.stringify(key)}`, known.fingerprint, async () => {
      const inputs = await this.inputs();
      const matrix = await this.keyAreaMatrix(taxonomy, 'participations');
      const index = await this.indexComputation({ level: 2 }, known).catch(() => null);
      // Below the province level, strength and gaps use the region's own values where held.
      const ownLevel =
        level > 2 ? await this.indexComputation({ level }, known).catch(() => null) : null;
      const visits = await this.store.db
        .selectFrom('visits')
        .select(['region_code', 'date'])
        .where('status', '!=', 'cancelled')
        .execute();
      const clusters = await this.store.db
        .selectFrom('cluster_key_areas as c')
        .innerJoin('clusters as cl', 'cl.id', 'c.cluster_id')
        .select(['cl.region_code', 'c.key_area_id'])
        .execute();
      const spearheadKeyAreas = new Map<string, string[]>();
      for (const c of clusters)
        spearheadKeyAreas.set(c.region_code, [
          ...(spearheadKeyAreas.get(c.region_code) ?? []),
          c.key_area_id,
        ]);
      // The connect part needs the region-to-region network: built only when it is weighed.
      const connectOf = weights.connect
        ? await this.cache.get(
            `next-visit-connect:${level}:${key.country}:${taxonomy}`,
            inputs.fingerprint,
            async () => {
              const { regionsConnect } = await import('./missing-links.js');
              const { linkNetwork } = await import('./link-network.js');
              const network = await this.cache.get(
                `link-network:${key.country}:${level}`,
                inputs.fingerprint,
                () => Promise.resolve(linkNetwork(inputs.data, key.country, level)),
              );
              const regions = [...inputs.data.regions.values()]
                .filter(
                  (r) => r.level === level && r.country_code === key.country && r.kind === 'nuts',
                )
                .map((r) => r.code);
              return regionsConnect(inputs.data, matrix, network, regions);
            },
          )
        : undefined;
      return {
        ...nextVisitReport(inputs.data, matrix, index, {
          level,
          country: (options.country ?? 'NL').toUpperCase(),
          taxonomy,
          asOf,
          weights,
          excludeVisitedWithinMonths: options.excludeVisitedWithinMonths ?? 12,
          visits,
          spearheadKeyAreas,
          columnOf: (await this.keyAreaColumns(taxonomy)).columnOf,
          ...(connectOf ? { connectOf } : {}),
          ...(ownLevel ? { ownLevelValues: ownLevel.levelValues } : {}),
          populations: await regionPopulations(
            this.store,
            [...inputs.data.regions.values()]
              .filter((r) => r.level === level && r.country_code === key.country)
              .map((r) => r.code),
          ),
        }),
        source: await this.participationSource(nextVisitMethod()),
      };
    });
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
  private placement(inputs: AnalyticsInputs, region: string): Promise<RegionPlacement> {
    // It depends on the region's country and level only: one pass over the participations each.
    const info = inputs.data.regions.get(region);
    const scope = `${info?.country_code ?? region.slice(0, 2)}:${info?.level ?? region.length - 2}`;
    return this.cache.get(`placement:${scope}`, inputs.fingerprint, () =>
      Promise.resolve(regionPlacement(inputs.data, region)),
    );
  }

  /** The status, coverage and period of a region's topic 1 or 2 figures, in `lang` (default en). */
  async regionCoverage(code: string, lang: TextLang = 'en'): Promise<Covered> {
    const known = await this.catalogue();
    const region = this.regionCode(known, code);
    // Materialised like the figures it stands beside: computing it reads the analytics inputs.
    return this.figure(`coverage:${region}:${lang}`, known.fingerprint, async () => {
      const inputs = await this.inputs();
      return this.covered({}, inputs, region, await this.placement(inputs, region), lang);
    });
  }

  private covered<T extends object>(
    figures: T,
    inputs: AnalyticsInputs,
    region: string,
    placement: RegionPlacement,
    lang: TextLang = 'en',
  ): T & Covered {
    const measured = placement.measurability.available;
    return {
      ...figures,
      ...measureStatus(placement, lang),
      coverage: coverageStatement(placement, lang),
      period: measured
        ? projectsPeriod(inputs.data, inputs.derived.projectsByRegion.get(region) ?? [])
        : null,
    };
  }

  /** The data sets and imports behind the participations, read once per provenance. */
  private async participationSource(method: MethodText): Promise<FigureSource> {
    const fingerprint = (await this.catalogue()).fingerprint;
    const base = await this.cache.get('source:participations', fingerprint, () =>
      tableSources(this.store, 'participations', NO_METHOD),
    );
    return { ...base, ...method };
  }
}

/**
 * Why a year or edition lists no region (for the country asked for): the indicators its regions
 * lack, and the nearest year or edition that lists some.
 */
function noIndexReason(
  c: IndexComputation,
  report: IndexReport,
  year: number,
  filter: ((region: string) => boolean) | undefined,
  country: string | undefined,
): { reason: string; nearest: number | null } {
  const word = c.query.mode === 'edition' ? 'edition' : 'year';
  const where = country ? `no region of ${country}` : 'no region';
  const need = Math.ceil((2 / 3) * report.indicators.length - 1e-9);
  const lacking = report.indicators.filter((i) =>
    report.left_out.every((l) => l.missing.includes(i)),
  );
  const window = c.query.mode === 'edition' ? ` (data of ${year - c.query.lag}-${year})` : '';
  const reason =
    report.left_out.length === 0
      ? `${where} at NUTS ${report.level} is known`
      : `${where} at NUTS ${report.level} has its own values for ${need} of the ${report.indicators.length} indicators in ${word} ${year}${window}` +
        (lacking.length > 0 ? `; none of them has data for ${lacking.join(', ')}` : '');
  return { reason, nearest: nearestIndexedYear(c, year, filter) };
}
