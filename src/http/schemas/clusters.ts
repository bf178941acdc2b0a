/** A region's spearheads (table `clusters`): the record, a region's list, and what clients send. */
import { Type, type Static } from 'typebox';
import {
  ChangesBody,
  Nullable,
  NullableString,
  RegionName,
  VersionField,
  closed,
} from './common.js';

const named = { name_nl: Type.String(), name_en: Type.String() };

/** A region's cluster (spearhead) with its key areas and members. */
export const Cluster = Type.Object(
  {
    id: Type.String(),
    region: RegionName,
    ...named,
    description: NullableString,
    source_id: NullableString,
    version: Type.Integer(),
    key_areas: Type.Array(
      Type.Object({ id: Type.String(), ...named, weight: Type.Number() }, closed),
    ),
    members: Type.Array(
      Type.Object({ actor_id: Type.String(), name: Type.String(), role: NullableString }, closed),
    ),
  },
  closed,
);
export type Cluster = Static<typeof Cluster>;

/** The spearheads of a region (exactly that region). */
export const RegionClusters = Type.Object(
  { region: Type.String(), items: Type.Array(Cluster) },
  closed,
);

const clusterName = Type.String({ minLength: 1, maxLength: 300 });
const clusterFields = {
  description: Type.Optional(Nullable(Type.String({ maxLength: 10000 }))),
  key_areas: Type.Optional(
    Type.Array(
      Type.Object(
        {
          id: Type.String({ maxLength: 120 }),
          weight: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
        },
        closed,
      ),
      { maxItems: 50, description: 'Key areas with their weight (0-1]; replaces the list' },
    ),
  ),
  members: Type.Optional(
    Type.Array(
      Type.Object(
        {
          actor_id: Type.String({ maxLength: 200 }),
          role: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
        },
        closed,
      ),
      {
        maxItems: 500,
        description: 'Organisations (actor ids) with their role; replaces the list',
      },
    ),
  ),
};

/** A new cluster of a region: both names are required. */
export const NewClusterBody = Type.Object(
  { name_nl: clusterName, name_en: clusterName, ...clusterFields },
  closed,
);
export type NewClusterBody = Static<typeof NewClusterBody>;

/** Changes to a cluster: the version last read and the fields to change. */
export const ClusterChangesBody = ChangesBody(
  { name_nl: clusterName, name_en: clusterName },
  clusterFields,
);
export type ClusterChanges = Static<typeof ClusterChangesBody>;

/** The version of the cluster to remove, as the query of DELETE. */
export const ClusterVersionQuery = Type.Object({ version: VersionField }, closed);
