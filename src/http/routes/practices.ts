import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EDITORS } from '../../domain/role.js';
import { AnalyticsService } from '../../services/analytics/analytics-service.js';
import { createPractice } from '../../services/practices/create-practice.js';
import { getPractice } from '../../services/practices/practice-records.js';
import { addPracticeTransfer } from '../../services/practices/practice-transfers.js';
import { listPractices } from '../../services/practices/practice-service.js';
import { recommendedPractices } from '../../services/practices/recommended-practices.js';
import { publishPractice, updatePractice } from '../../services/practices/update-practice.js';
import { bodyRegion, practiceRegionOf, recordRegion } from '../auth/record-regions.js';
import { readWithDrafts } from '../auth/draft-reads.js';
import type { AppDeps } from '../create-app.js';
import { publicReads, routeOptions } from '../route-options.js';
import { recordRoutes } from '../record-routes.js';
import { Problem, RegionParam } from '../schemas/common.js';
import {
  NewPracticeBody,
  Practice,
  PracticeChangesBody,
  PracticeListQuery,
  PracticePage,
  PracticeRecommendations,
  RecommendationsQuery,
  TransferBody,
} from '../schemas/practices.js';

/** Whether a request asks for drafts: `status=draft|all`, or `include_drafts=true`. */
function asksDrafts(request: FastifyRequest, parameter: 'status' | 'include_drafts'): boolean {
  const value = (request.query as Record<string, unknown> | undefined)?.[parameter];
  return parameter === 'status' ? value === 'draft' || value === 'all' : String(value) === 'true';
}

const route = routeOptions(['practices']);

/**
 * Good practices: the list with full-text search and filters (published only unless asked),
 * one practice, create, edit, publish, transfers, and recommendations for a region.
 */
export function practiceRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const get = publicReads(server, ['practices']);
  const readDeps = { store: deps.store, now: deps.now };
  const records = recordRoutes(server, readDeps, ['practices'], { 400: Problem, 404: Problem });
  let analytics = deps.analytics;

  app.get(
    '/api/practices',
    route(
      readWithDrafts((r) => asksDrafts(r, 'status')),
      'Good practices (published unless asked otherwise), full-text searched and filtered by topic, region and key area',
      { querystring: PracticeListQuery },
      { 200: PracticePage, 400: Problem },
    ),
    (request) => {
      const { q, status, topic, region, key_area, limit, offset } = request.query;
      return listPractices(
        deps.store,
        { q, status, topic, region, keyArea: key_area },
        { limit, offset },
      );
    },
  );

  records.one(
    {
      url: '/api/practices/:id',
      access: readWithDrafts((r) => asksDrafts(r, 'include_drafts')),
      summary: 'One good practice (a draft only with include_drafts=true)',
      record: Practice,
    },
    getPractice,
  );
  records.create(
    {
      url: '/api/practices',
      access: { allow: EDITORS, regions: bodyRegion('region') },
      summary: 'Create a good practice (a draft unless status is published)',
      body: NewPracticeBody,
      record: Practice,
    },
    createPractice,
  );
  records.change(
    {
      url: '/api/practices/:id',
      access: { allow: EDITORS, regions: recordRegion(practiceRegionOf, 'id', 'region') },
      summary: 'Change a good practice',
      body: PracticeChangesBody,
      record: Practice,
    },
    updatePractice,
  );
  const ownPractice = { allow: EDITORS, regions: recordRegion(practiceRegionOf) };
  records.status(
    {
      url: '/api/practices/:id/publish',
      access: ownPractice,
      summary: 'Publish a good practice: anonymous readers see it from now on',
      record: Practice,
    },
    publishPractice,
  );
  records.add(
    {
      url: '/api/practices/:id/transfers',
      access: ownPractice,
      summary: 'Record that another region took the practice over, and with what outcome',
      body: TransferBody,
      record: Practice,
    },
    addPracticeTransfer,
  );

  get(
    '/api/regions/:code/practices/recommended',
    'Good practices from regions that do well where this region does worst, each with its reasons',
    { params: RegionParam, querystring: RecommendationsQuery },
    { 200: PracticeRecommendations, 404: Problem },
    (request) => {
      // One analytics service per application when the caller gave none, so its cache is kept.
      analytics ??= new AnalyticsService(deps.store, deps.now);
      return recommendedPractices(readDeps, analytics, request.params.code, request.query);
    },
  );
}
