import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EDITORS } from '../../domain/role.js';
import { getContactPoint, listContactPoints } from '../../services/sme/contact-point-records.js';
import {
  createContactPoint,
  setContactPointStatus,
  updateContactPoint,
} from '../../services/sme/contact-point-writes.js';
import { contactPointRegions } from '../auth/sme-regions.js';
import type { AppDeps } from '../create-app.js';
import { IdParam, Problem } from '../schemas/common.js';
import {
  ContactPointChangesBody,
  ContactPoint,
  ContactPointList,
  ContactPointListQuery,
  NewContactPointBody,
} from '../schemas/contact-points.js';
import { IncludeDraftsQuery, StatusChangeBody } from '../schemas/publication.js';
import { versionedRoute } from '../versioned-route.js';

const asksOthers = (request: FastifyRequest, parameter: 'status' | 'include_drafts') => {
  const value = (request.query as Record<string, unknown> | undefined)?.[parameter];
  return parameter === 'status'
    ? value !== undefined && value !== 'published'
    : String(value) === 'true';
};

const errors = { 400: Problem, 403: Problem, 404: Problem };

/** SME contact points: list, one, create, change, publish, retire. */
export function contactPointRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const writeDeps = (request: FastifyRequest) => ({
    store: deps.store,
    now: deps.now,
    actor: request.auditActor,
  });

  app.get(
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
        querystring: ContactPointListQuery,
        response: { 200: ContactPointList, 400: Problem },
      },
    },
    async (request) => ({ items: await listContactPoints(deps.store.db, request.query) }),
  );

  app.get(
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
        querystring: IncludeDraftsQuery,
        response: { 200: ContactPoint, ...errors },
      },
    },
    (request) =>
      getContactPoint(deps.store.db, request.params.id, {
        includeDrafts: request.query.include_drafts,
      }),
  );

  app.post(
    '/api/contact-points',
    {
      config: { access: { allow: EDITORS, regions: contactPointRegions() } },
      schema: {
        summary: 'Create an SME contact point (a draft unless status is published)',
        tags: ['sme'],
        body: NewContactPointBody,
        response: { 201: ContactPoint, ...errors },
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

  app.patch(
    '/api/contact-points/:id',
    versionedRoute(ContactPoint, {
      config: { access: { allow: EDITORS, regions: contactPointRegions() } },
      schema: {
        summary: 'Change an SME contact point',
        tags: ['sme'],
        params: IdParam,
        body: ContactPointChangesBody,
        response: { 200: ContactPoint, ...errors },
      },
    }),
    (request) => updateContactPoint(writeDeps(request), request.params.id, request.body),
  );

  for (const [action, status] of [
    ['publish', 'published'],
    ['retire', 'retired'],
  ] as const) {
    app.post(
      `/api/contact-points/:id/${action}`,
      versionedRoute(ContactPoint, {
        config: { access: { allow: EDITORS, regions: contactPointRegions() } },
        preValidation: async (request: FastifyRequest) => {
          request.body ??= {};
        },
        schema: {
          summary:
            action === 'publish'
              ? 'Publish an SME contact point: the SME finder shows it from now on'
              : 'Retire an SME contact point: kept, no longer shown to readers',
          tags: ['sme'],
          params: IdParam,
          body: StatusChangeBody,
          response: { 200: ContactPoint, ...errors },
        },
      }),
      (request) =>
        setContactPointStatus(writeDeps(request), request.params.id, status, {
          version: request.body.version,
        }),
    );
  }
}
