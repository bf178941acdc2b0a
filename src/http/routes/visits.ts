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
import { publicReads, routeOptions } from '../route-options.js';
import { recordRoutes } from '../record-routes.js';
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

const route = routeOptions(['visits']);

/**
 * Visits: plan, read, change; findings and commitments; the follow-up overview of commitments
 * across visits; a region's visit history.
 */
export function visitRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const get = publicReads(server, ['visits']);
  const visitDeps = { store: deps.store, now: deps.now };
  const errors = { 400: Problem, 404: Problem };
  const records = recordRoutes(server, visitDeps, ['visits'], errors);

  get(
    '/api/visits',
    'Visits to regions with their agenda',
    { querystring: VisitListQuery },
    { 200: Page(VisitSummary) },
    (request) => {
      const { status, from, region, limit, offset } = request.query;
      return listVisits(deps.store, { status, from, region }, { limit, offset });
    },
  );

  records.create(
    {
      url: '/api/visits',
      access: { allow: EDITORS, regions: bodyRegion('region') },
      summary: 'Plan a visit (or record one afterwards with status done)',
      body: PlanVisitBody,
      record: VisitDetail,
    },
    planVisit,
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

  const ownVisit = { allow: EDITORS, regions: recordRegion(visitRegionOf) };
  records.change(
    {
      url: '/api/visits/:id',
      access: ownVisit,
      summary: 'Change a visit (date, venue, hosts, participants, status, agenda)',
      body: VisitChangesBody,
      record: VisitDetail,
    },
    updateVisit,
  );
  records.add(
    {
      url: '/api/visits/:id/findings',
      access: ownVisit,
      summary: 'Record a finding of a visit on one of the three topics',
      body: FindingBody,
      record: Finding,
    },
    addFinding,
  );
  records.change(
    {
      url: '/api/findings/:id',
      access: { allow: EDITORS, regions: recordRegion(findingRegionOf) },
      summary: 'Change a finding',
      body: FindingChangesBody,
      record: Finding,
    },
    updateFinding,
  );
  records.add(
    {
      url: '/api/visits/:id/commitments',
      access: ownVisit,
      summary: 'Record a commitment made at a visit: what, who, by when',
      body: CommitmentBody,
      record: Commitment,
    },
    addCommitment,
  );
  records.change(
    {
      url: '/api/commitments/:id',
      access: { allow: EDITORS, regions: recordRegion(commitmentRegionOf) },
      summary: 'Change a commitment, e.g. mark it done or dropped',
      body: CommitmentChangesBody,
      record: Commitment,
    },
    updateCommitment,
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

  get(
    '/api/regions/:code/visits',
    "A region's visit history (including the regions below it), latest first",
    { params: RegionParam },
    { 200: RegionVisitHistory, ...errors },
    (request) => regionVisitHistory(visitDeps, request.params.code),
  );
}
