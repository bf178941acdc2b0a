/** Where a visit stands. */
export const VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
/** Where a commitment made at a visit stands. */
export const COMMITMENT_STATUSES = ['open', 'done', 'dropped'] as const;
/** What the follow-up overview can show: a status, overdue (open and past due), or all. */
export const COMMITMENT_FILTERS = ['open', 'overdue', 'done', 'dropped', 'all'] as const;
