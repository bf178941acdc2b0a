import { organisationLabel, organisationSourceName } from '../../domain/organisation-name.js';
import {
  regionPartnerSuggestions,
  type KeyAreaOrganisation,
} from '../../core/connect/region-partner-suggestions.js';
import { regionContains, type AnalyticsData } from './analytics-data.js';
import type { DerivedData } from './derived-data.js';
import type { KeyAreaWeight } from './project-key-areas.js';

export interface PartnerRow {
  id: string;
  /** The name the source gives; null when it gives none (see organisationLabel). */
  name: string | null;
  region: string;
  region_name_nl: string;
  region_name_en: string;
  helix_role: string;
  shared_key_areas: string[];
  local_partners: { id: string; name: string | null }[];
  reason_en: string;
  reason_nl: string;
}

export interface RegionPartners {
  region: string;
  taxonomy: string;
  scope: string;
  min_activity: number;
  organisations: PartnerRow[];
}

/**
 * Partners across regions: organisations located elsewhere in `scope` (a country, by default the
 * region's) that are active in the same key areas as the region's organisations and share no
 * project with them yet. An organisation is active in a key area when its participations there
 * add up to at least `minActivity` (mapping weights summed).
 */
export function regionPartners(
  data: AnalyticsData,
  derived: DerivedData,
  keyAreasOf: ReadonlyMap<string, readonly KeyAreaWeight[]>,
  region: string,
  options: { taxonomy: string; scope?: string; minActivity?: number; limit?: number },
): RegionPartners {
  const scope = options.scope ?? data.regions.get(region)?.country_code ?? region.slice(0, 2);
  const minActivity = options.minActivity ?? 1;
  const activity = new Map<string, Map<string, number>>();
  const { project_id: projectIds, actor_id: actorIds } = data.participations;
  for (let i = 0; i < projectIds.length; i++) {
    const actorId = actorIds[i]!;
    const areas = keyAreasOf.get(projectIds[i]!);
    const actorRegion = data.actors.get(actorId)?.region_code ?? null;
    if (!areas || !regionContains(scope, actorRegion)) continue;
    let byArea = activity.get(actorId);
    if (!byArea) activity.set(actorId, (byArea = new Map()));
    for (const a of areas) byArea.set(a.keyArea, (byArea.get(a.keyArea) ?? 0) + a.weight);
  }
  const organisations: KeyAreaOrganisation[] = [];
  for (const [id, byArea] of activity) {
    const keyAreas = [...byArea].filter(([, w]) => w >= minActivity).map(([k]) => k);
    if (keyAreas.length)
      organisations.push({ id, region: data.actors.get(id)!.region_code!, keyAreas });
  }
  const local = new Set(derived.actorsByRegion.get(region) ?? []);
  const links: [string, string][] = [];
  const { graph, organisations: ids, indexOf } = derived.networkOf(region.slice(0, 2));
  for (const id of local) {
    const v = indexOf.get(id);
    if (v === undefined) continue;
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++)
      links.push([id, ids[graph.neighbours[e]!]!]);
  }
  const inRegion = organisations.map((o) => ({
    ...o,
    region: regionContains(region, o.region) ? region : o.region,
  }));
  const suggestions = regionPartnerSuggestions(region, inRegion, links, {
    limit: options.limit ?? 20,
  });
  const keyAreaName = (id: string, lang: 'nl' | 'en') => {
    const k = data.keyAreas.find((a) => a.id === id);
    return (lang === 'nl' ? k?.name_nl : k?.name_en) ?? id;
  };
  return {
    region,
    taxonomy: options.taxonomy,
    scope,
    min_activity: minActivity,
    organisations: suggestions.map((s) => {
      const actor = data.actors.get(s.organisation.id)!;
      const where = data.regions.get(actor.region_code ?? '');
      const partners = s.localPartners.slice(0, 5).map((p) => {
        const known = data.actors.get(p.id);
        return { id: p.id, name: known ? organisationSourceName(known) : null };
      });
      const partnerNames = (lang: 'nl' | 'en') =>
        partners.map((p) => organisationLabel(p.name, p.id, lang)).join(', ');
      const areas = (lang: 'nl' | 'en') =>
        s.sharedKeyAreas.map((k) => keyAreaName(k, lang)).join(', ');
      return {
        id: actor.id,
        name: organisationSourceName(actor),
        region: actor.region_code ?? '',
        region_name_nl: where?.name_nl ?? actor.region_code ?? '',
        region_name_en: where?.name_en ?? actor.region_code ?? '',
        helix_role: actor.helix_role,
        shared_key_areas: [...s.sharedKeyAreas],
        local_partners: partners,
        reason_en: `Active in ${areas('en')}, like ${partnerNames('en')}${s.localPartners.length > partners.length ? ` and ${s.localPartners.length - partners.length} more` : ''}, with whom it shares no project yet.`,
        reason_nl: `Actief in ${areas('nl')}, net als ${partnerNames('nl')}${s.localPartners.length > partners.length ? ` en ${s.localPartners.length - partners.length} andere` : ''}, waarmee het nog geen project deelt.`,
      };
    }),
  };
}
