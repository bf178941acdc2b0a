import type { NextVisitWeights } from '../../core/connect/region-next-visit-scores.js';
import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import type { AuditActor } from '../../domain/audit-actor.js';
import type { Store } from '../../storage/store.js';
import type { AnalyticsCatalogue } from './analytics-catalogue.js';
import { readAnalyticsLabels, type AnalyticsLabels } from './analytics-labels.js';
import {
  AnalyticsContext,
  type AnalyticsContextOptions,
  type AnalyticsInputs,
} from './analytics-context.js';
import { clustersFigure, type ClustersOptions } from './clusters-figure.js';
import { coverageFigure } from './coverage-figure.js';
import type { FigureCache } from './figure-cache.js';
import type { Covered, Measured, Sourced } from './figure-shapes.js';
import { helixFigure, type HelixOptions } from './helix-figure.js';
import {
  indexComputationFigure,
  type IndexComputationOptions,
} from './index-computation-figure.js';
import { indexFigure, type IndexOptions } from './index-figure.js';
import type { IndexReport } from './index-report.js';
import type { RegionIndexReport } from './region-index-report.js';
import type { IndexComputation } from './innovation-index.js';
import type { KeyAreaMeasure } from './key-area-activity.js';
import type { KeyAreaColumns } from './key-area-columns.js';
import { keyAreasFigure, type KeyAreasOptions } from './key-areas-figure.js';
import type { TextLang } from './measure-status.js';
import { networkFigure, networkGexf, type NetworkOptions } from './network-figure.js';
import type { NextVisitReport } from './next-visit.js';
import { nextVisitFigure, type NextVisitOptions } from './next-visit-figure.js';
import { readNextVisitWeights, saveNextVisitWeights } from './next-visit-weights.js';
import { partnersFigure, type PartnersOptions } from './partners-figure.js';
import type { RegionClusters } from './region-clusters.js';
import type { RegionHelix } from './region-helix.js';
import { regionIndexFigure, type RegionIndexOptions } from './region-index-figure.js';
import type { RegionKeyAreas } from './region-key-areas.js';
// The network measures (graphology, Louvain) load when a network is computed, not to read one.
import type { RegionNetwork } from './region-network.js';
import type { RegionPartners } from './region-partners.js';
import type { RegionSimilar } from './region-similar.js';
import { similarFigure, type SimilarOptions } from './similar-figure.js';
import type { StoredFigures } from './stored-figures.js';

export type { AnalyticsCatalogue } from './analytics-catalogue.js';
export type { AnalyticsInputs } from './analytics-context.js';
export type { Covered, Measured, Sourced } from './figure-shapes.js';
export { DEFAULT_TAXONOMY } from './taxonomy-measure.js';

export type AnalyticsServiceOptions = AnalyticsContextOptions;

/**
 * The three topics' figures: reads through the store, computes with the core, and keeps each
 * result under the provenance fingerprint of the data, in memory and in the `figures` table, so
 * that figures are recomputed only when their inputs change. Every call reads the current
 * fingerprint (two small queries) and the region and key-area lists; the analytics inputs (the
 * participations and everything derived from them) are read only when a figure must be computed.
 *
 * The class holds the {@link AnalyticsContext} and hands each call to its figure module.
 */
