import { eur } from '../../core/financing/eur.js';
import { indicatorLabelsById } from '../indicators/indicator-names.js';
import { privateFinancingShare } from '../../core/financing/private-financing-share.js';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import type { AnalyticsService } from '../analytics/analytics-service.js';
import { enclosingRegions } from '../analytics/derived-data.js';
import { PERFORMANCE_GROUPS, type RegionIndexReport } from '../analytics/index-report.js';
import { tableSources, type FigureSource } from '../analytics/provenance.js';
import { regionGeometries } from '../regions/geometry-service.js';
import { RegionLinksService } from '../analytics/region-links-service.js';
import { sourceReference } from '../sources/source-reference.js';
import type { MethodText } from '../sources/method-text.js';
import {
  contactPointsMethod,
  dossierPracticesMethod,
  financingMethod,
  fundsMethod,
  locatorMapMethod,
  notComputedMethod,
  spearheadsMethod,
  visitMethod,
} from '../sources/source-methods.js';
import type {
  DossierContactPointInput,
  DossierInputs,
  DossierMapInput,
  DossierPracticeInput,
  DossierSourceKey,
  DossierVisitInput,
} from './dossier-inputs.js';

/** Simplification of the locator map's boundaries, in degrees: fine enough for a 300-point map. */
const MAP_TOLERANCE = 0.01;

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
      this.regionIndex(region, info.level),
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
    const [contactPoints, practices, visit, map, indicatorNames, financing] = await Promise.all([
      this.contactPoints(region),
      this.practices(taxonomy),
      this.nextVisit(region),
      this.map(region, info.level, info.country_code, info.parent_code),
      this.indicatorNames(index.indicators.map((i) => i.id)),
      this.financing(region, known.fingerprint),
    ]);
    const practiceRegionLqs = new Map<string, Map<string, number | null>>();
    for (const code of new Set(practices.items.map((p) => p.region_code))) {
      if (code.startsWith(region) || !known.regions.has(code)) continue;
      const lqs = await this.analytics.keyAreas(code, { taxonomy });
      practiceRegionLqs.set(code, new Map(lqs.areas.map((a) => [a.key_area, a.lq])));
    }
    const computedFor = known.regions.get(index.computed_for);

    const own = (ids: readonly (string | null)[], method: MethodText) =>
      this.ownFactsSource(ids, method);
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

  /**
   * Topic 3's index of the region; when it cannot be computed (no indicators imported) an empty
   * report that says why in its source, so the dossier shows the section as empty.
   */
  private async regionIndex(
    region: string,
    level: number,
  ): Promise<RegionIndexReport & { source: FigureSource }> {
    try {
      return await this.analytics.regionIndex(region);
    } catch (error) {
      if (!(error instanceof RegiokrachtError) || error.code !== 'INVALID_INPUT') throw error;
      return {
        region,
        computed_for: level >= 2 ? region.slice(0, 4) : region,
        mode: 'edition',
        year: null,
        edition: null,
        lag: null,
        index: null,
        relative: null,
        group: null,
        band: null,
        rank: null,
        of: 0,
        rank_range: null,
        reference: 'EU27_2020',
        country: region.slice(0, 2),
        groups: PERFORMANCE_GROUPS,
        trend: [],
        indicators: [],
        source: { datasets: [], imports: [], ...notComputedMethod(error.message) },
      };
    }
  }

  /** The data sets named by `ids` and every import run of them, with the method in words. */
  private async ownFactsSource(
    ids: readonly (string | null)[],
    method: MethodText,
  ): Promise<FigureSource> {
    const datasetIds = [...new Set(ids.filter((id): id is string => !!id))];
    const imports = datasetIds.length
      ? await this.store.db
          .selectFrom('imports')
          .select('id')
          .where('dataset_id', 'in', datasetIds)
          .orderBy('finished_at')
          .orderBy('id')
          .execute()
      : [];
    return sourceReference(
      this.store,
      { datasets: datasetIds, imports: imports.map((i) => i.id) },
      method,
    );
  }

  /** Private against public money in the projects with a participant in the region. */
  private financing(
    region: string,
    fingerprint: string,
  ): Promise<{ share: DossierInputs['financing']; source: FigureSource }> {
    // Materialised like the topics' figures: the share needs the analytics inputs.
    return this.analytics.figure(`financing:${region}`, fingerprint, async () => {
      const data = await this.analytics.inputs();
      const projects = data.derived.projectsByRegion.get(region) ?? [];
      const rows = projects.flatMap((id) => {
        const p = data.data.projects.get(id);
        return p
          ? [
              {
                projectId: id,
                totalCost: p.total_cost_eur === null ? null : eur(p.total_cost_eur),
                publicGrant:
                  p.ec_max_contribution_eur === null ? null : eur(p.ec_max_contribution_eur),
              },
            ]
          : [];
      });
      return {
        share: rows.length ? privateFinancingShare(rows) : null,
        source: await tableSources(this.store, 'projects', financingMethod()),
      };
    });
  }

  /** SME contact points registered for the region or any region it lies in. */
  private async contactPoints(
    region: string,
  ): Promise<(DossierContactPointInput & { source_id: string | null })[]> {
    const chain = enclosingRegions(region);
    const points = await this.store.db
      .selectFrom('contact_points as c')
      .leftJoin('actors as a', 'a.id', 'c.actor_id')
      .select([
        'c.id',
        'c.name',
        'a.name as organisation',
        'c.channels',
        'c.url',
        'c.smes_served_per_year',
        'c.smes_served_year',
        'c.source_id',
      ])
      .where('c.status', '=', 'published')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('contact_point_regions as cr')
            .select('cr.contact_point_id')
            .whereRef('cr.contact_point_id', '=', 'c.id')
            .where('cr.region_code', 'in', chain),
        ),
      )
      .orderBy('c.name')
      .orderBy('c.id')
      .execute();
    if (points.length === 0) return [];
    const regions = await this.store.db
      .selectFrom('contact_point_regions as cr')
      .innerJoin('regions as r', 'r.code', 'cr.region_code')
      .select(['cr.contact_point_id', 'r.code', 'r.name_nl', 'r.name_en'])
      .where(
        'cr.contact_point_id',
        'in',
        points.map((p) => p.id),
      )
      .orderBy('r.code')
      .execute();
    return points.map((p) => ({
      ...p,
      smes_served_per_year: p.smes_served_per_year === null ? null : Number(p.smes_served_per_year),
      smes_served_year: p.smes_served_year === null ? null : Number(p.smes_served_year),
      regions: regions
        .filter((r) => r.contact_point_id === p.id)
        .map(({ code, name_nl, name_en }) => ({ code, name_nl, name_en })),
    }));
  }

  /**
   * Every published good practice with its key areas in `taxonomy` (key areas of another taxonomy
   * are mapped through the crosswalk) and its transfers.
   */
  private async practices(taxonomy: string): Promise<{ items: DossierPracticeInput[] }> {
    const rows = await this.store.db
      .selectFrom('good_practices as g')
      .innerJoin('regions as r', 'r.code', 'g.region_code')
      .select([
        'g.id',
        'g.title',
        'g.region_code',
        'r.name_nl as region_name_nl',
        'r.name_en as region_name_en',
        'g.topic',
        'g.description',
        'g.evidence',
        'g.transfer_potential',
        'g.resources',
        'g.contact',
        'g.source_url',
        'g.language',
      ])
      .where('g.status', '=', 'published')
      .orderBy('g.id')
      .execute();
    if (rows.length === 0) return { items: [] };
    const ids = rows.map((r) => r.id);
    const [areas, crosswalk, transfers] = await Promise.all([
      this.store.db
        .selectFrom('good_practice_key_areas as gk')
        .innerJoin('key_areas as k', 'k.id', 'gk.key_area_id')
        .select(['gk.practice_id', 'k.id', 'k.taxonomy_id'])
        .where('gk.practice_id', 'in', ids)
        .execute(),
      this.store.db
        .selectFrom('key_area_crosswalk as x')
        .innerJoin('key_areas as k', 'k.id', 'x.to_key_area_id')
        .select(['x.from_key_area_id', 'x.to_key_area_id'])
        .where('k.taxonomy_id', '=', taxonomy)
        .execute(),
      this.store.db
        .selectFrom('practice_transfers as t')
        .innerJoin('regions as r', 'r.code', 't.to_region_code')
        .select(['t.practice_id', 'r.code', 'r.name_nl', 'r.name_en', 't.year', 't.outcome'])
        .where('t.practice_id', 'in', ids)
        .orderBy('t.year')
        .orderBy('r.code')
        .execute(),
    ]);
    return {
      items: rows.map((r) => {
        const mine = areas.filter((a) => a.practice_id === r.id);
        const keyAreas = new Set<string>();
        for (const a of mine) {
          if (a.taxonomy_id === taxonomy) keyAreas.add(a.id);
          else
            for (const x of crosswalk)
              if (x.from_key_area_id === a.id) keyAreas.add(x.to_key_area_id);
        }
        return {
          ...r,
          topic: Number(r.topic),
          key_areas: [...keyAreas].sort(),
          transfers: transfers
            .filter((t) => t.practice_id === r.id)
            .map((t) => ({
              region: t.code,
              name_nl: t.name_nl,
              name_en: t.name_en,
              year: t.year === null ? null : Number(t.year),
              outcome: t.outcome,
            })),
        };
      }),
    };
  }

  /** The region's next planned visit (today or later) with its agenda. */
  private async nextVisit(
    region: string,
  ): Promise<{ visit: DossierVisitInput | null; source_id: string | null }> {
    const today = this.now().toISOString().slice(0, 10);
    const visit = await this.store.db
      .selectFrom('visits')
      .select(['id', 'date', 'venue', 'hosts', 'participants', 'status', 'source_id'])
      .where('region_code', '=', region)
      .where('status', '=', 'planned')
      .where('date', '>=', today)
      .orderBy('date')
      .orderBy('id')
      .executeTakeFirst();
    if (!visit) return { visit: null, source_id: null };
    const agenda = await this.store.db
      .selectFrom('visit_agenda_items')
      .select(['position', 'topic', 'title'])
      .where('visit_id', '=', visit.id)
      .orderBy('position')
      .execute();
    const { source_id, ...rest } = visit;
    return {
      visit: {
        ...rest,
        agenda: agenda.map((a) => ({
          position: Number(a.position),
          topic: a.topic === null ? null : Number(a.topic),
          title: a.title,
        })),
      },
      source_id,
    };
  }

  /**
   * The locator map: the regions of the same level in the country, the region among them, and
   * (for NUTS 3) its province as an outline.
   */
  private async map(
    region: string,
    level: number,
    country: string,
    parent: string | null,
  ): Promise<{ map: DossierMapInput | null; source: FigureSource }> {
    const context = await regionGeometries(this.store, {
      level,
      country,
      tolerance: MAP_TOLERANCE,
    });
    const own = context.features.find((f) => f.id === region);
    const parents =
      level === 3 && parent
        ? await regionGeometries(this.store, {
            level: 2,
            country,
            tolerance: MAP_TOLERANCE,
          })
        : null;
    const parentFeature = parents?.features.find((f) => f.id === parent);
    const files = await this.store.db
      .selectFrom('imports')
      .select(['id', 'file'])
      .where('dataset_id', '=', context.source_id ?? '')
      .orderBy('id')
      .execute();
    const used = files.filter(
      (f) =>
        f.file.includes(`_RG_${context.scale}_`) &&
        (f.file.includes(`LEVL_${level}`) || (parents !== null && f.file.includes('LEVL_2'))) &&
        !f.file.startsWith('NL_'),
    );
    const source = await sourceReference(
      this.store,
      { datasets: [context.source_id], imports: used.map((f) => f.id) },
      locatorMapMethod({
        scale: context.scale,
        tolerance: MAP_TOLERANCE,
        level,
        country,
        province: parents !== null,
      }),
    );
    return {
      map: own
        ? {
            region: { code: own.id, geometry: own.geometry },
            context: context.features.map((f) => ({
              code: f.id,
              name_nl: f.properties.name_nl,
              name_en: f.properties.name_en,
              geometry: f.geometry,
            })),
            parent: parentFeature
              ? { code: parentFeature.id, geometry: parentFeature.geometry }
              : null,
            contextLevel: level,
          }
        : null,
      source,
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
