/**
 * Topic 3: the composite innovation index of every region of a level (GET /api/index) and of one
 * region with its trend (GET /api/regions/:code/index).
 */
import { Type, type Static } from 'typebox';
import { Nullable, NullableNumber, NullableString, Source, StringEnum, closed } from './common.js';
import { Pair } from './pair.js';
import { regionRowProperties } from './region-row.js';

const NullableInteger = Nullable(Type.Integer());

/** `edition`, `lag` and `year`: which values the index is computed from. */
const editionQueryProperties = {
  edition: Type.Optional(
    Type.Integer({
      description:
        "edition year (default: the latest edition in which every indicator has data): each indicator's most recent year at or before it, within the lag window",
    }),
  ),
  lag: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 10, description: 'lag window in years (default 3)' }),
  ),
  year: Type.Optional(
    Type.Integer({ description: 'one year instead of an edition: that year’s values only' }),
  ),
};

export const IndexQuery = Type.Object(
  {
    level: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
    ...editionQueryProperties,
    reference: Type.Optional(
      Type.String({ description: 'EU (default), a country code or a region code' }),
    ),
    indicators: Type.Optional(Type.String({ description: 'comma-separated indicator ids' })),
    country: Type.Optional(
      Type.String({ pattern: '^[A-Za-z]{2}$', description: 'list only this country' }),
    ),
  },
  closed,
);
export type IndexQuery = Static<typeof IndexQuery>;

export const RegionIndexQuery = Type.Object(
  {
    ...editionQueryProperties,
    reference: Type.Optional(Type.String()),
    lang: Type.Optional(
      StringEnum(['en', 'nl'], {
        description: 'language of `reason` and of the indicators’ `score_reason` (default en)',
      }),
    ),
  },
  closed,
);
export type RegionIndexQuery = Static<typeof RegionIndexQuery>;

/** `mode`, `edition` and `lag` of an answer: which values it was computed from. */
const indexModeProperties = {
  mode: StringEnum(['edition', 'year'], {
    description:
      "`edition`: each indicator's latest year within the lag window; `year`: that year's values",
  }),
  edition: NullableInteger,
  lag: Nullable(Type.Integer(), { description: 'the lag window in years; null for one year' }),
};

const IndexGroups = Type.Object(
  {
    label_en: Type.String(),
    label_nl: Type.String(),
    leader: Type.Number(),
    strong: Type.Number(),
    moderate: Type.Number(),
  },
  {
    description:
      "Regiokracht's performance groups on the RIS thresholds; not the official RIS groups",
    ...closed,
  },
);

const RankRange = Pair(Type.Integer(), { description: 'best and worst rank' });

/** A region's row in the index of its level. */
export const IndexRegion = Type.Object(
  {
    ...regionRowProperties,
    index: Type.Number(),
    relative: NullableNumber,
    group: NullableString,
    band: NullableString,
    rank: Type.Integer(),
    rank_range: RankRange,
    filled: Type.Integer(),
    years: Type.Array(NullableInteger, {
      description: 'the year each value was measured, in `indicators` order',
    }),
  },
  closed,
);
export type IndexRegion = Static<typeof IndexRegion>;

const IndicatorYears = Type.Object(
  {
    indicator: Type.String(),
    latest: NullableInteger,
    earliest: NullableInteger,
    regions: Type.Integer(),
  },
  closed,
);

const LeftOut = Type.Object(
  {
    ...regionRowProperties,
    own: Type.Integer(),
    of: Type.Integer(),
    missing: Type.Array(Type.String()),
  },
  closed,
);

const Scaling = Type.Object(
  {
    indicator: Type.String(),
    sqrt: Type.Boolean(),
    clipped_high: Type.Integer(),
    clipped_low: Type.Integer(),
    min: Type.Number(),
    max: Type.Number(),
  },
  closed,
);

