import type { FastifyInstance } from 'fastify';
import { searchPlaces } from '../../services/places/place-search.js';
import { regionSme } from '../../services/places/region-sme.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';
import { contactPointSchema, fundSchema } from '../schemas/sme.js';
import { Problem, Source } from '../schemas/common.js';

const nullableString = { type: ['string', 'null'] } as const;
const regionName = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    name_nl: { type: 'string' },
    name_en: { type: 'string' },
  },
  required: ['code', 'name_nl', 'name_en'],
} as const;
const nullableRegion = { anyOf: [regionName, { type: 'null' }] } as const;

const placeMatchSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['place', 'municipality', 'postcode'] },
    name: { type: 'string' },
    matched_alias: nullableString,
    municipality: {
      anyOf: [
        {
          type: 'object',
          properties: { code: { type: 'string' }, name: { type: 'string' } },
          required: ['code', 'name'],
        },
        { type: 'null' },
      ],
    },
    region: nullableRegion,
    province: nullableRegion,
  },
  required: ['kind', 'name', 'municipality', 'region', 'province'],
} as const;

const smeSchema = {
  type: 'object',
  properties: {
    region: {
      type: 'object',
      properties: { ...regionName.properties, level: { type: 'integer' } },
      required: ['code', 'name_nl', 'name_en', 'level'],
    },
    chain: { type: 'array', items: regionName },
    contact_points: {
      type: 'array',
      items: {
        ...contactPointSchema,
        properties: {
          ...contactPointSchema.properties,
          nearness: {
            type: 'integer',
            description:
              '0 serves the municipality asked for; 2 + 2n serves the region n levels above the one asked for; 3 serves another municipality of the region',
          },
        },
        required: [...contactPointSchema.required, 'nearness'],
      },
    },
    clusters: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          region: { type: 'string' },
          name_nl: { type: 'string' },
          name_en: { type: 'string' },
          description: nullableString,
          members: { type: 'integer' },
          key_areas: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                name_nl: { type: 'string' },
                name_en: { type: 'string' },
                weight: { type: 'number' },
              },
            },
          },
        },
      },
    },
    organisations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          helix_role: { type: 'string' },
          is_sme: { type: ['boolean', 'null'] },
          city: nullableString,
          region: nullableString,
          projects: { type: 'integer' },
        },
      },
    },
    funds: { type: 'array', items: fundSchema },
    source: Source,
  },
  required: ['region', 'chain', 'contact_points', 'clusters', 'organisations', 'funds', 'source'],
} as const;

/** The SME finder: places by name or postcode, and a region's contact points and clusters. */
export function placeRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Querystring: { q: string; limit: number } }>(
    '/api/places',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Towns, municipalities and PC4 postcode areas matching a name or postcode',
        tags: ['places'],
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 100 },
            limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
          },
          required: ['q'],
          additionalProperties: false,
        },
        response: {
          200: {
            type: 'object',
            properties: {
              query: { type: 'string' },
              items: { type: 'array', items: placeMatchSchema },
              total: { type: 'integer' },
            },
            required: ['query', 'items', 'total'],
          },
          400: Problem,
        },
      },
    },
    (request) => searchPlaces(deps.store, request.query.q, request.query.limit),
  );

  app.get<{ Params: { code: string }; Querystring: { municipality?: string } }>(
    '/api/regions/:code/sme',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'For entrepreneurs: the contact points, clusters, organisations and funds of a region',
        tags: ['places'],
        params: {
          type: 'object',
          properties: { code: { type: 'string', pattern: '^[A-Za-z0-9_]{2,12}$' } },
          required: ['code'],
        },
        querystring: {
          type: 'object',
          properties: {
            municipality: {
              type: 'string',
              pattern: '^[A-Za-z]{2}[0-9]{4}$',
              description:
                'CBS code of the municipality asked about: its own contact points come first',
            },
          },
          additionalProperties: false,
        },
        response: { 200: smeSchema, 400: Problem, 404: Problem },
      },
    },
    (request) => regionSme(deps.store, request.params.code, 12, request.query.municipality),
  );
}
