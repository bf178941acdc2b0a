import type { FastifyInstance } from 'fastify';
import { regionGeometries } from '../../services/regions/geometry-service.js';
import { searchRegions } from '../../services/regions/region-search-service.js';
import { getRegion, listRegions } from '../../services/regions/region-service.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';

const regionSummary = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    kind: { type: 'string' },
    level: { type: 'integer' },
    name_nl: { type: 'string' },
    name_en: { type: 'string' },
    country_code: { type: 'string' },
    parent_code: { type: ['string', 'null'] },
  },
  required: ['code', 'level', 'name_nl', 'name_en'],
} as const;

/** A region in a list; when the list answers a search, also the name it was found by and how. */
const regionListItem = {
  type: 'object',
  properties: {
    ...regionSummary.properties,
    matched: { type: 'string' },
    matched_kind: {
      type: 'string',
      enum: ['code', 'name', 'exonym', 'corop', 'municipality', 'place'],
    },
    match: {
      type: 'string',
      enum: ['code', 'name', 'place', 'word', 'prefix', 'fuzzy', 'fuzzy-part'],
    },
  },
  required: ['code', 'kind', 'level', 'name_nl', 'name_en', 'country_code', 'parent_code'],
  additionalProperties: false,
} as const;

const keyAreaWeight = {
  type: 'object',
  properties: {
    key_area_id: { type: 'string' },
    taxonomy_id: { type: 'string' },
    name_nl: { type: 'string' },
    name_en: { type: 'string' },
    weight: { type: 'number' },
  },
} as const;

const regionDetail = {
  type: 'object',
  properties: {
    ...regionSummary.properties,
    nuts_version: { type: 'string' },
    source_id: { type: ['string', 'null'] },
    parent: { anyOf: [regionSummary, { type: 'null' }] },
    children: { type: 'array', items: regionSummary },
    spearheads: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name_nl: { type: 'string' },
          name_en: { type: 'string' },
          description: { type: ['string', 'null'] },
          source_id: { type: ['string', 'null'] },
          key_areas: { type: 'array', items: keyAreaWeight },
        },
      },
    },
    platforms: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          scope: { type: 'string' },
          source_id: { type: ['string', 'null'] },
        },
      },
    },
  },
} as const;

/** Regions: list, one region, and geometry per level. */
export function regionRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Querystring: { level?: number; country?: string; q?: string; limit?: number } }>(
    '/api/regions',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'List regions, by NUTS level and country; with q, find regions by code or name (Dutch, English, local, town or municipality), best first',
        tags: ['regions'],
        querystring: {
          type: 'object',
          properties: {
            level: { type: 'integer', minimum: 0, maximum: 3 },
            country: { type: 'string', pattern: '^[A-Za-z]{2}$' },
            q: { type: 'string', minLength: 1, maxLength: 100 },
            limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            type: 'object',
            properties: {
              query: { type: 'string' },
              items: { type: 'array', items: regionListItem },
              total: { type: 'integer' },
            },
            required: ['items', 'total'],
            additionalProperties: false,
          },
        },
      },
    },
    async (request) => {
      const { q, limit, ...filter } = request.query;
      if (q !== undefined) return searchRegions(deps.store, q, { ...filter, limit: limit ?? 10 });
      const items = await listRegions(deps.store, filter);
      return { items, total: items.length };
    },
  );

  app.get<{ Params: { code: string } }>(
    '/api/regions/:code',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'One region with parent, children, spearheads and platforms',
        tags: ['regions'],
        params: {
          type: 'object',
          properties: { code: { type: 'string', pattern: '^[A-Za-z0-9_]{2,12}$' } },
          required: ['code'],
        },
        response: { 200: regionDetail },
      },
    },
    (request) => getRegion(deps.store, request.params.code),
  );

  app.get<{ Querystring: { level: number; country?: string; scale?: string; tolerance?: number } }>(
    '/api/geometry',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Region boundaries of one NUTS level as GeoJSON, simplified for maps',
        tags: ['regions'],
        querystring: {
          type: 'object',
          properties: {
            level: { type: 'integer', minimum: 0, maximum: 3 },
            country: { type: 'string', pattern: '^[A-Za-z]{2}$' },
            scale: { type: 'string', enum: ['60M', '20M', '03M'] },
            tolerance: { type: 'number', minimum: 0, maximum: 1 },
          },
          required: ['level'],
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const collection = await regionGeometries(deps.store, request.query);
      return reply.type('application/geo+json').send(collection);
    },
  );
}
