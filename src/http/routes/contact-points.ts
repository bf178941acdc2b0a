import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EDITORS } from '../../domain/role.js';
import { getContactPoint, listContactPoints } from '../../services/sme/contact-point-records.js';
import {
  createContactPoint,
  setContactPointStatus,
  updateContactPoint,
  type ContactPointChanges,
  type NewContactPointInput,
} from '../../services/sme/contact-point-writes.js';
import { SME_CONTENT_STATUSES, type SmeContentStatus } from '../../services/sme/sme-field-check.js';
import { contactPointRegions } from '../auth/sme-regions.js';
import type { AppDeps } from '../create-app.js';
import { contactPointFieldsSchema, contactPointSchema, smeVersionSchema } from '../schemas/sme.js';
import { Conflict, IdParam, Problem } from '../schemas/common.js';
import { versionedErrorHandler } from '../versioned-route.js';

const asksOthers = (request: FastifyRequest, parameter: 'status' | 'include_drafts') => {
  const value = (request.query as Record<string, unknown> | undefined)?.[parameter];
  return parameter === 'status'
    ? value !== undefined && value !== 'published'
    : String(value) === 'true';
};

const errors = { 400: Problem, 403: Problem, 404: Problem };

/** SME contact points: list, one, create, change, publish, retire. */
export function contactPointRoutes(app: FastifyInstance, deps: AppDeps): void {
  const writeDeps = (request: FastifyRequest) => ({
    store: deps.store,
    now: deps.now,
    actor: request.auditActor,
  });

  app.get<{ Querystring: { status?: SmeContentStatus | 'all'; region?: string } }>(
    '/api/contact-points',
    {
      config: {
        access: {
          allow: 'anyone',
          restricted: { asks: (r) => asksOthers(r, 'status'), allow: EDITORS },
        },
      },
      schema: {
        summary: 'SME contact points (published unless asked otherwise), of one region when given',
        tags: ['sme'],
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: [...SME_CONTENT_STATUSES, 'all'] },
            region: {
              type: 'string',
              pattern: '^[A-Za-z0-9]{2,12}$',
              description: 'NUTS code: contact points registered for it (or its municipalities)',
            },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            type: 'object',
            properties: { items: { type: 'array', items: contactPointSchema } },
            required: ['items'],
            additionalProperties: false,
          },
          400: Problem,
        },
      },
    },
    async (request) => ({ items: await listContactPoints(deps.store.db, request.query) }),
  );

  app.get<{ Params: { id: string }; Querystring: { include_drafts?: boolean } }>(
    '/api/contact-points/:id',
    {
      config: {
        access: {
          allow: 'anyone',
          restricted: { asks: (r) => asksOthers(r, 'include_drafts'), allow: EDITORS },
        },
      },
      schema: {
        summary: 'One SME contact point (a draft or retired one only with include_drafts=true)',
        tags: ['sme'],
        params: IdParam,
        querystring: {
          type: 'object',
          properties: { include_drafts: { type: 'boolean', default: false } },
          additionalProperties: false,
        },
        response: { 200: contactPointSchema, ...errors },
      },
    },
    (request) =>
      getContactPoint(deps.store.db, request.params.id, {
        includeDrafts: request.query.include_drafts === true,
      }),
  );

  app.post<{ Body: NewContactPointInput }>(
    '/api/contact-points',
    {
      config: { access: { allow: EDITORS, regions: contactPointRegions() } },
      schema: {
        summary: 'Create an SME contact point (a draft unless status is published)',
        tags: ['sme'],
        body: {
          type: 'object',
          properties: {
            ...contactPointFieldsSchema,
            status: { type: 'string', enum: ['draft', 'published'], default: 'draft' },
          },
          required: ['name'],
          additionalProperties: false,
        },
        response: { 201: contactPointSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createContactPoint(writeDeps(request), request.body);
      return reply
        .status(201)
        .header('location', `/api/contact-points/${created.id}`)
        .send(created);
    },
  );

  app.patch<{ Params: { id: string }; Body: ContactPointChanges }>(
    '/api/contact-points/:id',
    {
      config: { access: { allow: EDITORS, regions: contactPointRegions() } },
      errorHandler: versionedErrorHandler,
      schema: {
        summary: 'Change an SME contact point',
        tags: ['sme'],
        params: IdParam,
        body: {
          type: 'object',
          properties: { version: smeVersionSchema, ...contactPointFieldsSchema },
          required: ['version'],
          additionalProperties: false,
        },
        response: { 200: contactPointSchema, ...errors, 409: Conflict(contactPointSchema) },
      },
    },
    (request) => updateContactPoint(writeDeps(request), request.params.id, request.body),
  );

  for (const [action, status] of [
    ['publish', 'published'],
    ['retire', 'retired'],
  ] as const) {
    app.post<{ Params: { id: string }; Body: { version?: number } }>(
      `/api/contact-points/:id/${action}`,
      {
        config: { access: { allow: EDITORS, regions: contactPointRegions() } },
        errorHandler: versionedErrorHandler,
        preValidation: async (request) => {
          request.body ??= {};
        },
        schema: {
          summary:
            action === 'publish'
              ? 'Publish an SME contact point: the SME finder shows it from now on'
              : 'Retire an SME contact point: kept, no longer shown to readers',
          tags: ['sme'],
          params: IdParam,
          body: {
            type: 'object',
            properties: { version: smeVersionSchema },
            additionalProperties: false,
          },
          response: {
            200: contactPointSchema,
            ...errors,
            409: Conflict(contactPointSchema),
          },
        },
      },
      (request) =>
        setContactPointStatus(writeDeps(request), request.params.id, status, {
          version: request.body.version,
        }),
    );
  }
}
