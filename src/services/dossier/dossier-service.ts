import { indicatorLabelsById } from '../indicators/indicator-names.js';
import type { Store } from '../../storage/store.js';
import type { AnalyticsService } from '../analytics/analytics-service.js';
import type { FigureSource } from '../analytics/provenance.js';
import { RegionLinksService } from '../analytics/region-links-service.js';
import type { MethodText } from '../sources/method-text.js';
import {
  contactPointsMethod,
  dossierPracticesMethod,
  fundsMethod,
  spearheadsMethod,
  visitMethod,
} from '../sources/source-methods.js';
import { readDossierContactPoints } from './dossier-contact-points.js';
import { dossierFinancing } from './dossier-financing.js';
import { readDossierFundSources } from './dossier-fund-sources.js';
import type { DossierInputs, DossierSourceKey } from './dossier-inputs.js';
import { dossierMap } from './dossier-map.js';
import { readDossierNextVisit } from './dossier-next-visit.js';
import { dossierOwnFactsSource } from './dossier-own-facts-source.js';
import { readDossierPractices } from './dossier-practices.js';
import { dossierRegionIndex } from './dossier-region-index.js';

/**
 * Gathers everything the visit dossier of a region is made of: the three topics' figures through
 * the analytics service (cached there), and the region's own facts (contact points, good practices,
 * the next visit, map boundaries) from the store, each with its source. Nothing is invented: what
 * is not registered comes back empty.
 */
export class DossierService {
  constructor(
    private readonly store: Store,
    private readonly analytics: AnalyticsService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The dossier's inputs for `code` (throws NOT_FOUND for an unknown region). */
  async inputs(code: string): Promise<DossierInputs> {
    const known = await this.analytics.catalogue();
    const region = this.analytics.regionCode(known, code);
    const info = known.regions.get(region)!;
    const parentInfo = info.parent_code ? known.regions.get(info.parent_code) : undefined;

    const [helix, network, keyAreas, index, clusters, similar, partners] = await Promise.all([
      this.analytics.helix(region),
      this.analytics.network(region),
      this.analytics.keyAreas(region),
      dossierRegionIndex(this.analytics, region, info.level),
      this.analytics.clusters(region),
      this.analytics.similar(region, { limit: 5 }),
      this.analytics.partners(region, { limit: 8 }),
    ]);
    const linkService = new RegionLinksService(this.store, this.analytics);
    const [links, missingLinks] = await Promise.all([
      linkService.links(region, { lang: 'en' }),
      linkService.missing(region),
    ]);
    const taxonomy = keyAreas.taxonomy;
    const [contactPoints, practices, visit, map, indicatorNames, financing, fundSourceUrls] =
      await Promise.all([
        readDossierContactPoints(this.store, region),
        readDossierPractices(this.store, taxonomy),
        readDossierNextVisit(this.store, region, this.now().toISOString().slice(0, 10)),
        dossierMap(this.store, region, info.level, info.country_code, info.parent_code),
        this.indicatorNames(index.indicators.map((i) => i.id)),
        dossierFinancing(this.store, this.analytics, region, known.fingerprint),
        readDossierFundSources(
          this.store,
          clusters.funds.map((f) => f.id),
        ),
      ]);
    const practiceRegionLqs = new Map<string, Map<string, number | null>>();
    for (const code of new Set(practices.items.map((p) => p.region_code))) {
      if (code.startsWith(region) || !known.regions.has(code)) continue;
      const lqs = await this.analytics.keyAreas(code, { taxonomy });
      practiceRegionLqs.set(code, new Map(lqs.areas.map((a) => [a.key_area, a.lq])));
    }
    const computedFor = known.regions.get(index.computed_for);

    const own = (ids: readonly (string | null)[], method: MethodText) =>
      dossierOwnFactsSource(this.store, ids, method);
    const sources: Record<DossierSourceKey, FigureSource> = {
      map: map.source,
      helix: helix.source,
      network: network.source,
      financing: financing.source,
      contactPoints: await own(
        contactPoints.map((c) => c.source_id),
        contactPointsMethod(),
      ),
      keyAreas: keyAreas.source,
      index: index.source,
      spearheads: await own(
        [...clusters.spearheads.map((s) => s.source_id), 'regiokracht-default-mappings'],
        spearheadsMethod(),
      ),
      clusters: clusters.source,
      funds: await own(
        clusters.funds.map((f) => f.source_id),
        fundsMethod(),
      ),
      practices: await own(['template:good-practices'], dossierPracticesMethod()),
      similar: similar.source,
      partners: partners.source,
      links: links.source,
      visit: await own([visit.source_id], visitMethod()),
    };

    return {
      generatedAt: this.now(),
      placement: await this.analytics.regionCoverage(region),
      region: {
        code: region,
        level: info.level,
        name_nl: info.name_nl,
        name_en: info.name_en,
        country_code: info.country_code,
        parent: parentInfo
          ? { code: parentInfo.code, name_nl: parentInfo.name_nl, name_en: parentInfo.name_en }
          : null,
      },
      helix,
      network,
      financing: financing.share,
      contactPoints: contactPoints.map(({ source_id: _source, ...c }) => c),
      keyAreas,
      index,
      indexRegionName: {
        nl: computedFor?.name_nl ?? index.computed_for,
        en: computedFor?.name_en ?? index.computed_for,
      },
      indicatorNames,
      clusters,
      fundSourceUrls,
      similar,
      partners,
      links,
      missingLinks,
      practices: practices.items,
      practiceRegionLqs,
      visit: visit.visit,
      map: map.map,
      sources,
    };
  }

  /** Names (in words, as the indicator list gives them) and units of the index indicators. */
  private async indicatorNames(
    ids: readonly string[],
  ): Promise<Map<string, { nl: string; en: string; unit: string }>> {
    const labels = await indicatorLabelsById(this.store, ids);
    return new Map(
      [...labels].map(([id, l]) => [id, { nl: l.name_nl, en: l.name_en, unit: l.unit }]),
    );
  }
}
