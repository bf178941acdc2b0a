import type { HelixRole } from '../../core/helix-role.js';
import { COUNTRIES } from '../../domain/countries.js';
import type { AnalyticsData } from './analytics-data.js';
import type { LinkNode } from './link-network.js';

/** A node's name in both languages, and for a country node why it is one. */
export interface LinkNodeNames {
  readonly name_nl: string;
  readonly name_en: string;
  /** Null for a region; for a country, that its organisations take part as the country. */
  readonly note_nl: string | null;
  readonly note_en: string | null;
}

/**
 * The names of a node of the region-to-region network of `country`. A country takes part as a
 * whole because the data places its organisations no deeper, and the note says so; the region's
 * own country appears only with the organisations placed at country level alone.
 */
export function linkNodeNames(
  data: AnalyticsData,
  node: LinkNode,
  country: string,
  level: number,
): LinkNodeNames {
  if (node.kind === 'region') {
    const r = data.regions.get(node.code);
    return {
      name_nl: r?.name_nl ?? node.code,
      name_en: r?.name_en ?? node.code,
      note_nl: null,
      note_en: null,
    };
  }
  const c = COUNTRIES.get(node.code);
  const nl = c?.nameNl ?? data.regions.get(node.code)?.name_nl ?? node.code;
  const en = c?.nameEn ?? data.regions.get(node.code)?.name_en ?? node.code;
  if (level === 0) return { name_nl: nl, name_en: en, note_nl: null, note_en: null };
  const own = node.code === country;
  return {
    name_nl: own ? `${nl} (alleen op landniveau geplaatst)` : nl,
    name_en: own ? `${en} (placed at country level only)` : en,
    note_nl: own
      ? `Organisaties in ${nl} die de gegevens niet dieper dan het land plaatsen, doen samen mee als land.`
      : `De gegevens plaatsen organisaties in ${nl} niet dieper dan het land: ze doen samen mee als land.`,
    note_en: own
      ? `Organisations in ${en} that the data places no deeper than the country take part together as the country.`
      : `The data places organisations in ${en} no deeper than the country: they take part together as the country.`,
  };
}

/** The PIC of an organisation id (CORDIS organisations are keyed PIC<number>). */
export function organisationPic(id: string): string {
  return id.startsWith('PIC') ? id.slice(3) : id;
}

/** Organisations counted per helix role. */
export type RoleCounts = Record<HelixRole, number>;

/** How many of the given organisations have each helix role. */
export function roleCounts(data: AnalyticsData, ids: Iterable<string>): RoleCounts {
  const counts: RoleCounts = { business: 0, research: 0, education: 0, government: 0, other: 0 };
  for (const id of ids) {
    const role = data.actors.get(id)?.helix_role;
    if (role) counts[role]++;
  }
  return counts;
}
