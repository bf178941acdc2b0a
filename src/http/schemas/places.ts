/**
 * The SME finder's reads: places by name or postcode, and what an entrepreneur needs in a region
 * (contact points, clusters, organisations, funds).
 */
import { Type, type Static } from 'typebox';
import type { ContactPointRecord } from '../../services/sme/contact-point-records.js';
import type { FundRecord } from '../../services/sme/fund-records.js';
import type { SmeContentStatus } from '../../services/sme/sme-field-check.js';
import {
  Named,
  Nullable,
  NullableString,
  RegionName,
  SearchResults,
  Source,
  StringEnum,
  closed,
} from './common.js';
import { contactPointSchema, fundSchema } from './sme.js';

/** A contact point or fund with its status as the schema lists it. */
type Listed<T extends { status: string }> = Omit<T, 'status'> & { status: SmeContentStatus };

/** A town, municipality or postcode area that matches a search, with the regions it lies in. */
export const PlaceMatch = Type.Object(
  {
    kind: StringEnum(['place', 'municipality', 'postcode']),
    name: Type.String(),
    matched_alias: Nullable(Type.String(), {
      description: "The spelling that matched when it was an alias (DEN HAAG for 's-Gravenhage)",
    }),
    municipality: Nullable(Type.Object({ code: Type.String(), name: Type.String() }, closed)),
    region: Nullable(RegionName),
    province: Nullable(RegionName),
  },
  closed,
);
export type PlaceMatch = Static<typeof PlaceMatch>;

/** Places found by a search, exact matches first. */
export const PlaceSearch = SearchResults(PlaceMatch);
export type PlaceSearch = Static<typeof PlaceSearch>;

/**
 * A published SME contact point that serves the region, a region above it, or a municipality in
 * it, with how near it is.
 */
export const SmeContactPoint = Type.Unsafe<Listed<ContactPointRecord> & { nearness: number }>({
  ...contactPointSchema,
  properties: {
    ...contactPointSchema.properties,
    nearness: Type.Integer({
      description:
        '0 serves the municipality asked for; 2 + 2n serves the region n levels above the one asked for; 3 serves another municipality of the region',
    }),
  },
  required: [...contactPointSchema.required, 'nearness'],
});
export type SmeContactPoint = Static<typeof SmeContactPoint>;

/** A published regional fund that serves the region or a region above it. */
export const SmeFund = Type.Unsafe<Listed<FundRecord>>(fundSchema);

/** A cluster or spearhead in, above or below the region. */
export const SmeCluster = Type.Object(
  {
    id: Type.String(),
    region: Type.String(),
    ...Named.properties,
    description: NullableString,
    members: Type.Integer(),
    key_areas: Type.Array(
      Type.Object({ id: Type.String(), ...Named.properties, weight: Type.Number() }, closed),
    ),
  },
  closed,
);
export type SmeCluster = Static<typeof SmeCluster>;

/** An organisation located in the region (or below it). */
export const SmeOrganisation = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    helix_role: Type.String(),
    is_sme: Nullable(Type.Boolean()),
    city: NullableString,
    region: NullableString,
    projects: Type.Integer(),
  },
  closed,
);
export type SmeOrganisation = Static<typeof SmeOrganisation>;

/** What an entrepreneur needs for a region: contact points, clusters, organisations, funds. */
export const RegionSme = Type.Object(
  {
    region: Type.Object({ ...RegionName.properties, level: Type.Integer() }, closed),
    chain: Type.Array(RegionName, {
      description: 'The region and the regions above it, nearest first',
    }),
    contact_points: Type.Array(SmeContactPoint),
    clusters: Type.Array(SmeCluster),
    organisations: Type.Array(SmeOrganisation),
    funds: Type.Array(SmeFund),
    source: Source,
  },
  closed,
);
export type RegionSme = Static<typeof RegionSme>;

// What clients send.

export const PlaceSearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100 }),
    limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  },
  closed,
);

export const RegionSmeQuery = Type.Object(
  {
    municipality: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z]{2}[0-9]{4}$',
        description: 'CBS code of the municipality asked about: its own contact points come first',
      }),
    ),
  },
  closed,
);
