/** JSON schemas of what region figures from placed participations say about their own coverage. */

export const langQuery = {
  type: 'string',
  enum: ['en', 'nl'],
  description: 'language of `reason` and `coverage.note` (default en)',
} as const;

/** `available`, `reason_code`, `reason`: whether the figure is measured, and why not. */
export const measureStatusProperties = {
  available: {
    type: 'boolean',
    description:
      'false when the loaded data cannot measure the region (its counts are then null, not 0)',
  },
  reason_code: {
    type: ['string', 'null'],
    enum: ['no_participations', 'country_level_only', 'coarser_than_region', null],
  },
  reason: { type: ['string', 'null'], description: 'why it is not available, in words' },
} as const;

export const coverageSchema = {
  type: 'object',
  description:
    "How much of the country's participations the loaded data places at the region's NUTS level or below",
  properties: {
    country: { type: 'string' },
    level: { type: 'integer' },
    deepest_level: { type: ['integer', 'null'] },
    placed_participations: { type: 'integer' },
    unplaced_participations: { type: 'integer' },
    unplaced_business_participations: { type: 'integer' },
    placed_share: { type: ['number', 'null'] },
    placed_contribution_share: { type: ['number', 'null'] },
    note: { type: 'string' },
  },
} as const;

export const periodSchema = {
  type: ['object', 'null'],
  description: "first and last start year of the region's projects behind the figure",
  properties: { first_year: { type: 'integer' }, last_year: { type: 'integer' } },
} as const;

/** Status, coverage and period: what topic 1 and 2 results carry. */
export const coveredProperties = {
  ...measureStatusProperties,
  coverage: coverageSchema,
  period: periodSchema,
} as const;
