import type { FastifyInstance } from 'fastify';
import { findSmeArea, SME_FINDER_FORMATS } from '../../services/sme/sme-finder.js';
import { PUBLIC } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { regionNameSchema } from '../schemas/sme.js';
import { Problem } from '../schemas/common.js';

const matchSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['place', 'municipality', 'postcode', 'region'] },
    name: { type: 'string' },
    matched_alias: { type: ['string', 'null'] },
    municipality: {
      anyOf: [
        {
          type: 'object',
          properties: { code: { type: 'string' }, name: { type: 'string' } },
          required: ['code', 'name'],
          additionalProperties: false,
        },
        { type: 'null' },
      ],
    },
    region: { anyOf: [regionNameSchema, { type: 'null' }] },
  },
  required: ['kind', 'name', 'matched_alias', 'municipality', 'region'],
  additionalProperties: false,
} as const;

/** The SME finder's lookup: what a town, municipality, region or postcode leads to. */
export function smeFinderRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Querystring: { q: string } }>(
    '/api/sme/find',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Resolve a town, municipality, NUTS/COROP region (code or name) or Dutch postcode (PC4, PC6) to regions',
        tags: ['sme'],
        querystring: {
          type: 'object',
          properties: { q: { type: 'string', minLength: 1, maxLength: 100 } },
          required: ['q'],
          additionalProperties: false,
        },
        response: {
          200: {
            type: 'object',
            properties: {
              query: { type: 'string' },
              understood: { type: 'string', enum: ['postcode', 'name'] },
              matches: { type: 'array', items: matchSchema },
              postcode: {
                anyOf: [
                  {
                    type: 'object',
                    properties: { asked: { type: 'string' }, loaded: { type: 'integer' } },
                    required: ['asked', 'loaded'],
                    additionalProperties: false,
                  },
                  { type: 'null' },
                ],
              },
              formats: {
                type: 'array',
                items: { type: 'string', enum: [...SME_FINDER_FORMATS] },
              },
            },
            required: ['query', 'understood', 'matches', 'postcode', 'formats'],
            additionalProperties: false,
          },
          400: Problem,
        },
      },
    },
    (request) => findSmeArea(deps.store, request.query.q),
  );
}
