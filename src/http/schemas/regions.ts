/**
 * Regions: the list and the search, one region with its parent, children, spearheads and
 * platforms, and the boundaries of a level for maps.
 */
import { Type, type Static } from 'typebox';
import type { AreaGeometry as AreaGeometryType } from '../../core/geo/simplify-geometry.js';
import {
  Named,
  Nullable,
  NullableString,
  RegionName,
  SearchResults,
  StringEnum,
  closed,
} from './common.js';

/** A country code of two letters, either case. */
export const CountryCode = Type.String({ pattern: '^[A-Za-z]{2}$' });
/** A NUTS level: 0 countries, 1 large regions, 2 provinces, 3 COROP areas. */
export const NutsLevel = Type.Integer({ minimum: 0, maximum: 3 });
/** A map scale of GISCO's boundaries. */
export const MapScale = StringEnum(['60M', '20M', '03M']);

const regionSummaryProperties = {
  ...RegionName.properties,
  kind: Type.String(),
  level: Type.Integer(),
  country_code: Type.String(),
  parent_code: NullableString,
};

/** A region in a list. */
export const RegionSummary = Type.Object(regionSummaryProperties, closed);
export type RegionSummary = Static<typeof RegionSummary>;

/** A region found by a search, with the name it was found by and how. */
export const RegionSearchItem = Type.Object(
  {
    ...regionSummaryProperties,
    matched: Type.String(),
    matched_kind: StringEnum(['code', 'name', 'exonym', 'corop', 'municipality', 'place']),
    match: StringEnum(['code', 'name', 'place', 'word', 'prefix', 'fuzzy', 'fuzzy-part']),
  },
  closed,
);
export type RegionSearchItem = Static<typeof RegionSearchItem>;

/** Regions found by a search, best first. */
export const RegionSearch = SearchResults(RegionSearchItem);
export type RegionSearch = Static<typeof RegionSearch>;

/** GET /api/regions: a list, or with `q` the regions found (each with the name it was found by). */
export const RegionList = Type.Object(
  {
    query: Type.Optional(Type.String()),
    items: Type.Array(
      Type.Object(
        {
          ...regionSummaryProperties,
          matched: Type.Optional(RegionSearchItem.properties.matched),
          matched_kind: Type.Optional(RegionSearchItem.properties.matched_kind),
          match: Type.Optional(RegionSearchItem.properties.match),
        },
        closed,
      ),
    ),
    total: Type.Integer(),
  },
  closed,
);

/** A key area a spearhead covers, with its weight. */
export const SpearheadKeyArea = Type.Object(
  {
    key_area_id: Type.String(),
    taxonomy_id: Type.String(),
    ...Named.properties,
    weight: Type.Number(),
  },
  closed,
);

/** A spearhead (cluster) of a region. */
export const Spearhead = Type.Object(
  {
    id: Type.String(),
    ...Named.properties,
    description: Nullable(Type.String(), {
      description:
        "What the region's editors wrote about it, in their words; null when nothing was written",
    }),
    source_id: NullableString,
    key_areas: Type.Array(SpearheadKeyArea),
  },
  closed,
);
export type Spearhead = Static<typeof Spearhead>;

/** An innovation platform of a region. */
export const Platform = Type.Object(
  { id: Type.String(), name: Type.String(), scope: Type.String(), source_id: NullableString },
  closed,
);

/** One region with its parent, children, spearheads and platforms. */
export const RegionDetail = Type.Object(
  {
    ...regionSummaryProperties,
    nuts_version: Type.String(),
    source_id: NullableString,
    parent: Nullable(RegionSummary),
    children: Type.Array(RegionSummary),
    spearheads: Type.Array(Spearhead),
    platforms: Type.Array(Platform),
  },
  closed,
);
export type RegionDetail = Static<typeof RegionDetail>;

/** A region's boundary: a GeoJSON (RFC 7946) polygon or multipolygon, longitude first. */
export const AreaGeometry = Type.Unsafe<AreaGeometryType>({
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['Polygon', 'MultiPolygon'] },
    coordinates: { type: 'array', description: 'rings of [longitude, latitude] positions' },
  },
  required: ['type', 'coordinates'],
  additionalProperties: false,
});

/** One region on a map. */
export const RegionFeature = Type.Object(
  {
    type: Type.Literal('Feature'),
    id: Type.String(),
    properties: RegionName,
    geometry: AreaGeometry,
  },
  closed,
);
export type RegionFeature = Static<typeof RegionFeature>;

/** The regions of one level as a GeoJSON FeatureCollection. */
export const RegionFeatureCollection = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    scale: Type.String(),
    source_id: NullableString,
    features: Type.Array(RegionFeature),
  },
  closed,
);
export type RegionFeatureCollection = Static<typeof RegionFeatureCollection>;

// What clients send.

export const RegionListQuery = Type.Object(
  {
    level: Type.Optional(NutsLevel),
    country: Type.Optional(CountryCode),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
  },
  closed,
);

export const GeometryQuery = Type.Object(
  {
    level: NutsLevel,
    country: Type.Optional(CountryCode),
    scale: Type.Optional(MapScale),
    tolerance: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  },
  closed,
);
