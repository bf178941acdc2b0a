import type { Covered, HelixCounts, MeasureStatus, Source } from './types.js';

/** An organisation that carries a link between two regions. */
export interface BridgeOrganisation {
  id: string;
  name: string | null;
  pic: string;
  helix_role: string;
  shared_projects: number;
}

export interface YearCount {
  year: number;
  shared_projects: number;
}

export interface LinkPartner {
  code: string;
  kind: 'region' | 'country';
  name_nl: string;
  name_en: string;
  note_nl: string | null;
  note_en: string | null;
  shared_projects: number;
  organisation_pairs: number;
  contribution_eur: number | null;
  projects_without_contribution: number;
  partner_projects: number;
  strength: number;
  jaccard: number;
  roles_here: HelixCounts;
  roles_there: HelixCounts;
  by_year: YearCount[];
  without_year: number;
  top_bridges: BridgeOrganisation[];
  centroid: [number, number] | null;
}

/** GET /api/regions/:code/links */
export interface RegionLinks extends Covered {
  region: string;
  asked: string;
  level: number;
  country: string;
  projects: number;
  linked_projects: number;
  by_year: YearCount[];
  centroid: [number, number] | null;
  partners: LinkPartner[];
  source: Source;
}

/** GET /api/regions/:code/links/missing */
export interface MissingLinks extends MeasureStatus {
  region: string;
  level: number;
  weak_below: number | null;
  peers: number | null;
  links: {
    region: string;
    name_nl: string;
    name_en: string;
    kind: 'similar' | 'complementary';
    similarity: number | null;
    shared_projects: number;
    strength: number;
    score: number;
    explanation_nl: string;
    explanation_en: string;
  }[];
  source: Source;
}

/** GET /api/regions/:code/links/:partner/bridges */
export interface RegionBridges {
  region: string;
  partner: string;
  shared_projects: number;
  here: BridgeOrganisation[];
  there: BridgeOrganisation[];
}
