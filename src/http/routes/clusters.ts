import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { RegiokrachtError } from '../../domain/errors.js';
import { EDITORS } from '../../domain/role.js';
import { regionClusterRecords, readCluster } from '../../services/clusters/cluster-records.js';
import {
  createCluster,
  deleteCluster,
  updateCluster,
} from '../../services/clusters/cluster-writes.js';
import { regionField } from '../../services/visits/region-field.js';
import { PUBLIC } from '../auth/access-rule.js';
import { clusterRegionOf, paramRegion, recordRegion } from '../auth/record-regions.js';
import type { AppDeps } from '../create-app.js';
import { publicReads, routeOptions } from '../route-options.js';
import { recordRoutes } from '../record-routes.js';
import { requestWriteDeps } from '../request-write-deps.js';
import {
  Cluster,
  ClusterChangesBody,
  ClusterVersionQuery,
  NewClusterBody,
  RegionClusters,
} from '../schemas/clusters.js';
import { IdParam, Problem, RegionParam } from '../schemas/common.js';
import { versionedRoute } from '../versioned-route.js';

const route = routeOptions(['clusters']);

/**
 * A region's spearheads (table `clusters`): list, read, add, change, remove. Regional editors
 * write those of their regions and of the regions below them.
 */
export function clusterRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const get = publicReads(server, ['clusters']);
  const writeDeps = requestWriteDeps(deps);
  const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
  const ownRegion = { allow: EDITORS, regions: recordRegion(clusterRegionOf) };
  const records = recordRoutes(server, deps, ['clusters'], errors);

  get(
    '/api/regions/:code/spearheads',
    "A region's spearheads (clusters) with key areas, members and version",
    { params: RegionParam },
    { 200: RegionClusters, ...errors },
    async (request) => {
      const region = await regionField(deps.store.db, request.params.code, 'code');
      return { region, items: await regionClusterRecords(deps.store.db, region) };
    },
  );

  app.post(
    '/api/regions/:code/spearheads',
    route(
      { allow: EDITORS, regions: paramRegion('code') },
      'Add a spearhead (cluster) to a region',
      { params: RegionParam, body: NewClusterBody },
      { 201: Cluster, ...errors },
    ),
    async (request, reply) => {
      const cluster = await createCluster(writeDeps(request), request.params.code, request.body);
      return reply.status(201).header('location', `/api/spearheads/${cluster.id}`).send(cluster);
    },
  );

  app.get(
    '/api/spearheads/:id',
    route(
      PUBLIC,
      'One spearhead (cluster) with its version',
      { params: IdParam },
      { 200: Cluster, 404: Problem },
    ),
    async (request) => {
      const cluster = await readCluster(deps.store.db, request.params.id);
      if (!cluster)
        throw new RegiokrachtError('NOT_FOUND', `no spearhead with id ${request.params.id}`);
      return cluster;
    },
  );

  records.change(
    {
      url: '/api/spearheads/:id',
      access: ownRegion,
      summary: 'Change a spearhead: names, description, key areas, members',
      body: ClusterChangesBody,
      record: Cluster,
    },
    updateCluster,
  );

  app.delete(
    '/api/spearheads/:id',
    versionedRoute(
      Cluster,
      route(
        ownRegion,
        'Remove a spearhead (with its key areas and members)',
        { params: IdParam, querystring: ClusterVersionQuery },
        { 204: Type.Null(), ...errors },
      ),
    ),
    async (request, reply) => {
      await deleteCluster(writeDeps(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
}
