/** Shapes of the API's answers on visits, follow-up, the next region and editing good practices. */
import type { Named, Practice, RegionName, Source, Visit } from './types.js';

export type VisitStatus = 'planned' | 'done' | 'cancelled';
export type CommitmentStatus = 'open' | 'done' | 'dropped';

export interface Finding {
  id: string;
  visit_id: string;
  topic: number;
  text: string;
  created_at: string;
  version: number;
}

export interface Commitment {
  id: string;
  visit_id: string;
  description: string;
  owner: string;
  due_date: string | null;
  status: CommitmentStatus;
  /** Open, and due before today (Dutch date). */
  overdue: boolean;
  created_at: string;
  version: number;
}

/** A visit with everything recorded at it. */
export interface VisitDetail extends Visit {
  source_id: string | null;
  version: number;
  findings: Finding[];
  commitments: Commitment[];
}

/** GET /api/commitments: commitments across visits. */
export interface CommitmentOverview {
  items: (Commitment & { visit: { id: string; date: string; region: RegionName } })[];
  total: number;
  limit: number;
  offset: number;
  today: string;
  counts: { open: number; overdue: number };
}

/** GET /api/regions/:code/visits: a region's visit history, latest first. */
export interface VisitHistory {
  region: RegionName;
  visits: (Visit & {
    version: number;
    findings: number;
    commitments: { open: number; overdue: number; done: number; dropped: number };
  })[];
}

export type NextVisitPartName = 'recency' | 'coverage' | 'strength' | 'gaps' | 'connect';
/** The four weights, and connect (missing links) when it is weighed. */
export type NextVisitWeights = Record<Exclude<NextVisitPartName, 'connect'>, number> & {
  connect?: number;
};

export type NextVisitPart = { value: number; weight: number; contribution: number } & (
  | { part: 'recency'; months: number | null; capMonths: number }
  | { part: 'coverage'; newKeyAreas: string[]; uncovered: number }
  | { part: 'strength'; criteria: string[]; of: number }
  | { part: 'gaps'; criteria: string[]; of: number }
  | { part: 'connect'; missingLinks: string[]; of: number }
);

export interface NextVisitRow extends Named {
  rank: number;
  region: string;
  score: number;
  last_visit: string | null;
  parts: NextVisitPart[];
  /** Index indicators scored at the region's own level (the others from its province). */
  own_level_indicators?: string[];
  /** Tied with the region ranked just below: with whom, and what put this one first. */
  tie?: NextVisitTie | null;
}

/** What decides between two regions with the same score. */
export type NextVisitTieReason =
  | { criterion: 'part'; part: string; value: number; other: number }
  | { criterion: 'population'; value: number; other: number | null; year: number }
  | { criterion: 'name' };

export interface NextVisitTie {
  with: string;
  reason: NextVisitTieReason;
}

/** GET /api/next-visit. */
export interface NextVisitReport {
  as_of: string;
  level: number;
  taxonomy: string;
  weights: NextVisitWeights;
  exclude_visited_within_months: number;
  ranking: NextVisitRow[];
  excluded: { region: string; months: number; last_visit: string }[];
  explanation: string;
  source?: Source;
}

/** A good practice as its editors read it (drafts included). */
export interface PracticeRecord extends Practice {
  status: 'draft' | 'published';
  created_at: string;
  version: number;
}

/** GET /api/regions/:code/practices/recommended. */
export interface PracticeRecommendations {
  region: RegionName;
  criteria: string;
  weakest: (Named & { kind: string; id: string; score: number })[];
  items: {
    practice: PracticeRecord;
    score: number;
    reasons: (Named & { kind: string; id: string; text_nl: string; text_en: string })[];
  }[];
  method: string;
}
