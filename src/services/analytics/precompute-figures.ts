import type { AnalyticsService } from './analytics-service.js';
import type { RegionLinksService } from './region-links-service.js';

/** What a precompute did: figures read or computed, and those that could not be made. */
export interface PrecomputeResult {
  readonly regions: number;
  readonly figures: number;
  /** Figures that had to be computed (the others were stored already under the same data). */
  readonly computed: number;
  /** Figures that cannot be made for this data (e.g. no index without indicators), with why. */
  readonly failed: readonly { readonly figure: string; readonly reason: string }[];
  readonly seconds: number;
}

/**
 * Computes and stores the default figures of the three topics for the regions of `country`
 * (the country itself and its NUTS 1-3 regions): helix, network, key areas, index, clusters and
 * similar regions (also with the dossier's limit), the coverage statement the dossier opens with,
 * the index of every province and the next-visit ranking (in both languages); with `links`, also each region's links
 * (in both languages) and missing links, as the web page and the dossier read them. Figures already stored under the current data are only read. Other figures (other
 * regions, other options, partners, which take most of a second each) are computed on their
 * first read and stored then. Never throws for one figure: what cannot be made is listed in the
 * result.
 *
 * @example
 *   const result = await precomputeFigures(new AnalyticsService(store));
 *   // { regions: 57, figures: 458, computed: 458, failed: [], seconds: 4.2 }
 */
export async function precomputeFigures(
  analytics: AnalyticsService,
  options: {
    readonly country?: string;
    /** Also stores the regions' links and missing links. */
    readonly links?: RegionLinksService;
    /** Stops between two figures (a server shutting down); what is stored stays stored. */
    readonly signal?: AbortSignal;
    /**
     * Awaited between two figures. The server passes a turn of its event loop: on SQLite every
     * read settles at once, so without it the whole run (hundreds of figures, seconds) would hold
     * up every request that comes meanwhile.
     */
    readonly between?: () => Promise<void>;
  } = {},
): Promise<PrecomputeResult> {
  const started = performance.now();
  const country = options.country ?? 'NL';
  const catalogue = await analytics.catalogue();
  const regions = [...catalogue.regions.values()]
    .filter((r) => r.country_code === country && r.level <= 3)
    .map((r) => r.code)
    .sort();
  const work: [string, () => Promise<unknown>][] = [
    ['index', () => analytics.index()],
    ['next-visit', () => analytics.nextVisit()],
    // The web page asks in its language: the reasons of parts not measured are in it.
    ['next-visit (nl)', () => analytics.nextVisit({ lang: 'nl' })],
  ];
  for (const code of regions) {
    work.push(
      [`helix ${code}`, () => analytics.helix(code)],
      [`network ${code}`, () => analytics.network(code)],
      [`keyareas ${code}`, () => analytics.keyAreas(code)],
      [`index ${code}`, () => analytics.regionIndex(code)],
      [`clusters ${code}`, () => analytics.clusters(code)],
      [`similar ${code}`, () => analytics.similar(code)],
      [`similar ${code} (dossier)`, () => analytics.similar(code, { limit: 5 })],
      [`coverage ${code} (dossier)`, () => analytics.regionCoverage(code)],
    );
    const links = options.links;
    if (links)
      work.push(
        [`links ${code}`, () => links.links(code, { lang: 'en' })],
        [`coverage ${code} (nl)`, () => analytics.regionCoverage(code, 'nl')],
        [`links ${code} (nl)`, () => links.links(code, { lang: 'nl' })],
        [`missing links ${code}`, () => links.missing(code)],
        [`missing links ${code} (nl)`, () => links.missing(code, { lang: 'nl' })],
      );
  }
  const computedBefore = analytics.cache.computed;
  const failed: { figure: string; reason: string }[] = [];
  let made = 0;
  for (const [figure, make] of work) {
    if (made > 0 || failed.length > 0) await options.between?.();
    if (options.signal?.aborted) break;
    try {
      await make();
      made++;
    } catch (error) {
      failed.push({ figure, reason: (error as Error).message });
    }
  }
  return {
    regions: regions.length,
    figures: made,
    computed: analytics.cache.computed - computedBefore,
    failed,
    seconds: (performance.now() - started) / 1000,
  };
}
