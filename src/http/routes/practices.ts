import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EDITORS } from '../../domain/role.js';
import { AnalyticsService } from '../../services/analytics/analytics-service.js';
import { createPractice, type NewPracticeInput } from '../../services/practices/create-practice.js';
import { getPractice } from '../../services/practices/practice-records.js';
import {
  addPracticeTransfer,
  type TransferInput,
} from '../../services/practices/practice-transfers.js';
import {
  listPractices,
  PRACTICE_STATUSES,
  type PracticeStatus,
} from '../../services/practices/practice-service.js';
import {
  RECOMMENDATION_CRITERIA,
  recommendedPractices,
  type RecommendationCriteria,
} from '../../services/practices/recommended-practices.js';
import {
  publishPractice,
  updatePractice,
  type PracticeChanges,
} from '../../services/practices/update-practice.js';
import { PUBLIC } from '../auth/access-rule.js';
import { bodyRegion, practiceRegionOf, recordRegion } from '../auth/record-regions.js';
import type { AppDeps } from '../create-app.js';
import {
  Conflict,
  IdParam,
  Page,
  Problem,
  RegionParam,
  pageQueryProperties,
} from '../schemas/common.js';
import { versionedErrorHandler } from '../versioned-route.js';

const nullableString = { type: ['string', 'null'] } as const;
const named = {
  type: 'object',
  properties: { name_nl: { type: 'string' }, name_en: { type: 'string' } },
} as const;

const practiceSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    region: {
      type: 'object',
      properties: { code: { type: 'string' }, ...named.properties },
    },
    topic: { type: 'integer' },
    period_start: nullableString,
    period_end: nullableString,
    description: { type: 'string' },
    resources: nullableString,
    evidence: nullableString,
    transfer_potential: nullableString,
    contact: nullableString,
    source_url: nullableString,
    language: { type: 'string' },
    status: { type: 'string', enum: [...PRACTICE_STATUSES] },
    created_at: { type: 'string' },
    updated_at: { type: 'string' },
    version: { type: 'integer' },
    key_areas: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, ...named.properties } },
    },
    transfers: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          region: { type: 'string' },
          ...named.properties,
          year: { type: ['integer', 'null'] },
          outcome: nullableString,
        },
      },
    },
  },
  required: ['id', 'title', 'region', 'topic', 'description', 'key_areas'],
} as const;

const facetsSchema = {
  type: 'object',
  properties: {
    topics: {
      type: 'array',
      items: {
        type: 'object',
        properties: { topic: { type: 'integer' }, count: { type: 'integer' } },
      },
    },
    regions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, ...named.properties, count: { type: 'integer' } },
      },
    },
    key_areas: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          taxonomy_id: { type: 'string' },
          ...named.properties,
          count: { type: 'integer' },
        },
      },
    },
  },
} as const;

/** Whether a request asks for drafts: `status=draft|all`, or `include_drafts=true`. */
function asksDrafts(request: FastifyRequest, parameter: 'status' | 'include_drafts'): boolean {
  const value = (request.query as Record<string, unknown> | undefined)?.[parameter];
  return parameter === 'status' ? value === 'draft' || value === 'all' : String(value) === 'true';
}

interface PracticeQuery {
  q?: string;
  status?: PracticeStatus | 'all';
  topic?: number;
  region?: string;
  key_area?: string;
  limit: number;
  offset: number;
}

