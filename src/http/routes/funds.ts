import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EDITORS } from '../../domain/role.js';
import { getFund, listFunds } from '../../services/sme/fund-records.js';
import { createFund, setFundStatus, updateFund } from '../../services/sme/fund-writes.js';
import { fundRegions } from '../auth/sme-regions.js';
import type { AppDeps } from '../create-app.js';
import { IdParam, Problem } from '../schemas/common.js';
import { FundChangesBody, Fund, FundList, FundListQuery, NewFundBody } from '../schemas/funds.js';
import { IncludeDraftsQuery, StatusChangeBody } from '../schemas/publication.js';
import { versionedRoute } from '../versioned-route.js';

const asksOthers = (request: FastifyRequest, parameter: 'status' | 'include_drafts') => {
  const value = (request.query as Record<string, unknown> | undefined)?.[parameter];
  return parameter === 'status'
    ? value !== undefined && value !== 'published'
    : String(value) === 'true';
};

const errors = { 400: Problem, 403: Problem, 404: Problem };

/** Regional funds: list, one, create, change, publish, retire. */
export function fundRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const writeDeps = (request: FastifyRequest) => ({
    store: deps.store,
    now: deps.now,
    actor: request.auditActor,
  });

  app.get(
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
        querystring: FundListQuery,
        response: { 200: FundList, 400: Problem },
      },
    },
    async (request) => ({ items: await listFunds(deps.store.db, request.query) }),
  );

  app.get(
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
        querystring: IncludeDraftsQuery,
        response: { 200: Fund, ...errors },
      },
    },
    (request) =>
      getFund(deps.store.db, request.params.id, {
        includeDrafts: request.query.include_drafts,
      }),
  );

  app.post(
    '/api/funds',
    {
      config: { access: { allow: EDITORS, regions: fundRegions() } },
      schema: {
        summary: 'Create a regional fund (a draft unless status is published)',
        tags: ['sme'],
        body: NewFundBody,
        response: { 201: Fund, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createFund(writeDeps(request), request.body);
      return reply.status(201).header('location', `/api/funds/${created.id}`).send(created);
    },
  );

  app.patch(
    '/api/funds/:id',
    versionedRoute(Fund, {
      config: { access: { allow: EDITORS, regions: fundRegions() } },
      schema: {
        summary: 'Change a regional fund',
        tags: ['sme'],
        params: IdParam,
        body: FundChangesBody,
        response: { 200: Fund, ...errors },
      },
    }),
    (request) => updateFund(writeDeps(request), request.params.id, request.body),
  );

  for (const [action, status] of [
    ['publish', 'published'],
    ['retire', 'retired'],
  ] as const) {
    app.post(
      `/api/funds/:id/${action}`,
      versionedRoute(Fund, {
        config: { access: { allow: EDITORS, regions: fundRegions() } },
        preValidation: async (request: FastifyRequest) => {
          request.body ??= {};
        },
        schema: {
          summary:
            action === 'publish'
              ? 'Publish a regional fund: the SME finder shows it from now on'
              : 'Retire a regional fund: kept, no longer shown to readers',
          tags: ['sme'],
          params: IdParam,
          body: StatusChangeBody,
          response: { 200: Fund, ...errors },
        },
      }),
      (request) =>
        setFundStatus(writeDeps(request), request.params.id, status, {
          version: request.body.version,
        }),
    );
  }
}
