/**
 * The next region to visit: the ranking with each score split into its weighted parts
 * (GET /api/next-visit), and the saved weights of the score (GET and PUT /api/next-visit/weights).
 */
import { Type, type Static, type TSchema } from 'typebox';
import { Nullable, NullableNumber, NullableString, Source, StringEnum, closed } from './common.js';
import { regionRowProperties } from './region-row.js';
import { langQuery } from './measure-status.js';
import { NEXT_VISIT_PART_UNDEFINED_REASONS } from '../../core/connect/region-next-visit-scores.js';

const weight = Type.Number({ minimum: 0 });
const texts = Type.Immutable(Type.Array(Type.String()));

/** The four weights of the score, and connect (missing links) when it is weighed. */
const weightProperties = {
  recency: weight,
  coverage: weight,
  strength: weight,
  gaps: weight,
  connect: Type.Optional(
    Type.Number({
      minimum: 0,
      description:
        'optional: weight of missing links (similar or complementary regions weakly linked with the region); 0 or absent leaves the score as it is',
    }),
  ),
};

export const NextVisitWeights = Type.Object(weightProperties, closed);
export type NextVisitWeights = Static<typeof NextVisitWeights>;

export const NextVisitQuery = Type.Object(
  {
    level: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
    country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
    taxonomy: Type.Optional(Type.String()),
    exclude_months: Type.Optional(Type.Integer({ minimum: 0 })),
    lang: Type.Optional(langQuery),
    ...Type.Partial(NextVisitWeights).properties,
  },
  closed,
);
export type NextVisitQuery = Static<typeof NextVisitQuery>;

/**
 * One part of a score: its value, weight and share of the score, and why (`extra`); value and
 * contribution null, with the reason, when the part cannot be measured for the region.
 */
function scorePart<P extends string, E extends Record<string, TSchema>>(part: P, extra: E) {
  return Type.Object(
    {
      part: StringEnum([part]),
      value: Nullable(Type.Number(), {
        description: 'in [0, 1]; null when the part is not measured (`reason` says why), never 0',
      }),
      weight: Type.Number(),
      contribution: Nullable(Type.Number(), {
        description:
          'value x weight / the sum of the weights of the measured parts; null when not measured (left out of the score)',
      }),
      reason_code: Nullable(StringEnum(NEXT_VISIT_PART_UNDEFINED_REASONS), {
        description:
          'why the part is not measured: `no_uncovered_key_areas` (coverage: every key area is covered), `no_index_scores` (strength, gaps), `no_regions_compared` (connect); null when measured',
      }),
      reason: Nullable(Type.String(), {
        description: 'why the part is not measured, in the language asked for; null when measured',
      }),
      ...extra,
    },
    closed,
  );
}
const shareOf = { criteria: texts, of: Type.Integer() };

/** A part of the score: recency, coverage, strength, gaps, then connect when it is weighed. */
export const NextVisitPart = Type.Union([
  scorePart('recency', { months: Nullable(Type.Integer()), capMonths: Type.Integer() }),
  scorePart('coverage', { newKeyAreas: texts, uncovered: Type.Integer() }),
  scorePart('strength', shareOf),
  scorePart('gaps', shareOf),
  scorePart('connect', { missingLinks: texts, of: Type.Integer() }),
]);
export type NextVisitPart = Static<typeof NextVisitPart>;

/** What decides between two regions with the same score. */
export const NextVisitTieReason = Type.Union([
  Type.Object(
    {
      criterion: StringEnum(['part']),
      part: Type.String(),
      value: Type.Number(),
      other: Nullable(Type.Number(), { description: 'null when the part is not measured there' }),
    },
    closed,
  ),
  Type.Object(
    {
      criterion: StringEnum(['population']),
      value: Type.Number(),
      other: NullableNumber,
      year: Type.Integer(),
    },
    closed,
  ),
  Type.Object({ criterion: StringEnum(['name']) }, closed),
]);
export type NextVisitTieReason = Static<typeof NextVisitTieReason>;

export const NextVisitTie = Type.Object(
  { with: Type.String(), reason: NextVisitTieReason },
  closed,
);
export type NextVisitTie = Static<typeof NextVisitTie>;

export const NextVisitRow = Type.Object(
  {
    rank: Type.Integer(),
    ...regionRowProperties,
    score: Nullable(Type.Number(), {
      description:
        'the weighted mean of the measured parts; null when none of the parts weighed above 0 is measured (ranked last)',
    }),
    score_reason_code: Nullable(StringEnum(['no_weighted_part_measured']), {
      description: 'why the score is null; null when there is one',
    }),
    score_reason: Nullable(Type.String(), {
      description: 'why the score is null, in the language asked for; null when there is one',
    }),
    last_visit: NullableString,
    parts: Type.Immutable(Type.Array(NextVisitPart)),
    own_level_indicators: Type.Array(Type.String(), {
      description:
        "index indicators scored at the region's own level (the others from its province)",
    }),
    own_level_scores: Type.Record(
      Type.String(),
      Type.Object({ score: Type.Number(), year: Type.Integer() }, closed),
    ),
    tie: Nullable(NextVisitTie, {
      description: 'tied with the region ranked just below: with whom, and what put this one first',
    }),
  },
  closed,
);
export type NextVisitRow = Static<typeof NextVisitRow>;

/** The ranking of regions for the next visit. */
export const NextVisitReport = Type.Object(
  {
    as_of: Type.String(),
    level: Type.Integer(),
    taxonomy: Type.String(),
    weights: NextVisitWeights,
    exclude_visited_within_months: Type.Integer(),
    ranking: Type.Array(NextVisitRow),
    excluded: Type.Array(
      Type.Object(
        { region: Type.String(), months: Type.Integer(), last_visit: Type.String() },
        closed,
      ),
    ),
    explanation: Type.String(),
    source: Source,
  },
  closed,
);
export type NextVisitReport = Static<typeof NextVisitReport>;
