import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import { loadAnalyticsData, type AnalyticsData } from './analytics-data.js';
import { deriveData, type DerivedData } from './derived-data.js';
import { FigureCache } from './figure-cache.js';
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
  latestCompleteYear,
  type IndexComputation,
} from './innovation-index.js';
import type { NextVisitWeights } from '../../core/connect/region-next-visit-scores.js';
import {
  NEXT_VISIT_SETTING,
  nextVisitReport,
  parseNextVisitWeights,
  type NextVisitReport,
} from './next-visit.js';
import { regionClusters, type RegionClusters } from './region-clusters.js';
import { regionHelix, type RegionHelix } from './region-helix.js';
import { regionPartners, type RegionPartners } from './region-partners.js';
import { regionSimilar, type RegionSimilar } from './region-similar.js';
import { regionNetwork, regionNetworkGexf, type RegionNetwork } from './region-network.js';
import { regionKeyAreas, type RegionKeyAreas } from './region-key-areas.js';
import type { AuditActor } from '../../domain/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';

/** The taxonomy used when none is asked for. */
export const DEFAULT_TAXONOMY = 'topsectoren-2011';

/** What every computed figure carries: where its numbers come from. */
export interface Sourced {
  readonly source: FigureSource;
}

export interface AnalyticsInputs {
  readonly data: AnalyticsData;
  readonly derived: DerivedData;
  readonly fingerprint: string;
}

/**
 * The three topics' figures: reads through the store, computes with the core, and caches each
 * result under the provenance fingerprint of the data, so that figures are recomputed only when
 * their inputs change.
 */
export class AnalyticsService {
  readonly cache = new FigureCache();

  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The analytics inputs for the current data (read once per fingerprint). */
  async inputs(): Promise<AnalyticsInputs> {
    const fingerprint = await provenanceFingerprint(this.store);
    return this.cache.get('inputs', fingerprint, async () => {
      const data = await loadAnalyticsData(this.store);
      return { data, derived: deriveData(data), fingerprint };
    });
  }