const practiceFields = {
  title: { type: 'string', minLength: 1, maxLength: 300 },
  region: { ...RegionParam.properties.code, description: 'NUTS code of the region' },
  topic: {
    type: 'integer',
    enum: [1, 2, 3],
    description: '1 innovation system, 2 key areas, 3 regional innovation power',
  },
  key_areas: {
    type: 'array',
    maxItems: 50,
    items: { type: 'string', maxLength: 120 },
    description: 'Key-area ids such as topsectoren-2011/htsm; replaces the list',
  },
  period_start: { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
  period_end: { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
  description: { type: 'string', minLength: 1, maxLength: 20000 },
  resources: { type: ['string', 'null'], maxLength: 5000, description: 'Resources needed' },
  evidence: { type: ['string', 'null'], maxLength: 10000, description: 'Evidence of success' },
  transfer_potential: {
    type: ['string', 'null'],
    maxLength: 10000,
    description: 'Potential for transfer: what another region needs to take it over',
  },
  contact: { type: ['string', 'null'], maxLength: 1000 },
  source_url: { type: ['string', 'null'], maxLength: 2000, description: 'Where it is documented' },
  language: {
    type: 'string',
    enum: ['nl', 'en'],
    description: 'Language of the text; full-text search stems it in this language',
  },
} as const;

const version = {
  type: 'integer',
  minimum: 1,
  description:
    'The version of the practice you last read; a stale one is refused with 409 and the current practice',
} as const;

const reasonSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['key-area', 'indicator'] },
    id: { type: 'string' },
    ...named.properties,
    measure: { type: 'string', enum: ['LQ', 'score'] },
    region_score: { type: 'number' },
    practice_region_score: { type: 'number' },
    gap: { type: 'number' },
    text_nl: { type: 'string' },
    text_en: { type: 'string' },
  },
  required: ['kind', 'id', 'region_score', 'practice_region_score', 'gap', 'text_nl', 'text_en'],
} as const;

const recommendationsSchema = {
  type: 'object',
  properties: {
    region: { type: 'object', properties: { code: { type: 'string' }, ...named.properties } },
    criteria: { type: 'string' },
    taxonomy: { type: 'string' },
    weakest: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string' },
          id: { type: 'string' },
          ...named.properties,
          score: { type: 'number' },
        },
      },
    },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          practice: practiceSchema,
          score: { type: 'number' },
          reasons: { type: 'array', items: reasonSchema },
        },
        required: ['practice', 'score', 'reasons'],
      },
    },
    method: { type: 'string' },
    method_nl: { type: 'string' },
  },
  required: ['region', 'criteria', 'weakest', 'items', 'method', 'method_nl'],
} as const;

/**
 * Good practices: the list with full-text search and filters (published only unless asked),
 * one practice, create, edit, publish, transfers, and recommendations for a region.
 */
