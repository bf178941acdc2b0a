/** Shapes of the API's answers on visits, follow-up, the next region and editing good practices. */
import type { Named, Source } from './types.js';

export type {
  Commitment,
  CommitmentOverview,
  CommitmentStatus,
  Finding,
  RegionVisitHistory as VisitHistory,
  VisitDetail,
  VisitStatus,
} from '../../http/schemas/visits.js';

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
export type {
  Practice as PracticeRecord,
  PracticeRecommendations,
} from '../../http/schemas/practices.js';
