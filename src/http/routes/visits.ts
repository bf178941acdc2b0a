import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
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
import { routeOptions } from '../route-options.js';
import { requestWriteDeps } from '../request-write-deps.js';
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

const route = routeOptions(['visits']);

/**
 * Visits: plan, read, change; findings and commitments; the follow-up overview of commitments
 * across visits; a region's visit history.
 */
export function visitRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const visitDeps = { store: deps.store, now: deps.now };
  const writeDeps = requestWriteDeps(visitDeps);
  const errors = { 400: Problem, 404: Problem };

  app.get(
    '/api/visits',
    route(
      PUBLIC,
      'Visits to regions with their agenda',
      { querystring: VisitListQuery },
      { 200: Page(VisitSummary), 400: Problem },
    ),
    (request) => {
      const { status, from, region, limit, offset } = request.query;
      return listVisits(deps.store, { status, from, region }, { limit, offset });
    },
  );

  app.post(
    '/api/visits',
    route(
      { allow: EDITORS, regions: bodyRegion('region') },
      'Plan a visit (or record one afterwards with status done)',
      { body: PlanVisitBody },
      { 201: VisitDetail, ...errors },
    ),
    async (request, reply) => {
      const visit = await planVisit(writeDeps(request), request.body);
      return reply.status(201).header('location', `/api/visits/${visit.id}`).send(visit);
    },
  );

  app.get(
    '/api/visits/:id',
    route(
      PUBLIC,
      'A visit with its agenda, findings and commitments',
      { params: IdParam },
      { 200: VisitDetail, 404: Problem },
    ),
    async (request) => {
      const visit = await getVisit(visitDeps, request.params.id);
      // Findings and commitments are the platform's working notes: for signed-in users only.
      return request.principal ? visit : { ...visit, findings: [], commitments: [] };
    },
  );

  app.patch(
    '/api/visits/:id',
    versionedRoute(
      VisitDetail,
      route(
        { allow: EDITORS, regions: recordRegion(visitRegionOf) },
        'Change a visit (date, venue, hosts, participants, status, agenda)',
        { params: IdParam, body: VisitChangesBody },
        { 200: VisitDetail, ...errors },
      ),
    ),
    (request) => updateVisit(writeDeps(request), request.params.id, request.body),
  );

  app.post(
    '/api/visits/:id/findings',
    route(
      { allow: EDITORS, regions: recordRegion(visitRegionOf) },
      'Record a finding of a visit on one of the three topics',
      { params: IdParam, body: FindingBody },
      { 201: Finding, ...errors },
    ),
    async (request, reply) =>
      reply.status(201).send(await addFinding(writeDeps(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/findings/:id',
    versionedRoute(
      Finding,
      route(
        { allow: EDITORS, regions: recordRegion(findingRegionOf) },
        'Change a finding',
        { params: IdParam, body: FindingChangesBody },
        { 200: Finding, ...errors },
      ),
    ),
    (request) => updateFinding(writeDeps(request), request.params.id, request.body),
  );

  app.post(
    '/api/visits/:id/commitments',
    route(
      { allow: EDITORS, regions: recordRegion(visitRegionOf) },
      'Record a commitment made at a visit: what, who, by when',
      { params: IdParam, body: CommitmentBody },
      { 201: Commitment, ...errors },
    ),
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCommitment(writeDeps(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/commitments/:id',
    versionedRoute(
      Commitment,
      route(
        { allow: EDITORS, regions: recordRegion(commitmentRegionOf) },
        'Change a commitment, e.g. mark it done or dropped',
        { params: IdParam, body: CommitmentChangesBody },
        { 200: Commitment, ...errors },
      ),
    ),
    (request) => updateCommitment(writeDeps(request), request.params.id, request.body),
  );

  app.get(
    '/api/commitments',
    route(
      { allow: SIGNED_IN },
      'Follow-up: commitments across all visits (default open; overdue = open and past due)',
      { querystring: CommitmentListQuery },
      { 200: CommitmentOverview, 400: Problem },
    ),
    (request) => {
      const { status, region, limit, offset } = request.query;
      return commitmentOverview(visitDeps, { status, region }, { limit, offset });
    },
  );

  app.get(
    '/api/regions/:code/visits',
    route(
      PUBLIC,
      "A region's visit history (including the regions below it), latest first",
      { params: RegionParam },
      { 200: RegionVisitHistory, ...errors },
    ),
    (request) => regionVisitHistory(visitDeps, request.params.code),
  );
}