export function practiceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const readDeps = { store: deps.store, now: deps.now };
  const writeDeps = (request: FastifyRequest) => ({ ...readDeps, actor: request.auditActor });
  let analytics = deps.analytics;
  const errors = { 400: Problem, 404: Problem };
  const page = Page(practiceSchema);

  app.get<{ Querystring: PracticeQuery }>(
    '/api/practices',
    {
      config: {
        access: {
          allow: 'anyone',
          restricted: { asks: (r) => asksDrafts(r, 'status'), allow: EDITORS },
        },
      },
      schema: {
        summary:
          'Good practices (published unless asked otherwise), full-text searched and filtered by topic, region and key area',
        tags: ['practices'],
        querystring: {
          type: 'object',
          properties: {
            q: {
              type: 'string',
              maxLength: 200,
              description:
                'Words to find, each in any inflected form (stemmed in the practice language: Dutch or English)',
            },
            status: {
              type: 'string',
              enum: [...PRACTICE_STATUSES, 'all'],
              description: 'published (default), draft or all',
            },
            topic: { type: 'integer', enum: [1, 2, 3] },
            region: { type: 'string', pattern: '^[A-Za-z0-9_]{2,12}$' },
            key_area: { type: 'string', maxLength: 120 },
            ...pageQueryProperties,
            limit: { ...pageQueryProperties.limit, default: 20 },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            ...page,
            properties: { ...page.properties, facets: facetsSchema },
            required: [...page.required, 'facets'],
          },
          400: Problem,
        },
      },
    },
    (request) => {
      const { q, status, topic, region, key_area, limit, offset } = request.query;
      return listPractices(
        deps.store,
        { q, status, topic, region, keyArea: key_area },
        { limit, offset },
      );
    },
  );

  app.get<{ Params: { id: string }; Querystring: { include_drafts?: boolean } }>(
    '/api/practices/:id',
    {
      config: {
        access: {
          allow: 'anyone',
          restricted: { asks: (r) => asksDrafts(r, 'include_drafts'), allow: EDITORS },
        },
      },
      schema: {
        summary: 'One good practice (a draft only with include_drafts=true)',
        tags: ['practices'],
        params: IdParam,
        querystring: {
          type: 'object',
          properties: { include_drafts: { type: 'boolean', default: false } },
          additionalProperties: false,
        },
        response: { 200: practiceSchema, ...errors },
      },
    },
    (request) =>
      getPractice(deps.store.db, request.params.id, {
        includeDrafts: request.query.include_drafts === true,
      }),
  );

  app.post<{ Body: NewPracticeInput }>(
    '/api/practices',
    {
      config: { access: { allow: EDITORS, regions: bodyRegion('region') } },
      schema: {
        summary: 'Create a good practice (a draft unless status is published)',
        tags: ['practices'],
        body: {
          type: 'object',
          properties: {
            ...practiceFields,
            status: { type: 'string', enum: [...PRACTICE_STATUSES], default: 'draft' },
          },
          required: ['title', 'region', 'topic', 'description'],
          additionalProperties: false,
        },
        response: { 201: practiceSchema, ...errors },
      },
    },
    async (request, reply) => {
      const practice = await createPractice(writeDeps(request), request.body);
      return reply.status(201).header('location', `/api/practices/${practice.id}`).send(practice);
    },
  );

  app.patch<{ Params: { id: string }; Body: PracticeChanges }>(
    '/api/practices/:id',
    {
      config: {
        access: { allow: EDITORS, regions: recordRegion(practiceRegionOf, 'id', 'region') },
      },
      errorHandler: versionedErrorHandler,
      schema: {
        summary: 'Change a good practice',
        tags: ['practices'],
        params: IdParam,
        body: {
          type: 'object',
          properties: { version, ...practiceFields },
          required: ['version'],
          additionalProperties: false,
        },
        response: { 200: practiceSchema, ...errors, 409: Conflict(practiceSchema) },
      },
    },
    (request) => updatePractice(writeDeps(request), request.params.id, request.body),
  );

  app.post<{ Params: { id: string }; Body: { version?: number } }>(
    '/api/practices/:id/publish',
    {
      config: { access: { allow: EDITORS, regions: recordRegion(practiceRegionOf) } },
      errorHandler: versionedErrorHandler,
      // The body is optional: no body is an empty one.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        summary: 'Publish a good practice: anonymous readers see it from now on',
        tags: ['practices'],
        params: IdParam,
        body: {
          type: 'object',
          properties: { version },
          additionalProperties: false,
        },
        response: { 200: practiceSchema, ...errors, 409: Conflict(practiceSchema) },
      },
    },
    (request) =>
      publishPractice(writeDeps(request), request.params.id, { version: request.body.version }),
  );

  app.post<{ Params: { id: string }; Body: TransferInput }>(
    '/api/practices/:id/transfers',
    {
      config: { access: { allow: EDITORS, regions: recordRegion(practiceRegionOf) } },
      schema: {
        summary: 'Record that another region took the practice over, and with what outcome',
        tags: ['practices'],
        params: IdParam,
        body: {
          type: 'object',
          properties: {
            to_region: { ...RegionParam.properties.code, description: 'NUTS code of the region' },
            year: { type: ['integer', 'null'], minimum: 1950, maximum: 2100 },
            outcome: { type: ['string', 'null'], maxLength: 5000 },
          },
          required: ['to_region'],
          additionalProperties: false,
        },
        response: { 201: practiceSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addPracticeTransfer(writeDeps(request), request.params.id, request.body)),
  );

  app.get<{
    Params: { code: string };
    Querystring: {
      criteria?: RecommendationCriteria;
      taxonomy?: string;
      weakest?: number;
      limit?: number;
    };
  }>(
    '/api/regions/:code/practices/recommended',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Good practices from regions that do well where this region does worst, each with its reasons',
        tags: ['practices'],
        params: RegionParam,
        querystring: {
          type: 'object',
          properties: {
            criteria: {
              type: 'string',
              enum: [...RECOMMENDATION_CRITERIA],
              description: 'key-area LQs, index indicator scores, or both (default)',
            },
            taxonomy: { type: 'string', maxLength: 60 },
            weakest: { type: 'integer', minimum: 1, maximum: 50, default: 3 },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
          },
          additionalProperties: false,
        },
        response: { 200: recommendationsSchema, ...errors },
      },
    },
    (request) => {
      // One analytics service per application when the caller gave none, so its cache is kept.
      analytics ??= new AnalyticsService(deps.store, deps.now);
      return recommendedPractices(readDeps, analytics, request.params.code, request.query);
    },
  );
}
