import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RegiokrachtError } from '../../domain/errors.js';
import { EDITORS } from '../../domain/role.js';
import { regionClusterRecords, readCluster } from '../../services/clusters/cluster-records.js';
import {
  createCluster,
  deleteCluster,
  updateCluster,
  type ClusterChanges,
  type NewClusterInput,
} from '../../services/clusters/cluster-writes.js';
import { regionField } from '../../services/visits/region-field.js';
import { PUBLIC } from '../auth/access-rule.js';
import { clusterRegionOf, paramRegion, recordRegion } from '../auth/record-regions.js';
import type { AppDeps } from '../create-app.js';
import { Conflict, IdParam, Problem, RegionParam } from '../schemas/common.js';
import { versionedErrorHandler } from '../versioned-route.js';

const named = { name_nl: { type: 'string' }, name_en: { type: 'string' } } as const;

const clusterSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    region: { type: 'object', properties: { code: { type: 'string' }, ...named } },
    ...named,
    description: { type: ['string', 'null'] },
    source_id: { type: ['string', 'null'] },
    version: { type: 'integer' },
    key_areas: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, ...named, weight: { type: 'number' } },
      },
    },
    members: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          actor_id: { type: 'string' },
          name: { type: 'string' },
          role: { type: ['string', 'null'] },
        },
      },
    },
  },
  required: ['id', 'region', 'name_nl', 'name_en', 'version', 'key_areas', 'members'],
} as const;

const clusterFields = {
  name_nl: { type: 'string', minLength: 1, maxLength: 300 },
  name_en: { type: 'string', minLength: 1, maxLength: 300 },
  description: { type: ['string', 'null'], maxLength: 10000 },
  key_areas: {
    type: 'array',
    maxItems: 50,
    description: 'Key areas with their weight (0-1]; replaces the list',
    items: {
      type: 'object',
      properties: {
        id: { type: 'string', maxLength: 120 },
        weight: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
      },
      required: ['id'],
      additionalProperties: false,
    },
  },
  members: {
    type: 'array',
    maxItems: 500,
    description: 'Organisations (actor ids) with their role; replaces the list',
    items: {
      type: 'object',
      properties: {
        actor_id: { type: 'string', maxLength: 200 },
        role: { type: ['string', 'null'], maxLength: 200 },
      },
      required: ['actor_id'],
      additionalProperties: false,
    },
  },
} as const;

const version = {
  type: 'integer',
  minimum: 1,
  description: 'The version you last read; a stale one is refused with 409 and the current record',
} as const;

/**
 * A region's spearheads (table `clusters`): list, read, add, change, remove. Regional editors
 * write those of their regions and of the regions below them.
 */
export function clusterRoutes(app: FastifyInstance, deps: AppDeps): void {
  const writeDeps = (request: FastifyRequest) => ({
    store: deps.store,
    now: deps.now,
    actor: request.auditActor,
  });
  const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
  const ownRegion = { allow: EDITORS, regions: recordRegion(clusterRegionOf) };

  app.get<{ Params: { code: string } }>(
    '/api/regions/:code/spearheads',
    {
      config: { access: PUBLIC },
      schema: {
        summary: "A region's spearheads (clusters) with key areas, members and version",
        tags: ['clusters'],
        params: RegionParam,
        response: {
          200: {
            type: 'object',
            properties: {
              region: { type: 'string' },
              items: { type: 'array', items: clusterSchema },
            },
            required: ['region', 'items'],
          },
          ...errors,
        },
      },
    },
    async (request) => {
      const region = await regionField(deps.store.db, request.params.code, 'code');
      return { region, items: await regionClusterRecords(deps.store.db, region) };
    },
  );

  app.post<{ Params: { code: string }; Body: NewClusterInput }>(
    '/api/regions/:code/spearheads',
    {
      config: { access: { allow: EDITORS, regions: paramRegion('code') } },
      schema: {
        summary: 'Add a spearhead (cluster) to a region',
        tags: ['clusters'],
        params: RegionParam,
        body: {
          type: 'object',
          properties: clusterFields,
          required: ['name_nl', 'name_en'],
          additionalProperties: false,
        },
        response: { 201: clusterSchema, ...errors },
      },
    },
    async (request, reply) => {
      const cluster = await createCluster(writeDeps(request), request.params.code, request.body);
      return reply.status(201).header('location', `/api/spearheads/${cluster.id}`).send(cluster);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/spearheads/:id',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'One spearhead (cluster) with its version',
        tags: ['clusters'],
        params: IdParam,
        response: { 200: clusterSchema, 404: Problem },
      },
    },
    async (request) => {
      const cluster = await readCluster(deps.store.db, request.params.id);
      if (!cluster)
        throw new RegiokrachtError('NOT_FOUND', `no spearhead with id ${request.params.id}`);
      return cluster;
    },
  );

  app.patch<{ Params: { id: string }; Body: ClusterChanges }>(
    '/api/spearheads/:id',
    {
      config: { access: ownRegion },
      errorHandler: versionedErrorHandler,
      schema: {
        summary: 'Change a spearhead: names, description, key areas, members',
        tags: ['clusters'],
        params: IdParam,
        body: {
          type: 'object',
          properties: { version, ...clusterFields },
          required: ['version'],
          additionalProperties: false,
        },
        response: { 200: clusterSchema, ...errors, 409: Conflict(clusterSchema) },
      },
    },
    (request) => updateCluster(writeDeps(request), request.params.id, request.body),
  );

  app.delete<{ Params: { id: string }; Querystring: { version: number } }>(
    '/api/spearheads/:id',
    {
      config: { access: ownRegion },
      errorHandler: versionedErrorHandler,
      schema: {
        summary: 'Remove a spearhead (with its key areas and members)',
        tags: ['clusters'],
        params: IdParam,
        querystring: {
          type: 'object',
          properties: { version },
          required: ['version'],
          additionalProperties: false,
        },
        response: { 204: { type: 'null' }, ...errors, 409: Conflict(clusterSchema) },
      },
    },
    async (request, reply) => {
      await deleteCluster(writeDeps(request), request.params.id, request.query.version);
      return reply.status(204).send();
    },
  );
}