/** The index of every region of a level in one edition or year. */
export const IndexTable = Type.Object(
  {
    ...indexModeProperties,
    year: Type.Integer(),
    level: Type.Integer(),
    reference: Type.String(),
    reference_index: NullableNumber,
    indicators: Type.Array(Type.String()),
    weights: Type.Array(Type.Number()),
    regions: Type.Array(IndexRegion),
    excluded: Type.Integer(),
    indicators_unavailable: Type.Array(Type.String()),
    indicator_years: Type.Array(IndicatorYears),
    compared: Type.Integer(),
    countries: Type.Array(Type.Object({ country: Type.String(), regions: Type.Integer() }, closed)),
    left_out: Type.Array(LeftOut),
    groups: IndexGroups,
    no_result: Nullable(Type.Object({ reason: Type.String(), nearest: NullableInteger }, closed), {
      description: 'why no region is listed, and the nearest year or edition that lists some',
    }),
    scaling: Type.Array(Scaling),
    source: Source,
  },
  closed,
);
export type IndexTable = Static<typeof IndexTable>;

const IndicatorTrend = Type.Object(
  {
    first_year: Type.Integer({ description: 'the year or edition of the first value' }),
    last_year: Type.Integer({ description: 'the year or edition of the last value' }),
    first_data_year: Type.Integer({
      description: 'the year the first value was measured (earlier than its edition when carried)',
    }),
    last_data_year: Type.Integer({
      description: 'the year the last value was measured (earlier than its edition when carried)',
    }),
    first: Type.Number(),
    last: Type.Number(),
    relative: NullableNumber,
  },
  closed,
);

/** One indicator of a region's index, beside its country's and the reference area's scores. */
export const RegionIndexIndicator = Type.Object(
  {
    id: Type.String(),
    score: NullableNumber,
    score_reason_code: Nullable(StringEnum(['no_index', 'no_value']), {
      description:
        'why `score` is null: `no_index` (the region has no index that year or edition), `no_value` (no value: not its own, not an earlier year’s within the window, not its parent’s); null when there is one',
    }),
    score_reason: Nullable(Type.String(), {
      description: 'the same in words, in the language asked for; null when there is a score',
    }),
    country_score: NullableNumber,
    reference_score: NullableNumber,
    year: Nullable(Type.Integer(), {
      description: 'the year the value was measured (its parent’s when filled from it)',
    }),
    latest: NullableInteger,
    filled_from: NullableString,
    trend: Nullable(IndicatorTrend),
  },
  closed,
);
export type RegionIndexIndicator = Static<typeof RegionIndexIndicator>;

const RegionIndexTrend = Type.Object(
  {
    year: Type.Integer(),
    index: Type.Number(),
    relative: NullableNumber,
    rank: Type.Integer(),
  },
  closed,
);

/** A region's index, group, band, rank range and trend (a NUTS3 region's are its province's). */
export const RegionIndex = Type.Object(
  {
    region: Type.String(),
    computed_for: Type.String({ description: 'the region itself at NUTS2, else its NUTS2 parent' }),
    ...indexModeProperties,
    year: NullableInteger,
    index: NullableNumber,
    reason_code: Nullable(
      StringEnum(['no_year', 'too_few_own_values', 'no_scores', 'no_own_values']),
      {
        description:
          'why `index` is null: no year or edition with index values; own values of fewer than two thirds of the indicators; own values, none scored; no own value at all. Null when there is an index',
      },
    ),
    reason: Nullable(Type.String(), {
      description: 'the same in words, in the language asked for; null when there is an index',
    }),
    own_values: Nullable(Type.Object({ own: Type.Integer(), of: Type.Integer() }, closed), {
      description:
        'with `too_few_own_values`: the indicators the region has its own values of, out of how many',
    }),
    relative: NullableNumber,
    group: NullableString,
    band: NullableString,
    rank: NullableInteger,
    of: Type.Integer(),
    rank_range: Nullable(RankRange),
    reference: Type.String(),
    country: Type.String(),
    groups: IndexGroups,
    trend: Type.Array(RegionIndexTrend),
    indicators: Type.Array(RegionIndexIndicator),
    source: Source,
  },
  closed,
);
export type RegionIndex = Static<typeof RegionIndex>;
