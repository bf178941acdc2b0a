import { areaGeometryCentroid } from '../../core/geo/area-geometry-centroid.js';
import type { AreaGeometry } from '../../core/geo/simplify-geometry.js';
import { regionLinksGexf } from '../../core/links/region-links-gexf.js';
import { regionLinkStrength } from '../../core/links/region-link-strength.js';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import type { AnalyticsService } from './analytics-service.js';
import type { Covered, Measured, Sourced } from './figure-shapes.js';
import { participationSource } from './figure-sources.js';
import { DEFAULT_TAXONOMY } from './taxonomy-measure.js';
import { missingLinksOf, missingLinkText, peerLinks } from './missing-links.js';
import { linkNetwork, type LinkNetwork } from './link-network.js';
import { linkNodeNames } from './link-names.js';
import type { TextLang } from './measure-status.js';
import type { FigureSource } from './provenance.js';
import { linksMethod, missingLinksMethod } from './analytics-methods.js';
import {
  regionBridges,
  regionLinks,
  type LinkPartner,
  type RegionBridges,
  type RegionLinks,
} from './region-links.js';

/** A region's missing links, in words. */
export interface RegionMissingLinks {
  readonly region: string;
  readonly level: number;
  readonly taxonomy: string;
  /**
   * Strength below which a link counts as weak; null, as `peers`, when the region is not measured
   * or no organisation is placed in it (`links` is then empty: nothing is known to be missing).
   */
  readonly weak_below: number | null;
  /** Regions of the same level and country compared with. */
  readonly peers: number | null;
  readonly links: readonly {
    readonly region: string;
    readonly name_nl: string;
    readonly name_en: string;
    readonly kind: 'similar' | 'complementary';
    readonly similarity: number | null;
    readonly shared_projects: number;
    readonly strength: number;
    readonly score: number;
    readonly explanation_nl: string;
    readonly explanation_en: string;
  }[];
}

/** Longitude and latitude of a region's centroid, or null when no boundary is loaded for it. */
export type Centroid = readonly [number, number] | null;

/**
 * A region's links, with the centroids the flow map draws them between. Its counts are null, and
 * its lists empty, when the region cannot be measured or no organisation is placed in it
 * (`coverage.region_organisations` 0): its organisations may be among the unplaced.
 */
export interface RegionLinksFigure
  extends Omit<RegionLinks, 'projects' | 'linked_projects'>, Covered, Sourced {
  readonly projects: number | null;
  readonly linked_projects: number | null;
  /** The region asked for, when the links are those of its enclosing region at `level`. */
  readonly asked: string;
  readonly centroid: Centroid;
  readonly partners: readonly (LinkPartner & { readonly centroid: Centroid })[];
}

/** The method of the links in English, as the GEXF download describes it. */
export const LINKS_METHOD = linksMethod().method;

/**
 * Connecting regional innovation systems: the region-to-region network from co-participations,
 * a region's links and the bridges that carry them, and the network as GEXF. Figures are kept in
 * the analytics service's cache and `figures` table under the data's fingerprint.
 */
export class RegionLinksService {
  constructor(
    private readonly store: Store,
    private readonly analytics: AnalyticsService,
  ) {}

  /** The network of `country` at NUTS `level` (kept in memory per fingerprint). */
  async network(country: string, level: number): Promise<LinkNetwork> {
    const inputs = await this.analytics.inputs();
    return this.analytics.cache.get(`link-network:${country}:${level}`, inputs.fingerprint, () =>
      Promise.resolve(linkNetwork(inputs.data, country, level)),
    );
  }

