import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EDITORS } from '../../domain/role.js';
import { getFund, listFunds } from '../../services/sme/fund-records.js';
import {
  createFund,
  setFundStatus,
  updateFund,
  type FundChanges,
  type NewFundInput,
} from '../../services/sme/fund-writes.js';
import { SME_CONTENT_STATUSES, type SmeContentStatus } from '../../services/sme/sme-field-check.js';
import { fundRegions } from '../auth/sme-regions.js';
import type { AppDeps } from '../create-app.js';
import { fundFieldsSchema, fundSchema, smeVersionSchema } from '../schemas/sme.js';
import { Conflict, IdParam, Problem } from '../schemas/common.js';
import { versionedErrorHandler } from '../versioned-route.js';

const asksOthers = (request: FastifyRequest, parameter: 'status' | 'include_drafts') => {
  const value = (request.query as Record<string, unknown> | undefined)?.[parameter];
  return parameter === 'status'
    ? value !== undefined && value !== 'published'
    : String(value) === 'true';
};

const errors = { 400: Problem, 403: Problem, 404: Problem };

/** Regional funds: list, one, create, change, publish, retire. */
export function fundRoutes(app: FastifyInstance, deps: AppDeps): void {
  const writeDeps = (request: FastifyRequest) => ({
    store: deps.store,
    now: deps.now,
    actor: request.auditActor,
  });

  app.get<{ Querystring: { status?: SmeContentStatus | 'all'; region?: string } }>(
    '/api/funds',
    {
      config: {
        access: {
          allow: 'anyone',
          restricted: { asks: (r) => asksOthers(r, 'status'), allow: EDITORS },
        },
      },
      schema: {
        summary: 'Regional funds (published unless asked otherwise), of one region when given',
        tags: ['sme'],
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: [...SME_CONTENT_STATUSES, 'all'] },
            region: {
              type: 'string',
              pattern: '^[A-Za-z0-9]{2,12}$',
              description: 'NUTS code: funds that serve it',
            },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            type: 'object',
            properties: { items: { type: 'array', items: fundSchema } },
            required: ['items'],
            additionalProperties: false,
          },
          400: Problem,
        },
      },
    },
    async (request) => ({ items: await listFunds(deps.store.db, request.query) }),
  );

  app.get<{ Params: { id: string }; Querystring: { include_drafts?: boolean } }>(
    '/api/funds/:id',
    {
      config: {
        access: {
          allow: 'anyone',
          restricted: { asks: (r) => asksOthers(r, 'include_drafts'), allow: EDITORS },
        },
      },
      schema: {
        summary: 'One regional fund (a draft or retired one only with include_drafts=true)',
        tags: ['sme'],
        params: IdParam,
        querystring: {
          type: 'object',
          properties: { include_drafts: { type: 'boolean', default: false } },
          additionalProperties: false,
        },
        response: { 200: fundSchema, ...errors },
      },
    },
    (request) =>
      getFund(deps.store.db, request.params.id, {
        includeDrafts: request.query.include_drafts === true,
      }),
  );

  app.post<{ Body: NewFundInput }>(
    '/api/funds',
    {
      config: { access: { allow: EDITORS, regions: fundRegions() } },
      schema: {
        summary: 'Create a regional fund (a draft unless status is published)',
        tags: ['sme'],
        body: {
          type: 'object',
          properties: {
            ...fundFieldsSchema,
            status: { type: 'string', enum: ['draft', 'published'], default: 'draft' },
          },
          required: ['name', 'regions'],
          additionalProperties: false,
        },
        response: { 201: fundSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createFund(writeDeps(request), request.body);
      return reply.status(201).header('location', `/api/funds/${created.id}`).send(created);
    },
  );

  app.patch<{ Params: { id: string }; Body: FundChanges }>(
    '/api/funds/:id',
    {
      config: { access: { allow: EDITORS, regions: fundRegions() } },
      errorHandler: versionedErrorHandler,
      schema: {
        summary: 'Change a regional fund',
        tags: ['sme'],
        params: IdParam,
        body: {
          type: 'object',
          properties: { version: smeVersionSchema, ...fundFieldsSchema },
          required: ['version'],
          additionalProperties: false,
        },
        response: { 200: fundSchema, ...errors, 409: Conflict(fundSchema) },
      },
    },
    (request) => updateFund(writeDeps(request), request.params.id, request.body),
  );

  for (const [action, status] of [
    ['publish', 'published'],
    ['retire', 'retired'],
  ] as const) {
    app.post<{ Params: { id: string }; Body: { version?: number } }>(
      `/api/funds/:id/${action}`,
      {
        config: { access: { allow: EDITORS, regions: fundRegions() } },
        errorHandler: versionedErrorHandler,
        preValidation: async (request) => {
          request.body ??= {};
        },
        schema: {
          summary:
            action === 'publish'
              ? 'Publish a regional fund: the SME finder shows it from now on'
              : 'Retire a regional fund: kept, no longer shown to readers',
          tags: ['sme'],
          params: IdParam,
          body: {
            type: 'object',
            properties: { version: smeVersionSchema },
            additionalProperties: false,
          },
          response: {
            200: fundSchema,
            ...errors,
            409: Conflict(fundSchema),
          },
        },
      },
      (request) =>
        setFundStatus(writeDeps(request), request.params.id, status, {
          version: request.body.version,
        }),
    );
  }
}
