import type { FastifyInstance } from 'fastify';
import { listSources } from '../../services/sources/source-service.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';

/** `limit` and `offset` of every list endpoint. */
export const pageQuerySchema = {
  limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 },
} as const;

/** The page envelope of every list: items, total, limit, offset. */
export function pageSchema<T extends object>(item: T) {
  return {
    type: 'object',
    properties: {
      items: { type: 'array', items: item },
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    },
    required: ['items', 'total', 'limit', 'offset'],
  } as const;
}

/** An RFC 9457 problem document, as the error handler writes it. */
export const problemSchema = {
  type: 'object',
  description: 'application/problem+json',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string' },
    errors: { type: 'array', items: { type: 'string' } },
  },
  required: ['status', 'code', 'detail'],
} as const;

const nullableString = { type: ['string', 'null'] } as const;

/** The source of a figure: data sets, import runs, method. */
export const sourceSchema = {
  type: 'object',
  properties: {
    datasets: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          publisher: { type: 'string' },
          licence: nullableString,
          url: nullableString,
          retrieved_at: nullableString,
        },
        required: ['id', 'title', 'publisher'],
      },
    },
    imports: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          file: { type: 'string' },
          checksum: { type: 'string' },
          finished_at: nullableString,
        },
        required: ['id', 'file', 'checksum'],
      },
    },
    method: { type: 'string' },
  },
  required: ['datasets', 'imports', 'method'],
} as const;

const importRunSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    file: { type: 'string' },
    checksum: { type: 'string' },
    started_at: { type: 'string' },
    finished_at: nullableString,
    rows_read: { type: 'integer' },
    rows_inserted: { type: 'integer' },
    rows_updated: { type: 'integer' },
    rows_refused: { type: 'integer' },
    status: { type: 'string' },
  },
} as const;

const sourceEntrySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string', description: 'The title as the data set gives it' },
    title_nl: { type: 'string', description: 'The title in Dutch' },
    title_en: { type: 'string', description: 'The title in English' },
    publisher: { type: 'string' },
    licence: nullableString,
    url: nullableString,
    retrieved_at: nullableString,
    imports: { type: 'array', items: importRunSchema },
  },
  required: ['id', 'title', 'title_nl', 'title_en', 'publisher', 'imports'],
} as const;

/** GET /api/sources: every data set with publisher, licence, retrieval date and its import runs. */
export function sourceRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Querystring: { limit: number; offset: number } }>(
    '/api/sources',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Data sets with publisher, licence, retrieval date and import provenance',
        tags: ['sources'],
        querystring: {
          type: 'object',
          properties: { ...pageQuerySchema },
          additionalProperties: false,
        },
        response: { 200: pageSchema(sourceEntrySchema), 400: problemSchema },
      },
    },
    (request) => listSources(deps.store, request.query),
  );
}