  /** The region and level the links are computed for, checked. */
  async scope(
    code: string,
    level?: number,
  ): Promise<{
    asked: string;
    region: string;
    level: number;
    country: string;
    fingerprint: string;
  }> {
    const known = await this.analytics.catalogue();
    const asked = this.analytics.regionCode(known, code);
    const info = known.regions.get(asked)!;
    const own = Math.min(info.level, 3);
    const at = level ?? own;
    if (![0, 1, 2, 3].includes(at))
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `--level ${at}: links are measured at NUTS level 2 or 3 (or 0 or 1)`,
      );
    if (at > own)
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `${asked} is a NUTS ${info.level} region: ask for its links at level ${own} or less, or name a region of level ${at}`,
      );
    return {
      asked,
      region: asked.slice(0, 2 + at),
      level: at,
      country: info.country_code,
      fingerprint: known.fingerprint,
    };
  }

  /** A region's partner regions and countries, ranked by strength, with the flow map's centroids. */
  async links(
    code: string,
    options: { level?: number; lang?: TextLang } = {},
  ): Promise<RegionLinksFigure> {
    const s = await this.scope(code, options.level);
    const lang = options.lang ?? 'en';
    return this.analytics.figure(
      `links:${s.asked}:${s.level}:${lang}`,
      s.fingerprint,
      async (): Promise<RegionLinksFigure> => {
        const covered = await this.analytics.regionCoverage(s.region, lang);
        const links =
          covered.available && covered.coverage.region_organisations > 0
            ? await this.regionLinks(s.region, s.country, s.level, s.fingerprint)
            : {
                region: s.region,
                level: s.level,
                country: s.country,
                projects: null,
                linked_projects: null,
                by_year: [],
                partners: [],
              };
        const centroids = await this.centroids([s.region, ...links.partners.map((p) => p.code)]);
        return {
          ...links,
          ...covered,
          asked: s.asked,
          centroid: centroids.get(s.region) ?? null,
          partners: links.partners.map((p) => ({ ...p, centroid: centroids.get(p.code) ?? null })),
          source: await this.source(),
        };
      },
    );
  }

  /** A region's links, the same in either language: the Dutch and English figures compute them once. */
  private regionLinks(
    region: string,
    country: string,
    level: number,
    fingerprint: string,
  ): Promise<RegionLinks> {
    return this.analytics.cache.get(`region-links:${region}:${level}`, fingerprint, async () =>
      regionLinks((await this.analytics.inputs()).data, await this.network(country, level), region),
    );
  }

  /** The organisations on both sides of a region's link to `partner`. */
  async bridges(
    code: string,
    partnerCode: string,
    options: { level?: number; limit?: number } = {},
  ): Promise<RegionBridges & Sourced> {
    const s = await this.scope(code, options.level);
    const known = await this.analytics.catalogue();
    const asked = this.analytics.regionCode(known, partnerCode);
    const network = await this.network(s.country, s.level);
    const partner = network.nodeIndex.has(asked)
      ? asked
      : asked.length >= 2 + s.level && asked.startsWith(s.country)
        ? asked.slice(0, 2 + s.level)
        : asked.slice(0, 2);
    if (partner === s.region)
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `${partnerCode} lies in ${s.region}: name another region`,
      );
    const inputs = await this.analytics.inputs();
    return this.analytics.figure(
      `bridges:${s.region}:${partner}:${s.level}:${options.limit ?? 50}`,
      s.fingerprint,
      async () => ({
        ...regionBridges(inputs.data, network, s.region, partner, options.limit ?? 50),
        source: await this.source(),
      }),
    );
  }

  /**
   * Missing links: regions of the same level and country that are similar or complementary to the
   * region (key-area LQ profiles) but weakly linked with it, explained in words.
   */
  async missing(
    code: string,
    options: { taxonomy?: string; limit?: number; lang?: TextLang } = {},
  ): Promise<RegionMissingLinks & Measured & Sourced> {
    const s = await this.scope(code);
    const lang = options.lang ?? 'en';
    const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
    const limit = options.limit ?? 5;
    return this.analytics.figure(
      `missing-links:${s.region}:${taxonomy}:${limit}:${lang}`,
      s.fingerprint,
      async () => {
        const covered = await this.analytics.regionCoverage(s.region, lang);
        const { available, reason, reason_code } = covered;
        // Without a placed organisation there are no links to be weak: none to list, not "none missing".
        const measured = available && covered.coverage.region_organisations > 0;
        const inputs = await this.analytics.inputs();
        const columns = await this.analytics.keyAreaColumns(taxonomy);
        // The same for every region of a group of peers (level, country and kind), in either
        // language: computed once per group.
        const info = inputs.data.regions.get(s.region);
        const group = info ? `${info.country_code}:${info.level}:${info.kind}` : s.region;
        const context = await this.analytics.cache.get(
          `peer-links:${group}:${s.level}:${taxonomy}`,
          s.fingerprint,
          async () =>
            peerLinks(
              inputs.data,
              await this.analytics.keyAreaMatrix(taxonomy, 'participations'),
              await this.network(s.country, s.level),
              s.region,
            ),
        );
        const links = measured ? missingLinksOf(context, s.region).slice(0, limit) : [];
        const names = (c: string) => inputs.data.regions.get(c);
        return {
          region: s.region,
          level: s.level,
          taxonomy,
          weak_below: measured ? context.weakBelow : null,
          peers: measured ? context.peers.length : null,
          links: links.map((l) => ({
            region: l.region,
            name_nl: names(l.region)?.name_nl ?? l.region,
            name_en: names(l.region)?.name_en ?? l.region,
            kind: l.reason.kind,
            similarity: l.similarity,
            shared_projects: l.sharedProjects,
            strength: l.strength,
            score: l.score,
            explanation_nl: missingLinkText(
              inputs.data,
              columns,
              s.region,
              l,
              context.weakBelow,
              'nl',
            ),
            explanation_en: missingLinkText(
              inputs.data,
              columns,
              s.region,
              l,
              context.weakBelow,
              'en',
            ),
          })),
          available,
          reason,
          reason_code,
          source: {
            ...(await this.source()),
            ...missingLinksMethod(),
          },
        };
      },
    );
  }

  /** The whole network of `country` at `level` as GEXF 1.2draft, nodes placed at their centroids. */
  async gexf(country: string, level: number, lastModified?: string): Promise<string> {
    const known = await this.analytics.catalogue();
    const c = this.analytics.regionCode(known, country);
    const network = await this.network(c, level);
    const inputs = await this.analytics.inputs();
    const centroids = await this.centroids(network.nodes.map((n) => n.code));
    const { nodeProjects, pairs, nodeCount } = network.matrix;
    return regionLinksGexf({
      nodes: network.nodes.map((n, i) => ({
        id: n.code,
        label: linkNodeNames(inputs.data, n, c, level).name_en,
        kind: n.kind,
        projects: nodeProjects[i]!,
        position: centroids.get(n.code) ?? null,
      })),
      edges: [...pairs].map(([key, t]) => {
        const a = Math.floor(key / nodeCount);
        const b = key % nodeCount;
        return {
          source: network.nodes[a]!.code,
          target: network.nodes[b]!.code,
          weight: t.sharedProjects,
          strength: regionLinkStrength(t.sharedProjects, nodeProjects[a]!, nodeProjects[b]!).value!,
          organisationPairs: t.organisationPairs,
        };
      }),
      description: `Region-to-region network of ${c} at NUTS level ${level}. ${LINKS_METHOD}`,
      ...(lastModified ? { lastModified } : {}),
    });
  }

  /** Centroids of the given regions from their coarsest loaded boundary (kept per fingerprint). */
  private async centroids(codes: readonly string[]): Promise<Map<string, Centroid>> {
    const fingerprint = (await this.analytics.catalogue()).fingerprint;
    const all = await this.analytics.cache.get('link-centroids', fingerprint, async () => {
      const rows = await this.store.db
        .selectFrom('region_geometries as g')
        .innerJoin('regions as r', 'r.code', 'g.region_code')
        .select(['g.region_code', 'g.scale', 'g.geojson'])
        .where('r.level', 'in', [0, 1, 2, 3])
        .where('g.scale', '=', '60M')
        .execute();
      return new Map(
        rows.map((r) => [
          r.region_code,
          areaGeometryCentroid(JSON.parse(r.geojson) as AreaGeometry),
        ]),
      );
    });
    return new Map(codes.map((c) => [c, all.get(c) ?? null]));
  }

  private source(): Promise<FigureSource> {
    return participationSource(this.analytics.context, linksMethod());
  }
}
