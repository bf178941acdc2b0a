import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
import {
  Cluster,
  ClusterChangesBody,
  ClusterVersionQuery,
  NewClusterBody,
  RegionClusters,
} from '../schemas/clusters.js';
import { IdParam, Problem, RegionParam } from '../schemas/common.js';
import { versionedRoute } from '../versioned-route.js';

/**
 * A region's spearheads (table `clusters`): list, read, add, change, remove. Regional editors
 * write those of their regions and of the regions below them.
 */
export function clusterRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const writeDeps = (request: FastifyRequest) => ({
    store: deps.store,
    now: deps.now,
    actor: request.auditActor,
  });
  const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
  const ownRegion = { allow: EDITORS, regions: recordRegion(clusterRegionOf) };

  app.get(
    '/api/regions/:code/spearheads',
    {
      config: { access: PUBLIC },
      schema: {
        summary: "A region's spearheads (clusters) with key areas, members and version",
        tags: ['clusters'],
        params: RegionParam,
        response: { 200: RegionClusters, ...errors },
      },
    },
    async (request) => {
      const region = await regionField(deps.store.db, request.params.code, 'code');
      return { region, items: await regionClusterRecords(deps.store.db, region) };
    },
  );

  app.post(
    '/api/regions/:code/spearheads',
    {
      config: { access: { allow: EDITORS, regions: paramRegion('code') } },
      schema: {
        summary: 'Add a spearhead (cluster) to a region',
        tags: ['clusters'],
        params: RegionParam,
        body: NewClusterBody,
        response: { 201: Cluster, ...errors },
      },
    },
    async (request, reply) => {
      const cluster = await createCluster(writeDeps(request), request.params.code, request.body);
      return reply.status(201).header('location', `/api/spearheads/${cluster.id}`).send(cluster);
    },
  );

  app.get(
    '/api/spearheads/:id',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'One spearhead (cluster) with its version',
        tags: ['clusters'],
        params: IdParam,
        response: { 200: Cluster, 404: Problem },
      },
    },
    async (request) => {
      const cluster = await readCluster(deps.store.db, request.params.id);
      if (!cluster)
        throw new RegiokrachtError('NOT_FOUND', `no spearhead with id ${request.params.id}`);
      return cluster;
    },
  );

  app.patch(
    '/api/spearheads/:id',
    versionedRoute(Cluster, {
      config: { access: ownRegion },
      schema: {
        summary: 'Change a spearhead: names, description, key areas, members',
        tags: ['clusters'],
        params: IdParam,
        body: ClusterChangesBody,
        response: { 200: Cluster, ...errors },
      },
    }),
    (request) => updateCluster(writeDeps(request), request.params.id, request.body),
  );

  app.delete(
    '/api/spearheads/:id',
    versionedRoute(Cluster, {
      config: { access: ownRegion },
      schema: {
        summary: 'Remove a spearhead (with its key areas and members)',
        tags: ['clusters'],
        params: IdParam,
        querystring: ClusterVersionQuery,
        response: { 204: Type.Null(), ...errors },
      },
    }),
    async (request, reply) => {
      await deleteCluster(writeDeps(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
}
