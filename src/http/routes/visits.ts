import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { addCommitment, updateCommitment } from '../../services/visits/commitments.js';
import { commitmentOverview } from '../../services/visits/commitment-overview.js';
import { getVisit } from '../../services/visits/get-visit.js';
import { planVisit } from '../../services/visits/plan-visit.js';
import { regionVisitHistory } from '../../services/visits/region-visit-history.js';
import { updateVisit } from '../../services/visits/update-visit.js';
import { addFinding, updateFinding } from '../../services/visits/visit-findings.js';
import { listVisits } from '../../services/visits/visit-service.js';
import { EDITORS, SIGNED_IN } from '../../domain/role.js';
import { PUBLIC } from '../auth/access-rule.js';
import {
  bodyRegion,
  commitmentRegionOf,
  findingRegionOf,
  recordRegion,
  visitRegionOf,
} from '../auth/record-regions.js';
import type { AppDeps } from '../create-app.js';
import { IdParam, Page, Problem, RegionParam } from '../schemas/common.js';
import {
  Commitment,
  CommitmentBody,
  CommitmentChangesBody,
  CommitmentListQuery,
  CommitmentOverview,
  Finding,
  FindingBody,
  FindingChangesBody,
  PlanVisitBody,
  RegionVisitHistory,
  VisitChangesBody,
  VisitDetail,
  VisitListQuery,
  VisitSummary,
} from '../schemas/visits.js';
import { versionedRoute } from '../versioned-route.js';

/**
 * Visits: plan, read, change; findings and commitments; the follow-up overview of commitments
 * across visits; a region's visit history.
 */
export function visitRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const visitDeps = { store: deps.store, now: deps.now };
  const writeDeps = (request: FastifyRequest) => ({ ...visitDeps, actor: request.auditActor });
  const errors = { 400: Problem, 404: Problem };

  app.get(
    '/api/visits',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Visits to regions with their agenda',
        tags: ['visits'],
        querystring: VisitListQuery,
        response: { 200: Page(VisitSummary), 400: Problem },
      },
    },
    (request) => {
      const { status, from, region, limit, offset } = request.query;
      return listVisits(deps.store, { status, from, region }, { limit, offset });
    },
  );

  app.post(
    '/api/visits',
    {
      config: { access: { allow: EDITORS, regions: bodyRegion('region') } },
      schema: {
        summary: 'Plan a visit (or record one afterwards with status done)',
        tags: ['visits'],
        body: PlanVisitBody,
        response: { 201: VisitDetail, ...errors },
      },
    },
    async (request, reply) => {
      const visit = await planVisit(writeDeps(request), request.body);
      return reply.status(201).header('location', `/api/visits/${visit.id}`).send(visit);
    },
  );

  app.get(
    '/api/visits/:id',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'A visit with its agenda, findings and commitments',
        tags: ['visits'],
        params: IdParam,
        response: { 200: VisitDetail, 404: Problem },
      },
    },
    async (request) => {
      const visit = await getVisit(visitDeps, request.params.id);
      // Findings and commitments are the platform's working notes: for signed-in users only.
      return request.principal ? visit : { ...visit, findings: [], commitments: [] };
    },
  );

  app.patch(
    '/api/visits/:id',
    versionedRoute(VisitDetail, {
      config: { access: { allow: EDITORS, regions: recordRegion(visitRegionOf) } },
      schema: {
        summary: 'Change a visit (date, venue, hosts, participants, status, agenda)',
        tags: ['visits'],
        params: IdParam,
        body: VisitChangesBody,
        response: { 200: VisitDetail, ...errors },
      },
    }),
    (request) => updateVisit(writeDeps(request), request.params.id, request.body),
  );

  app.post(
    '/api/visits/:id/findings',
    {
      config: { access: { allow: EDITORS, regions: recordRegion(visitRegionOf) } },
      schema: {
        summary: 'Record a finding of a visit on one of the three topics',
        tags: ['visits'],
        params: IdParam,
        body: FindingBody,
        response: { 201: Finding, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addFinding(writeDeps(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/findings/:id',
    versionedRoute(Finding, {
      config: { access: { allow: EDITORS, regions: recordRegion(findingRegionOf) } },
      schema: {
        summary: 'Change a finding',
        tags: ['visits'],
        params: IdParam,
        body: FindingChangesBody,
        response: { 200: Finding, ...errors },
      },
    }),
    (request) => updateFinding(writeDeps(request), request.params.id, request.body),
  );

  app.post(
    '/api/visits/:id/commitments',
    {
      config: { access: { allow: EDITORS, regions: recordRegion(visitRegionOf) } },
      schema: {
        summary: 'Record a commitment made at a visit: what, who, by when',
        tags: ['visits'],
        params: IdParam,
        body: CommitmentBody,
        response: { 201: Commitment, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCommitment(writeDeps(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/commitments/:id',
    versionedRoute(Commitment, {
      config: { access: { allow: EDITORS, regions: recordRegion(commitmentRegionOf) } },
      schema: {
        summary: 'Change a commitment, e.g. mark it done or dropped',
        tags: ['visits'],
        params: IdParam,
        body: CommitmentChangesBody,
        response: { 200: Commitment, ...errors },
      },
    }),
    (request) => updateCommitment(writeDeps(request), request.params.id, request.body),
  );

  app.get(
    '/api/commitments',
    {
      config: { access: { allow: SIGNED_IN } },
      schema: {
        summary:
          'Follow-up: commitments across all visits (default open; overdue = open and past due)',
        tags: ['visits'],
        querystring: CommitmentListQuery,
        response: { 200: CommitmentOverview, 400: Problem },
      },
    },
    (request) => {
      const { status, region, limit, offset } = request.query;
      return commitmentOverview(visitDeps, { status, region }, { limit, offset });
    },
  );

  app.get(
    '/api/regions/:code/visits',
    {
      config: { access: PUBLIC },
      schema: {
        summary: "A region's visit history (including the regions below it), latest first",
        tags: ['visits'],
        params: RegionParam,
        response: { 200: RegionVisitHistory, ...errors },
      },
    },
    (request) => regionVisitHistory(visitDeps, request.params.code),
  );
}
