/**
 * Topic 3: a region's spearheads with their key-area coverage, cluster-strength stars per key
 * area, and investment funds (GET /api/regions/:code/clusters).
 */
import { Type, type Static } from 'typebox';
import { Nullable, NullableNumber, NullableString, Source, closed } from './common.js';
import { keyAreaQueryProperties } from './analytics-key-areas.js';
import { measureStatusProperties } from './measure-status.js';

/** `taxonomy`, `measure`, `limit` and `lang`: the query of the clusters and similar regions. */
export const TaxonomyQuery = Type.Object(keyAreaQueryProperties, closed);
export type TaxonomyQuery = Static<typeof TaxonomyQuery>;

const KeyAreaWeight = Type.Object({ key_area: Type.String(), weight: Type.Number() }, closed);

const Spearhead = Type.Object(
  {
    id: Type.String(),
    name_nl: Type.String(),
    name_en: Type.String(),
    description: Nullable(Type.String(), {
      description: "what the region's editors wrote about it; null when nothing was written",
    }),
    source_id: NullableString,
    key_areas: Type.Array(KeyAreaWeight),
  },
  closed,
);

const rankedStar = Type.Object(
  {
    star: Type.Boolean(),
    value: NullableNumber,
    rank: Nullable(Type.Integer()),
    cutoff_rank: Type.Integer(),
    of: Type.Integer(),
  },
  closed,
);

const Stars = Type.Object(
  {
    key_area: Type.String(),
    name_nl: Type.String(),
    name_en: Type.String(),
    stars: Type.Integer(),
    size: rankedStar,
    specialisation: Type.Object(
      { star: Type.Boolean(), lq: NullableNumber, min_lq: Type.Number() },
      closed,
    ),
    focus: rankedStar,
  },
  closed,
);

const Fund = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    size_eur: NullableNumber,
    instruments: NullableString,
    target_sectors: NullableString,
    manager: NullableString,
    url: NullableString,
    source_id: NullableString,
  },
  closed,
);

/** A region's spearheads, stars and funds; the stars are empty when it cannot be measured. */
export const RegionClusters = Type.Object(
  {
    region: Type.String(),
    ...measureStatusProperties,
    taxonomy: Type.String(),
    measure: Type.String(),
    compared_with: Type.Array(Type.String(), {
      description: 'the regions the stars are ranked among',
    }),
    spearheads: Type.Array(Spearhead),
    coverage: Type.Object(
      {
        covered: Type.Array(
          Type.Object(
            { ...KeyAreaWeight.properties, spearheads: Type.Array(Type.String()) },
            closed,
          ),
        ),
        uncovered: Type.Array(Type.String()),
      },
      closed,
    ),
    stars: Type.Array(Stars),
    funds: Type.Array(Fund),
    source: Source,
  },
  closed,
);
export type RegionClusters = Static<typeof RegionClusters>;
