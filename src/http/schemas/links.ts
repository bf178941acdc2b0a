/**
 * Connecting regions: a region's links to partner regions and countries, the organisations that
 * carry one link, and the similar or complementary regions it is weakly linked with.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { coveredProperties, langQuery, measureStatusProperties } from './measure-status.js';
import {
  Nullable,
  NullableString,
  RegionCode,
  RegionParam,
  Source,
  StringEnum,
  closed,
} from './common.js';

/**
 * An array whose type is read-only: the links service builds its answers as read-only values,
 * cached and shared between requests.
 */
function List<T extends TSchema>(item: T, options: Record<string, unknown> = {}) {
  return Type.Unsafe<readonly Static<T>[]>(Type.Array(item, options));
}
const count = Type.Integer({ minimum: 0 });

/** Organisations in the shared projects, per helix role. */
const roleCounts = Type.Object(
  {
    business: count,
    research: count,
    education: count,
    government: count,
    other: count,
  },
  { ...closed, description: 'organisations in the shared projects, per helix role' },
);

/** Shared projects in one start year. */
export const YearCount = Type.Object({ year: Type.Integer(), shared_projects: count }, closed);
export type YearCount = Static<typeof YearCount>;

const yearCounts = List(YearCount, { description: 'shared projects per start year' });

const centroid = Type.Unsafe<readonly [number, number] | null>({
  type: ['array', 'null'],
  description: 'longitude and latitude of the centroid; null when no boundary is loaded',
  items: { type: 'number' },
  minItems: 2,
  maxItems: 2,
});

/** An organisation that carries a link between two regions. */
export const BridgeOrganisation = Type.Object(
  {
    id: Type.String(),
    name: Nullable(Type.String(), { description: 'null when the source gives no name' }),
    pic: Type.String(),
    helix_role: Type.String(),
    shared_projects: count,
  },
  closed,
);
export type BridgeOrganisation = Static<typeof BridgeOrganisation>;

const nodeNames = {
  name_nl: Type.String(),
  name_en: Type.String(),
  note_nl: Nullable(Type.String(), {
    description: 'for a country: that its organisations take part as the country, and why',
  }),
  note_en: NullableString,
};

/** One partner of a region: a region of the same level and country, or another country. */
export const LinkPartner = Type.Object(
  {
    code: Type.String(),
    kind: StringEnum(['region', 'country']),
    ...nodeNames,
    shared_projects: count,
    organisation_pairs: count,
    contribution_eur: Nullable(Type.Number(), {
      description: 'EC contribution of the shared projects; null when none has one in the source',
    }),
    projects_without_contribution: count,
    partner_projects: count,
    strength: Type.Number({ description: 'Salton index s / sqrt(p_a x p_b)' }),
    jaccard: Type.Number({ description: 's / (p_a + p_b - s)' }),
    roles_here: roleCounts,
    roles_there: roleCounts,
    by_year: yearCounts,
    without_year: count,
    top_bridges: List(BridgeOrganisation),
    centroid,
  },
  closed,
);
export type LinkPartner = Static<typeof LinkPartner>;

/** GET /api/regions/:code/links: a region's partners ranked by strength. */
export const RegionLinks = Type.Object(
  {
    region: Type.String(),
    asked: Type.String(),
    level: Type.Integer(),
    country: Type.String(),
    ...coveredProperties,
    projects: Nullable(count, {
      description:
        'projects with a participant placed in the region; null when the region cannot be measured or no organisation is placed in it (`coverage.region_organisations` 0)',
    }),
    linked_projects: Nullable(count, {
      description: 'of them, projects shared with another region or country; null as `projects`',
    }),
    by_year: yearCounts,
    centroid,
    partners: List(LinkPartner),
    source: Source,
  },
  closed,
);
export type RegionLinks = Static<typeof RegionLinks>;

/** GET /api/regions/:code/links/:partner/bridges: the organisations on both sides of a link. */
export const RegionBridges = Type.Object(
  {
    region: Type.String(),
    partner: Type.String(),
    partner_names: Type.Object(nodeNames, closed),
    level: Type.Integer(),
    shared_projects: count,
    here: List(BridgeOrganisation),
    there: List(BridgeOrganisation),
    source: Source,
  },
  closed,
);
export type RegionBridges = Static<typeof RegionBridges>;

/** A region weakly linked with the region asked about, and why it would be worth linking. */
export const MissingLink = Type.Object(
  {
    region: Type.String(),
    name_nl: Type.String(),
    name_en: Type.String(),
    kind: StringEnum(['similar', 'complementary']),
    similarity: Nullable(Type.Number()),
    shared_projects: count,
    strength: Type.Number(),
    score: Type.Number(),
    explanation_nl: Type.String(),
    explanation_en: Type.String(),
  },
  closed,
);

/** GET /api/regions/:code/links/missing. */
export const MissingLinks = Type.Object(
  {
    region: Type.String(),
    level: Type.Integer(),
    taxonomy: Type.String(),
    weak_below: Nullable(Type.Number(), {
      description: 'median strength of the linked pairs of regions of the level: weaker is weak',
    }),
    peers: Nullable(Type.Integer()),
    links: List(MissingLink),
    ...measureStatusProperties,
    source: Source,
  },
  closed,
);
export type MissingLinks = Static<typeof MissingLinks>;

// What clients send.

const level = Type.Integer({
  enum: [0, 1, 2, 3],
  description: 'NUTS level of the partner regions in the country (default the region’s own)',
});

export const LinksQuery = Type.Object(
  { level: Type.Optional(level), lang: Type.Optional(langQuery) },
  closed,
);

export const LinksGexfQuery = Type.Object({ level: Type.Optional(level) }, closed);

export const BridgesParams = Type.Object(
  {
    code: RegionParam.properties.code,
    partner: Type.String({
      ...RegionCode,
      description: 'region of the same level, or a country code',
    }),
  },
  closed,
);

export const BridgesQuery = Type.Object(
  {
    level: Type.Optional(level),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  closed,
);

export const MissingLinksQuery = Type.Object(
  {
    taxonomy: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    lang: Type.Optional(langQuery),
  },
  closed,
);