  /** Throws NOT_FOUND unless `code` is a known region; returns its canonical code. */
  regionCode(inputs: AnalyticsInputs, code: string): string {
    const canonical = code.trim().toUpperCase();
    if (inputs.data.regions.size === 0) {
      throw new RegiokrachtError(
        'NOT_FOUND',
        `the database ${this.store.location} holds no regions yet: run \`regiokracht init\` first, or check --db (REGIOKRACHT_DB)`,
      );
    }
    if (!inputs.data.regions.has(canonical)) {
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
    options: { resamples?: number; seed?: number } = {},
  ): Promise<RegionHelix & Sourced> {
    const inputs = await this.inputs();
    const region = this.regionCode(inputs, code);
    return this.cache.get(
      `helix:${region}:${options.resamples ?? ''}:${options.seed ?? ''}`,
      inputs.fingerprint,
      async () => ({
        ...regionHelix(inputs.data, inputs.derived, region, options),
        source: await this.participationSource(
          'Projects with at least one participant located in the region; configuration = which of U (research, education), I (business), G (government) occur among those participants; T = H(U)+H(I)+H(G)-H(UI)-H(UG)-H(IG)+H(UIG) in millibits (Leydesdorff), 95% percentile bootstrap interval over projects (seeded).',
        ),
      }),
    );
  }

  /** Topic 1: the collaboration network of a region's organisations, measured. */
  async network(
    code: string,
    options: { seed?: number; keyArea?: string } = {},
  ): Promise<RegionNetwork & Sourced> {
    const inputs = await this.inputs();
    const region = this.regionCode(inputs, code);
    const keyArea = options.keyArea
      ? inputs.data.keyAreas.find((k) => k.id === options.keyArea)
      : undefined;
    if (options.keyArea && !keyArea) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `unknown key area ${options.keyArea}; use an id such as topsectoren-2011/htsm`,
      );
    }
    return this.cache.get(
      `network:${region}:${options.seed ?? 1}:${keyArea?.id ?? ''}`,
      inputs.fingerprint,
      async () => ({
        ...regionNetwork(
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
        ),
        source: await this.participationSource(
          'Organisations located in the region that take part in at least one project; linked when they share a project, weight = shared projects. Degree centrality = degree/(n-1); betweenness unweighted, normalised by 2/((n-1)(n-2)) as NetworkX; assortativity = NetworkX attribute assortativity by helix role; expected links per pair of roles under random mixing of link ends; Louvain communities (seeded); external links = linked organisations outside the region.',
        ),
      }),
    );
  }

  /** The region's collaboration network as GEXF 1.3 (opens in Gephi). */
  async networkGexf(code: string, options: { keyArea?: string } = {}): Promise<string> {
    const inputs = await this.inputs();
    const network = await this.network(code, options);
    return regionNetworkGexf(network, (id) => inputs.data.actors.get(id)?.region_code ?? null);
  }

  /** Topic 2: activity, share of the national total and location quotient per key area. */
  async keyAreas(
    code: string,
    options: { taxonomy?: string; measure?: string; reference?: string } = {},
  ): Promise<RegionKeyAreas & Sourced> {
    const inputs = await this.inputs();
    const region = this.regionCode(inputs, code);
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    if (!inputs.data.keyAreas.some((k) => k.taxonomy_id === taxonomy)) {
      const known = [...new Set(inputs.data.keyAreas.map((k) => k.taxonomy_id))].join(', ');
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `unknown taxonomy ${taxonomy}; use one of ${known}`,
      );
    }
    const measure = options.measure ?? 'participations';
    if (!isKeyAreaMeasure(measure)) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `unknown measure ${measure}; use one of ${Object.keys(KEY_AREA_MEASURES).join(', ')}`,
      );
    }
    const reference = options.reference?.toUpperCase();
    if (reference && reference !== ALL_REFERENCE) this.regionCode(inputs, reference);
    return this.cache.get(
      `keyareas:${region}:${taxonomy}:${measure}:${reference ?? ''}`,
      inputs.fingerprint,
      async () => {
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
        });
        return {
          ...result,
          source: await this.participationSource(
            `x(r,k) = ${KEY_AREA_MEASURES[measure as KeyAreaMeasure].describe}; projects classified by programme part through the editable mapping (programme_key_areas) or by hand; key areas that this classification cannot tell apart (each project classified into one is classified into the others in the same proportion) are measured together in one row; unclassified = activity in projects classified into no key area (ERC, MSCA, SME instrument ...), as a share of all the region's activity; share of national total = x(r,k)/x(${result.country},k); LQ = (x(r,k)/x(r))/(x(ref,k)/x(ref)) with ref = ${result.reference} and x(r) the activity classified into this taxonomy.`,
          ),
        };
      },
    );
  }

  /** Topic 3: the composite index of every region of a level and every year held. */
  async indexComputation(
    options: { level?: number; reference?: string; indicators?: readonly string[] } = {},
    /** The inputs the caller already holds, so that one request reads the fingerprint once. */
    known?: AnalyticsInputs,
  ): Promise<IndexComputation> {
    const fingerprint = (known ?? (await this.inputs())).fingerprint;
    const query = {
      level: options.level ?? 2,
      reference: options.reference ?? 'EU',
      indicators: options.indicators?.length ? options.indicators : DEFAULT_INDEX_INDICATORS,
    };
    if (![1, 2, 3].includes(query.level))
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `--level ${query.level}: the index is computed at NUTS level 1, 2 or 3`,
      );
    return this.cache.get(`index:${JSON.stringify(query)}`, fingerprint, () =>
      computeInnovationIndex(this.store, query),
    );
  }

  /**
   * Topic 3: the index of every region of a level in one year (default: the latest year in which
   * every Dutch region of that level has an index).
   */
  async index(
    options: {
      level?: number;
      year?: number;
      reference?: string;
      indicators?: readonly string[];
      country?: string;
    } = {},
  ): Promise<IndexReport & Sourced> {
    const computation = await this.indexComputation(options);
    const year =
      options.year ?? latestCompleteYear(computation, 'NL') ?? computation.result.years.at(-1);
    if (year === undefined || !computation.result.years.includes(year)) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `no index for year ${String(options.year)}; years held: ${computation.result.years.join(', ') || 'none (import Eurostat indicators first)'}`,
      );
    }
    const country = options.country?.toUpperCase();
    return {
      ...indexReport(computation, year, country ? (r) => r.startsWith(country) : undefined),
      source: await this.indexSource(computation),
    };
  }

  /** Topic 3 for one region: its index, group, rank range and trend (NUTS3 regions get their province's). */
  async regionIndex(
    code: string,
    options: { year?: number; reference?: string } = {},
  ): Promise<RegionIndexReport & Sourced> {
    const inputs = await this.inputs();
    const region = this.regionCode(inputs, code);
    const info = inputs.data.regions.get(region)!;
    const computedFor = info.level >= 2 ? region.slice(0, 4) : region;
    const level = Math.min(Math.max(info.level, 1), 2);
    const computation = await this.indexComputation(
      {
        level,
        ...(options.reference ? { reference: options.reference } : {}),
      },
      inputs,
    );
    const year =
      options.year ??
      latestCompleteYear(computation, info.country_code) ??
      computation.result.years.at(-1) ??
      null;
    return {
      ...regionIndexReport(computation, region, computedFor, year),
      source: await this.indexSource(computation, inputs),
    };
  }

  private async indexSource(c: IndexComputation, known?: AnalyticsInputs): Promise<FigureSource> {
    const fingerprint = (known ?? (await this.inputs())).fingerprint;
    const base = await this.cache.get(
      `source:indicators:${c.result.indicators.join(',')}`,
      fingerprint,
      () => tableSources(this.store, 'indicator_values', '', { indicatorIds: c.result.indicators }),
    );
    return {
      ...base,
      method: `Composite index after the Regional Innovation Scoreboard (PRODUCT.md topic 3, steps 1-9): indicators ${c.result.indicators.join(', ')}; a region-year needs own values for two thirds of them; gaps filled from the latest earlier year, else the nearest parent; outliers clipped at mean ± 3 sd; square root where skewness > 1; min-max over all regions and years; unweighted mean unless weights are set; relative performance = 100 x index / index of ${c.referenceCode}; groups leader > 125, strong 100-125, moderate 70-100, emerging < 70, each in three bands; rank range = ranks with each indicator left out in turn.`,
    };
  }

  private checkTaxonomyMeasure(
    inputs: AnalyticsInputs,
    taxonomy: string,
    measure: string,
  ): KeyAreaMeasure {
    if (!inputs.data.keyAreas.some((k) => k.taxonomy_id === taxonomy)) {
      const known = [...new Set(inputs.data.keyAreas.map((k) => k.taxonomy_id))].join(', ');
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
    options: { taxonomy?: string; measure?: string } = {},
  ): Promise<RegionClusters & Sourced> {
    const inputs = await this.inputs();
    const region = this.regionCode(inputs, code);
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    const measure = this.checkTaxonomyMeasure(
      inputs,
      taxonomy,
      options.measure ?? 'participations',
    );
    const matrix = await this.keyAreaMatrix(taxonomy, measure);
    const clusters = await this.store.db
      .selectFrom('clusters')
      .select(['id', 'name_nl', 'name_en', 'source_id'])
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
      source: await this.participationSource(
        `Cluster stars (European Cluster Observatory style) per key area, among the regions of the same level and country: size = activity in the top 10% of those regions; specialisation = LQ >= 2 against the country; focus = the key area's share of the region's activity in the top 10%. Activity = ${KEY_AREA_MEASURES[measure].describe}. Spearheads and funds: the region's own facts, each with its source.`,
      ),
    };
  }

  /** Connecting regions: similar and complementary regions by key-area profile, explained in words. */
  async similar(
    code: string,
    options: { taxonomy?: string; measure?: string; limit?: number } = {},
  ): Promise<RegionSimilar & Sourced> {
    const inputs = await this.inputs();
    const region = this.regionCode(inputs, code);
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    const measure = this.checkTaxonomyMeasure(
      inputs,
      taxonomy,
      options.measure ?? 'participations',
    );
    const matrix = await this.keyAreaMatrix(taxonomy, measure);
    return {
      ...regionSimilar(inputs.data, matrix, region, {
        taxonomy,
        measure,
        columns: await this.keyAreaColumns(taxonomy),
        ...(options.limit ? { limit: options.limit } : {}),
      }),
      source: await this.participationSource(
        `Cosine similarity of the regions' location-quotient vectors over the key areas (LQ against the country); complementary key areas: LQ >= 1 in one region and below 1 in the other. Activity = ${KEY_AREA_MEASURES[measure].describe}.`,
      ),
    };
  }

  /** Connecting regions: organisations elsewhere active in the same key areas and not yet linked. */
  async partners(
    code: string,
    options: { taxonomy?: string; scope?: string; limit?: number } = {},
  ): Promise<RegionPartners & Sourced> {
    const inputs = await this.inputs();
    const region = this.regionCode(inputs, code);
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    this.checkTaxonomyMeasure(inputs, taxonomy, 'participations');
    const scope = options.scope?.toUpperCase();
    if (scope) this.regionCode(inputs, scope);
    return this.cache.get(
      `partners:${region}:${taxonomy}:${scope ?? ''}:${options.limit ?? ''}`,
      inputs.fingerprint,
      async () => ({
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
        source: await this.participationSource(
          'Organisations located in the scope outside the region, active (participations summing to at least 1 after mapping weights) in a key area where an organisation of the region is active too, and sharing no project with it; ranked by shared key areas, then by the number of local organisations they could meet.',
        ),
      }),
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
    const inputs = await this.inputs();
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    this.checkTaxonomyMeasure(inputs, taxonomy, 'participations');
    const level = options.level ?? 3;
    const matrix = await this.keyAreaMatrix(taxonomy, 'participations');
    const index = await this.indexComputation({ level: 2 }).catch(() => null);
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
    const weights = { ...(await this.nextVisitWeights()), ...options.weights };
    return {
      ...nextVisitReport(inputs.data, matrix, index, {
        level,
        country: (options.country ?? 'NL').toUpperCase(),
        taxonomy,
        asOf: this.now().toISOString().slice(0, 10),
        weights,
        excludeVisitedWithinMonths: options.excludeVisitedWithinMonths ?? 12,
        visits,
        spearheadKeyAreas,
        columnOf: (await this.keyAreaColumns(taxonomy)).columnOf,
      }),
      source: await this.participationSource(
        'Visits and spearheads from the platform’s own records; specialisations from H2020 participations; learning potential from the innovation index scores of the region’s province.',
      ),
    };
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

  /** The data sets and imports behind the participations, read once per provenance. */
  private async participationSource(method: string): Promise<FigureSource> {
    const fingerprint = (await this.inputs()).fingerprint;
    const base = await this.cache.get('source:participations', fingerprint, () =>
      tableSources(this.store, 'participations', ''),
    );
    return { ...base, method };
  }
}
