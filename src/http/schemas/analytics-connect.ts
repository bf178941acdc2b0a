/**
 * Connecting regions: similar and complementary regions by key-area profile
 * (GET /api/regions/:code/similar), and organisations elsewhere active in the same key areas and
 * not yet linked to the region's (GET /api/regions/:code/partners).
 */
import { Type, type Static } from 'typebox';
import { Nullable, Source, closed } from './common.js';
import { keyAreaQueryProperties } from './analytics-key-areas.js';
import { measureStatusProperties } from './measure-status.js';
import { regionRowProperties } from './region-row.js';

const keyAreaIds = Type.Array(Type.String());

const SimilarRegion = Type.Object(
  {
    ...regionRowProperties,
    similarity: Type.Number(),
    they_lead: Type.Array(Type.String(), {
      description: 'key areas where the other region is specialised and this one is not',
    }),
    we_lead: Type.Array(Type.String(), {
      description: 'key areas where this region is specialised and the other is not',
    }),
    explanation_en: Type.String(),
    explanation_nl: Type.String(),
  },
  closed,
);

/** The regions most alike in key-area profile; empty when the region cannot be measured. */
export const RegionSimilar = Type.Object(
  {
    region: Type.String(),
    ...measureStatusProperties,
    taxonomy: Type.String(),
    measure: Type.String(),
    reference: Type.String(),
    regions: Type.Array(SimilarRegion),
    source: Source,
  },
  closed,
);
export type RegionSimilar = Static<typeof RegionSimilar>;

export const PartnersQuery = Type.Object(
  {
    taxonomy: keyAreaQueryProperties.taxonomy,
    scope: Type.Optional(
      Type.String({
        description: 'where to look: a country or region code (default the region’s country)',
      }),
    ),
    limit: keyAreaQueryProperties.limit,
    lang: keyAreaQueryProperties.lang,
  },
  closed,
);
export type PartnersQuery = Static<typeof PartnersQuery>;

const organisationName = Nullable(Type.String(), {
  description: 'null when the source gives no name',
});

const Partner = Type.Object(
  {
    id: Type.String(),
    name: organisationName,
    region: Type.String(),
    region_name_nl: Type.String(),
    region_name_en: Type.String(),
    helix_role: Type.String(),
    shared_key_areas: keyAreaIds,
    local_partners: Type.Array(Type.Object({ id: Type.String(), name: organisationName }, closed)),
    reason_en: Type.String(),
    reason_nl: Type.String(),
  },
  closed,
);

/** Organisations to link with; empty when the region cannot be measured. */
export const RegionPartners = Type.Object(
  {
    region: Type.String(),
    ...measureStatusProperties,
    taxonomy: Type.String(),
    scope: Type.String(),
    min_activity: Type.Number(),
    organisations: Type.Array(Partner),
    source: Source,
  },
  closed,
);
export type RegionPartners = Static<typeof RegionPartners>;