export class AnalyticsService {
  readonly context: AnalyticsContext;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
    options: AnalyticsServiceOptions = {},
  ) {
    this.context = new AnalyticsContext(store, now, options);
  }

  get figures(): StoredFigures | null {
    return this.context.figures;
  }

  get cache(): FigureCache {
    return this.context.cache;
  }

  /** The analytics inputs for the current data (read once per fingerprint). */
  inputs(): Promise<AnalyticsInputs> {
    return this.context.inputs();
  }

  /** The current fingerprint with the region and key-area lists (read once per fingerprint). */
  catalogue(): Promise<AnalyticsCatalogue> {
    return this.context.catalogue();
  }

  /**
   * A figure kept in memory and in the `figures` table under `key` (the method and its options)
   * and the current `fingerprint`; `compute` runs only when neither holds it. Any method whose
   * result is JSON can be materialised through it.
   */
  figure<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    return this.context.figure(key, fingerprint, compute);
  }

  /** Throws NOT_FOUND unless `code` is a known region; returns its canonical code. */
  regionCode(known: AnalyticsCatalogue | AnalyticsInputs, code: string): string {
    return this.context.regionCode(known, code);
  }

  /** Topic 1: helix composition and triple-helix synergy T of a region. */
  helix(code: string, options?: HelixOptions): Promise<RegionHelix & Covered & Sourced> {
    return helixFigure(this.context, code, options);
  }

  /** Topic 1: the collaboration network of a region's organisations, measured. */
  network(code: string, options?: NetworkOptions): Promise<RegionNetwork & Covered & Sourced> {
    return networkFigure(this.context, code, options);
  }

  /** The region's collaboration network as GEXF 1.2draft (opens in Gephi and NetworkX). */
  networkGexf(code: string, options?: { keyArea?: string }): Promise<string> {
    return networkGexf(this.context, code, options);
  }

  /** Topic 2: activity, share of the national total and location quotient per key area. */
  keyAreas(code: string, options?: KeyAreasOptions): Promise<RegionKeyAreas & Covered & Sourced> {
    return keyAreasFigure(this.context, code, options);
  }

  /** Topic 3: the composite index of every region of a level, for every edition or year held. */
  indexComputation(
    options?: IndexComputationOptions,
    /** The catalogue the caller already holds, so that one request reads the fingerprint once. */
    known?: AnalyticsCatalogue,
  ): Promise<IndexComputation> {
    return indexComputationFigure(this.context, options, known);
  }

  /** Topic 3: the index of every region of a level in one edition, or in one year. */
  index(options?: IndexOptions): Promise<IndexReport & Sourced> {
    return indexFigure(this.context, options);
  }

  /** Topic 3 for one region: its index, group, rank range and trend. */
  regionIndex(code: string, options?: RegionIndexOptions): Promise<RegionIndexReport & Sourced> {
    return regionIndexFigure(this.context, code, options);
  }

  /** Topic 3: spearheads and their key-area coverage, cluster stars per key area, investment funds. */
  clusters(code: string, options?: ClustersOptions): Promise<RegionClusters & Measured & Sourced> {
    return clustersFigure(this.context, code, options);
  }

  /** Connecting regions: similar and complementary regions by key-area profile, explained in words. */
  similar(code: string, options?: SimilarOptions): Promise<RegionSimilar & Measured & Sourced> {
    return similarFigure(this.context, code, options);
  }

  /** Connecting regions: organisations elsewhere active in the same key areas and not yet linked. */
  partners(code: string, options?: PartnersOptions): Promise<RegionPartners & Measured & Sourced> {
    return partnersFigure(this.context, code, options);
  }

  /** The saved weights of the next-visit score (the defaults until someone saves others). */
  nextVisitWeights(): Promise<NextVisitWeights> {
    return readNextVisitWeights(this.store);
  }

  /** Saves the weights of the next-visit score; the audit trail names `actor`. */
  saveNextVisitWeights(weights: NextVisitWeights, actor?: AuditActor): Promise<void> {
    return saveNextVisitWeights(this.store, weights, actor, this.now());
  }

  /** The ranking of regions for the next visit, each score split into its weighted parts. */
  nextVisit(options?: NextVisitOptions): Promise<NextVisitReport & Sourced> {
    return nextVisitFigure(this.context, options);
  }

  /** The key-area matrix of every region at every level, for one taxonomy and measure (cached). */
  keyAreaMatrix(taxonomy: string, measure: KeyAreaMeasure): Promise<ActivityMatrix> {
    return this.context.keyAreaMatrix(taxonomy, measure);
  }

  /** The columns a taxonomy can be measured in with the loaded classification (cached). */
  keyAreaColumns(taxonomy: string): Promise<KeyAreaColumns> {
    return this.context.keyAreaColumns(taxonomy);
  }

  /** The names of regions, taxonomies and key areas, for text that shows codes. */
  labels(): Promise<AnalyticsLabels> {
    return readAnalyticsLabels(this.store);
  }

  /** The status, coverage and period of a region's topic 1 or 2 figures, in `lang` (default en). */
  regionCoverage(code: string, lang?: TextLang): Promise<Covered> {
    return coverageFigure(this.context, code, lang);
  }
}
