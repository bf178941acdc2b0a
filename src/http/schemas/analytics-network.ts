/** Topic 1: a region's collaboration network, measured (GET /api/regions/:code/network). */
import { Type, type Static } from 'typebox';
import { HELIX_ROLES } from '../../core/helix-role.js';
import { Nullable, NullableNumber, Source, StringEnum, closed } from './common.js';
import { coveredProperties, langQuery, notMeasuredSchema } from './measure-status.js';
import { NETWORK_MEASURES } from '../../core/network/network-undefined-measures.js';
import { ROLE_MIXING_UNDEFINED_REASONS } from '../../core/network/network-role-mixing.js';

export const HelixRole = StringEnum(HELIX_ROLES);
export type HelixRole = Static<typeof HelixRole>;

export const NetworkQuery = Type.Object(
  {
    seed: Type.Optional(
      Type.Integer({
        description: 'Louvain seed (default 1; other values for signed-in users only)',
      }),
    ),
    key_area: Type.Optional(
      Type.String({
        description: 'only the projects classified into this key area, e.g. topsectoren-2011/htsm',
      }),
    ),
    lang: Type.Optional(langQuery),
  },
  closed,
);
export type NetworkQuery = Static<typeof NetworkQuery>;

/** An organisation of the region in the network, with its centralities. */
export const NetworkOrganisation = Type.Object(
  {
    id: Type.String(),
    name: Nullable(Type.String(), { description: 'null when the source gives no name' }),
    helix_role: HelixRole,
    degree: Type.Integer(),
    degree_centrality: Nullable(Type.Number(), {
      description: 'null below two organisations (see `not_measured`)',
    }),
    betweenness_centrality: Nullable(Type.Number(), {
      description: 'null below three organisations (see `not_measured`)',
    }),
    community: Type.Integer(),
    external_links: Type.Integer(),
  },
  closed,
);
export type NetworkOrganisation = Static<typeof NetworkOrganisation>;

const HelixPair = Type.Object(
  {
    a: HelixRole,
    b: HelixRole,
    observed: Type.Number(),
    expected: Type.Number(),
    ratio: Nullable(Type.Number(), {
      description: 'observed / expected; null when no link is expected (`ratio_reason` says why)',
    }),
    ratio_reason_code: Nullable(StringEnum(ROLE_MIXING_UNDEFINED_REASONS), {
      description:
        'why the ratio is null: `no_links` (the network has none) or `role_without_links` (no link ends at an organisation of one of the two roles); null when it is measured',
    }),
    ratio_reason: Nullable(Type.String(), {
      description: 'why the ratio is null, in the language asked for; null when it is measured',
    }),
  },
  closed,
);

const NetworkLink = Type.Object(
  { source: Type.String(), target: Type.String(), weight: Type.Number() },
  closed,
);

/**
 * A region's network; every measure is null when the region cannot be measured, every count too
 * when no organisation is placed in it (`coverage.region_organisations` 0; `not_measured` gives
 * that reason for each measure), and a measure the network is too small for (density of fewer than two organisations, ...) is null with its
 * reason in `not_measured`.
 */
export const Network = Type.Object(
  {
    region: Type.String(),
    key_area: Nullable(Type.String(), {
      description: 'the key area the network is limited to (its projects only); null for all',
    }),
    ...coveredProperties,
    nodes: Nullable(Type.Integer()),
    edges: Nullable(Type.Integer()),
    density: NullableNumber,
    components: Nullable(Type.Integer()),
    largest_component_share: NullableNumber,
    assortativity_helix: NullableNumber,
    helix_pairs: Type.Array(HelixPair),
    communities: Type.Object(
      { count: Nullable(Type.Integer()), modularity: NullableNumber },
      closed,
    ),
    organisations: Type.Array(NetworkOrganisation),
    links: Type.Array(NetworkLink),
    not_measured: notMeasuredSchema(NETWORK_MEASURES),
    source: Source,
  },
  closed,
);
export type Network = Static<typeof Network>;
