/** Where a good practice stands: a draft (its editors only) or published (everyone). */
export const PRACTICE_STATUSES = ['draft', 'published'] as const;
/** The languages a practice is written in; full-text search stems its text in that language. */
export const PRACTICE_LANGUAGES = ['nl', 'en'] as const;
/** What "doing well" is measured on when practices are recommended to a region. */
export const RECOMMENDATION_CRITERIA = ['both', 'key-areas', 'indicators'] as const;
