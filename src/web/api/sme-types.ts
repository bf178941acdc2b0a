import type { RegionName } from './types.js';

/** An SME contact point as GET /api/contact-points/:id gives it. */
export interface ContactPointRecord {
  id: string;
  name: string;
  organisation: string | null;
  helps_with: string | null;
  address: string | null;
  postcode: string | null;
  town: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  opening_hours: string | null;
  channels: string[];
  languages: string[];
  regions: RegionName[];
  municipalities: { code: string; name: string; nuts3: string | null }[];
  smes_served_per_year: number | null;
  smes_served_year: number | null;
  source_url: string | null;
  status: 'draft' | 'published' | 'retired';
  created_at: string | null;
  updated_at: string | null;
  version: number;
}

/** A regional fund as GET /api/funds/:id gives it. */
export interface FundRecord {
  id: string;
  name: string;
  manager: string | null;
  size: number | null;
  currency: string | null;
  instruments: string[];
  targets: string[];
  target_sectors: string[];
  regions: RegionName[];
  period_start: string | null;
  period_end: string | null;
  website: string | null;
  source_url: string | null;
  status: 'draft' | 'published' | 'retired';
  created_at: string | null;
  updated_at: string | null;
  version: number;
}

/** GET /api/sme/find: what a query leads to. */
export interface SmeFinderResult {
  query: string;
  understood: 'postcode' | 'name';
  matches: {
    kind: 'place' | 'municipality' | 'postcode' | 'region';
    name: string;
    matched_alias: string | null;
    municipality: { code: string; name: string } | null;
    region: RegionName | null;
  }[];
  postcode: { asked: string; loaded: number } | null;
  formats: string[];
}
