import type { FastifyInstance } from 'fastify';
import { listVisits } from '../../services/visits/visit-service.js';
import type { AppDeps } from '../create-app.js';
import { pageQuerySchema, pageSchema, problemSchema } from './sources.js';

const nullableString = { type: ['string', 'null'] } as const;

const visitSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    region: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        name_nl: { type: 'string' },
        name_en: { type: 'string' },
      },
    },
    date: { type: 'string', format: 'date' },
    venue: nullableString,
    hosts: nullableString,
    participants: nullableString,
    status: { type: 'string' },
    agenda: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          position: { type: 'integer' },
          topic: { type: ['integer', 'null'] },
          title: { type: 'string' },
        },
      },
    },
    source_id: nullableString,
  },
  required: ['id', 'region', 'date', 'status', 'agenda'],
} as const;

/** GET /api/visits: the platform's visits with their agenda, earliest first. */
export function visitRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Querystring: { status?: string; from?: string; limit: number; offset: number } }>(
    '/api/visits',
    {
      schema: {
        summary: 'Visits to regions with their agenda',
        tags: ['visits'],
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['planned', 'done', 'cancelled'] },
            from: { type: 'string', format: 'date' },
            ...pageQuerySchema,
          },
          additionalProperties: false,
        },
        response: { 200: pageSchema(visitSchema), 400: problemSchema },
      },
    },
    (request) => {
      const { status, from, limit, offset } = request.query;
      return listVisits(deps.store, { status, from }, { limit, offset });
    },
  );
}
