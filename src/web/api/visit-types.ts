/** Shapes of the API's answers on visits, follow-up, the next region and editing good practices. */
export type {
  Commitment,
  CommitmentOverview,
  CommitmentStatus,
  Finding,
  RegionVisitHistory as VisitHistory,
  VisitDetail,
  VisitStatus,
} from '../../http/schemas/visits.js';

export type {
  NextVisitPart,
  NextVisitReport,
  NextVisitRow,
  NextVisitTie,
  NextVisitTieReason,
  NextVisitWeights,
} from '../../http/schemas/analytics-next-visit.js';

/** A good practice as its editors read it (drafts included). */
export type {
  Practice as PracticeRecord,
  PracticeRecommendations,
} from '../../http/schemas/practices.js';
