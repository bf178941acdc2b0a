import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { EDITORS } from '../../domain/role.js';
import { getFund, listFunds } from '../../services/sme/fund-records.js';
import { createFund, setFundStatus, updateFund } from '../../services/sme/fund-writes.js';
import { fundRegions } from '../auth/sme-regions.js';
import { asksUnpublished, readWithDrafts } from '../auth/draft-reads.js';
import type { AccessRule } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { requestWriteDeps } from '../request-write-deps.js';
import { IdParam, Problem } from '../schemas/common.js';
import { FundChangesBody, Fund, FundList, FundListQuery, NewFundBody } from '../schemas/funds.js';
import { IncludeDraftsQuery, StatusChangeBody } from '../schemas/publication.js';
import { statusChangeRoute, versionedRoute } from '../versioned-route.js';

const errors = { 400: Problem, 403: Problem, 404: Problem };

const route = routeOptions(['sme']);

/** Regional funds: list, one, create, change, publish, retire. */
export function fundRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const writeDeps = requestWriteDeps(deps);
  const editors: AccessRule = { allow: EDITORS, regions: fundRegions() };

  app.get(
    '/api/funds',
    route(
      readWithDrafts((r) => asksUnpublished(r, 'status')),
      'Regional funds (published unless asked otherwise), of one region when given',
      { querystring: FundListQuery },
      { 200: FundList, 400: Problem },
    ),
    async (request) => ({ items: await listFunds(deps.store.db, request.query) }),
  );

  app.get(
    '/api/funds/:id',
    route(
      readWithDrafts((r) => asksUnpublished(r, 'include_drafts')),
      'One regional fund (a draft or retired one only with include_drafts=true)',
      { params: IdParam, querystring: IncludeDraftsQuery },
      { 200: Fund, ...errors },
    ),
    (request) =>
      getFund(deps.store.db, request.params.id, {
        includeDrafts: request.query.include_drafts,
      }),
  );

  app.post(
    '/api/funds',
    route(
      editors,
      'Create a regional fund (a draft unless status is published)',
      { body: NewFundBody },
      { 201: Fund, ...errors },
    ),
    async (request, reply) => {
      const created = await createFund(writeDeps(request), request.body);
      return reply.status(201).header('location', `/api/funds/${created.id}`).send(created);
    },
  );

  app.patch(
    '/api/funds/:id',
    versionedRoute(
      Fund,
      route(
        editors,
        'Change a regional fund',
        { params: IdParam, body: FundChangesBody },
        { 200: Fund, ...errors },
      ),
    ),
    (request) => updateFund(writeDeps(request), request.params.id, request.body),
  );

  for (const [action, status] of [
    ['publish', 'published'],
    ['retire', 'retired'],
  ] as const) {
    app.post(
      `/api/funds/:id/${action}`,
      statusChangeRoute(
        Fund,
        route(
          editors,
          action === 'publish'
            ? 'Publish a regional fund: the SME finder shows it from now on'
            : 'Retire a regional fund: kept, no longer shown to readers',
          { params: IdParam, body: StatusChangeBody },
          { 200: Fund, ...errors },
        ),
      ),
      (request) =>
        setFundStatus(writeDeps(request), request.params.id, status, {
          version: request.body.version,
        }),
    );
  }
}
