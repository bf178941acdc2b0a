import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { EDITORS } from '../../domain/role.js';
import { getContactPoint, listContactPoints } from '../../services/sme/contact-point-records.js';
import {
  createContactPoint,
  setContactPointStatus,
  updateContactPoint,
} from '../../services/sme/contact-point-writes.js';
import { contactPointRegions } from '../auth/sme-regions.js';
import { asksUnpublished, readWithDrafts } from '../auth/draft-reads.js';
import type { AccessRule } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { requestWriteDeps } from '../request-write-deps.js';
import { IdParam, Problem } from '../schemas/common.js';
import {
  ContactPointChangesBody,
  ContactPoint,
  ContactPointList,
  ContactPointListQuery,
  NewContactPointBody,
} from '../schemas/contact-points.js';
import { IncludeDraftsQuery, StatusChangeBody } from '../schemas/publication.js';
import { statusChangeRoute, versionedRoute } from '../versioned-route.js';

const errors = { 400: Problem, 403: Problem, 404: Problem };

const route = routeOptions(['sme']);

/** SME contact points: list, one, create, change, publish, retire. */
export function contactPointRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const writeDeps = requestWriteDeps(deps);
  const editors: AccessRule = { allow: EDITORS, regions: contactPointRegions() };

  app.get(
    '/api/contact-points',
    route(
      readWithDrafts((r) => asksUnpublished(r, 'status')),
      'SME contact points (published unless asked otherwise), of one region when given',
      { querystring: ContactPointListQuery },
      { 200: ContactPointList, 400: Problem },
    ),
    async (request) => ({ items: await listContactPoints(deps.store.db, request.query) }),
  );

  app.get(
    '/api/contact-points/:id',
    route(
      readWithDrafts((r) => asksUnpublished(r, 'include_drafts')),
      'One SME contact point (a draft or retired one only with include_drafts=true)',
      { params: IdParam, querystring: IncludeDraftsQuery },
      { 200: ContactPoint, ...errors },
    ),
    (request) =>
      getContactPoint(deps.store.db, request.params.id, {
        includeDrafts: request.query.include_drafts,
      }),
  );

  app.post(
    '/api/contact-points',
    route(
      editors,
      'Create an SME contact point (a draft unless status is published)',
      { body: NewContactPointBody },
      { 201: ContactPoint, ...errors },
    ),
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
    versionedRoute(
      ContactPoint,
      route(
        editors,
        'Change an SME contact point',
        { params: IdParam, body: ContactPointChangesBody },
        { 200: ContactPoint, ...errors },
      ),
    ),
    (request) => updateContactPoint(writeDeps(request), request.params.id, request.body),
  );

  for (const [action, status] of [
    ['publish', 'published'],
    ['retire', 'retired'],
  ] as const) {
    app.post(
      `/api/contact-points/:id/${action}`,
      statusChangeRoute(
        ContactPoint,
        route(
          editors,
          action === 'publish'
            ? 'Publish an SME contact point: the SME finder shows it from now on'
            : 'Retire an SME contact point: kept, no longer shown to readers',
          { params: IdParam, body: StatusChangeBody },
          { 200: ContactPoint, ...errors },
        ),
      ),
      (request) =>
        setContactPointStatus(writeDeps(request), request.params.id, status, {
          version: request.body.version,
        }),
    );
  }
}
