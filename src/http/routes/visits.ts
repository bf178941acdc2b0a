import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addCommitment,
  updateCommitment,
  COMMITMENT_STATUSES,
  type CommitmentChanges,
  type CommitmentInput,
} from '../../services/visits/commitments.js';
import {
  COMMITMENT_FILTERS,
  commitmentOverview,
  type CommitmentFilter,
} from '../../services/visits/commitment-overview.js';
import { getVisit } from '../../services/visits/get-visit.js';
import {
  planVisit,
  VISIT_STATUSES,
  type PlanVisitInput,
} from '../../services/visits/plan-visit.js';
import { regionVisitHistory } from '../../services/visits/region-visit-history.js';
import { updateVisit, type VisitChanges } from '../../services/visits/update-visit.js';
import {
  addFinding,
  updateFinding,
  type FindingInput,
} from '../../services/visits/visit-findings.js';
import { listVisits } from '../../services/visits/visit-service.js';
import { VersionConflictError } from '../../domain/version-conflict-error.js';
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
import { sendProblem } from '../error-handler.js';
import { regionParam } from '../schemas/common.js';
import { pageQuerySchema, pageSchema, problemSchema } from './sources.js';

const nullableString = { type: ['string', 'null'] } as const;
const regionRef = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    name_nl: { type: 'string' },
    name_en: { type: 'string' },
  },
} as const;
const topic = {
  type: 'integer',
  enum: [1, 2, 3],
  description: '1 innovation system, 2 key areas, 3 regional innovation power',
} as const;
const version = {
  type: 'integer',
  minimum: 1,
  description:
    'The version of the record you last read; a stale one is refused with 409 and the current record',
} as const;

const agendaItemSchema = {
  type: 'object',
  properties: {
    position: { type: 'integer' },
    topic: { type: ['integer', 'null'] },
    title: { type: 'string' },
  },
} as const;

const visitSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    region: regionRef,
    date: { type: 'string', format: 'date' },
    venue: nullableString,
    hosts: nullableString,
    participants: nullableString,
    status: { type: 'string' },
    agenda: { type: 'array', items: agendaItemSchema },
    source_id: nullableString,
    version: { type: 'integer' },
  },
  required: ['id', 'region', 'date', 'status', 'agenda'],
} as const;

const findingSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    visit_id: { type: 'string' },
    topic: { type: 'integer' },
    text: { type: 'string' },
    created_at: { type: 'string' },
    version: { type: 'integer' },
  },
  required: ['id', 'visit_id', 'topic', 'text', 'created_at', 'version'],
} as const;

const commitmentProperties = {
  id: { type: 'string' },
  visit_id: { type: 'string' },
  description: { type: 'string' },
  owner: { type: 'string' },
  due_date: { type: ['string', 'null'], format: 'date' },
  status: { type: 'string', enum: [...COMMITMENT_STATUSES] },
  overdue: { type: 'boolean', description: 'open, and due before today (Dutch date)' },
  created_at: { type: 'string' },
  version: { type: 'integer' },
} as const;
const commitmentRequired = [
  'id',
  'visit_id',
  'description',
  'owner',
  'due_date',
  'status',
  'overdue',
  'version',
];

const commitmentSchema = {
  type: 'object',
  properties: commitmentProperties,
  required: commitmentRequired,
} as const;

const visitDetailSchema = {
  type: 'object',
  properties: {
    ...visitSchema.properties,
    findings: { type: 'array', items: findingSchema },
    commitments: { type: 'array', items: commitmentSchema },
  },
  required: [...visitSchema.required, 'version', 'findings', 'commitments'],
} as const;

const commitmentOverviewItemSchema = {
  type: 'object',
  properties: {
    ...commitmentProperties,
    visit: {
      type: 'object',
      properties: { id: { type: 'string' }, date: { type: 'string' }, region: regionRef },
    },
  },
  required: [...commitmentRequired, 'visit'],
} as const;

const historySchema = {
  type: 'object',
  properties: {
    region: regionRef,
    visits: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...visitSchema.properties,
          findings: { type: 'integer' },
          commitments: {
            type: 'object',
            properties: {
              open: { type: 'integer' },
              overdue: { type: 'integer' },
              done: { type: 'integer' },
              dropped: { type: 'integer' },
            },
          },
        },
      },
    },
  },
  required: ['region', 'visits'],
} as const;

const agendaInput = {
  type: 'array',
  maxItems: 50,
  items: {
    type: 'object',
    properties: {
      topic: { type: ['integer', 'null'], enum: [1, 2, 3, null] },
      title: { type: 'string', minLength: 1, maxLength: 500 },
    },
    required: ['title'],
    additionalProperties: false,
  },
  description: 'The agenda in order; default one item per topic',
} as const;

const visitFields = {
  date: { type: 'string', format: 'date' },
  venue: { type: ['string', 'null'], maxLength: 500 },
  hosts: { type: ['string', 'null'], maxLength: 2000 },
  participants: { type: ['string', 'null'], maxLength: 5000 },
  status: { type: 'string', enum: [...VISIT_STATUSES] },
  agenda: agendaInput,
} as const;

const commitmentFields = {
  description: { type: 'string', minLength: 1, maxLength: 5000 },
  owner: { type: 'string', minLength: 1, maxLength: 500 },
  due_date: { type: ['string', 'null'], format: 'date' },
  status: { type: 'string', enum: [...COMMITMENT_STATUSES] },
} as const;

const idParam = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['id'],
} as const;

/** A 409 problem document with the record as it is now. */
export function conflictSchema(record: object) {
  return {
    ...problemSchema,
    description:
      'application/problem+json: the record changed since the version sent; `current` is the record now',
    properties: { ...problemSchema.properties, current: record },
  } as const;
}

/**
 * The error handler of the routes that write versioned records: a version conflict becomes a 409
 * problem document that carries the current record; every other error goes to the common handler.
 */
export function versionedErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  // A route's error handler returns nothing: the reply is sent here. `send` returns the reply,
  // which is thenable (it settles once written); nothing waits for that.
  if (error instanceof VersionConflictError) {
    void reply.status(409).type('application/problem+json').send({
      type: 'about:blank',
      title: 'CONFLICT',
      status: 409,
      detail: error.message,
      code: 'CONFLICT',
      current: error.current,
    });
    return;
  }
  void sendProblem(error, request, reply);
}

/**
 * Visits: plan, read, change; findings and commitments; the follow-up overview of commitments
 * across visits; a region's visit history.
 */
export function visitRoutes(app: FastifyInstance, deps: AppDeps): void {
  const visitDeps = { store: deps.store, now: deps.now };
  const writeDeps = (request: FastifyRequest) => ({ ...visitDeps, actor: request.auditActor });
  const errors = { 400: problemSchema, 404: problemSchema };

  app.get<{
    Querystring: { status?: string; from?: string; region?: string; limit: number; offset: number };
  }>(
    '/api/visits',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Visits to regions with their agenda',
        tags: ['visits'],
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: [...VISIT_STATUSES] },
            from: { type: 'string', format: 'date' },
            region: {
              ...regionParam.properties.code,
              description: 'Visits to this region or below it',
            },
            ...pageQuerySchema,
          },
          additionalProperties: false,
        },
        response: { 200: pageSchema(visitSchema), 400: problemSchema },
      },
    },
    (request) => {
      const { status, from, region, limit, offset } = request.query;
      return listVisits(deps.store, { status, from, region }, { limit, offset });
    },
  );

  app.post<{ Body: PlanVisitInput }>(
    '/api/visits',
    {
      config: { access: { allow: EDITORS, regions: bodyRegion('region') } },
      schema: {
        summary: 'Plan a visit (or record one afterwards with status done)',
        tags: ['visits'],
        body: {
          type: 'object',
          properties: { region: regionParam.properties.code, ...visitFields },
          required: ['region', 'date'],
          additionalProperties: false,
        },
        response: { 201: visitDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const visit = await planVisit(writeDeps(request), request.body);
      return reply.status(201).header('location', `/api/visits/${visit.id}`).send(visit);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/visits/:id',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'A visit with its agenda, findings and commitments',
        tags: ['visits'],
        params: idParam,
        response: { 200: visitDetailSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const visit = await getVisit(visitDeps, request.params.id);
      // Findings and commitments are the platform's working notes: for signed-in users only.
      return request.principal ? visit : { ...visit, findings: [], commitments: [] };
    },
  );

  app.patch<{ Params: { id: string }; Body: VisitChanges }>(
    '/api/visits/:id',
    {
      config: { access: { allow: EDITORS, regions: recordRegion(visitRegionOf) } },
      errorHandler: versionedErrorHandler,
      schema: {
        summary: 'Change a visit (date, venue, hosts, participants, status, agenda)',
        tags: ['visits'],
        params: idParam,
        body: {
          type: 'object',
          properties: { version, ...visitFields },
          required: ['version'],
          additionalProperties: false,
        },
        response: { 200: visitDetailSchema, ...errors, 409: conflictSchema(visitDetailSchema) },
      },
    },
    (request) => updateVisit(writeDeps(request), request.params.id, request.body),
  );

  app.post<{ Params: { id: string }; Body: FindingInput }>(
    '/api/visits/:id/findings',
    {
      config: { access: { allow: EDITORS, regions: recordRegion(visitRegionOf) } },
      schema: {
        summary: 'Record a finding of a visit on one of the three topics',
        tags: ['visits'],
        params: idParam,
        body: {
          type: 'object',
          properties: { topic, text: { type: 'string', minLength: 1, maxLength: 20000 } },
          required: ['topic', 'text'],
          additionalProperties: false,
        },
        response: { 201: findingSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addFinding(writeDeps(request), request.params.id, request.body)),
  );

  app.patch<{ Params: { id: string }; Body: { version: number; topic?: number; text?: string } }>(
    '/api/findings/:id',
    {
      config: { access: { allow: EDITORS, regions: recordRegion(findingRegionOf) } },
      errorHandler: versionedErrorHandler,
      schema: {
        summary: 'Change a finding',
        tags: ['visits'],
        params: idParam,
        body: {
          type: 'object',
          properties: { version, topic, text: { type: 'string', minLength: 1, maxLength: 20000 } },
          required: ['version'],
          additionalProperties: false,
        },
        response: { 200: findingSchema, ...errors, 409: conflictSchema(findingSchema) },
      },
    },
    (request) => updateFinding(writeDeps(request), request.params.id, request.body),
  );

  app.post<{ Params: { id: string }; Body: CommitmentInput }>(
    '/api/visits/:id/commitments',
    {
      config: { access: { allow: EDITORS, regions: recordRegion(visitRegionOf) } },
      schema: {
        summary: 'Record a commitment made at a visit: what, who, by when',
        tags: ['visits'],
        params: idParam,
        body: {
          type: 'object',
          properties: commitmentFields,
          required: ['description', 'owner'],
          additionalProperties: false,
        },
        response: { 201: commitmentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addCommitment(writeDeps(request), request.params.id, request.body)),
  );

  app.patch<{ Params: { id: string }; Body: CommitmentChanges }>(
    '/api/commitments/:id',
    {
      config: { access: { allow: EDITORS, regions: recordRegion(commitmentRegionOf) } },
      errorHandler: versionedErrorHandler,
      schema: {
        summary: 'Change a commitment, e.g. mark it done or dropped',
        tags: ['visits'],
        params: idParam,
        body: {
          type: 'object',
          properties: { version, ...commitmentFields },
          required: ['version'],
          additionalProperties: false,
        },
        response: { 200: commitmentSchema, ...errors, 409: conflictSchema(commitmentSchema) },
      },
    },
    (request) => updateCommitment(writeDeps(request), request.params.id, request.body),
  );

  app.get<{
    Querystring: { status?: CommitmentFilter; region?: string; limit: number; offset: number };
  }>(
    '/api/commitments',
    {
      config: { access: { allow: SIGNED_IN } },
      schema: {
        summary:
          'Follow-up: commitments across all visits (default open; overdue = open and past due)',
        tags: ['visits'],
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: [...COMMITMENT_FILTERS], default: 'open' },
            region: {
              ...regionParam.properties.code,
              description: 'Visits to this region or below it',
            },
            ...pageQuerySchema,
          },
          additionalProperties: false,
        },
        response: {
          200: {
            ...pageSchema(commitmentOverviewItemSchema),
            properties: {
              ...pageSchema(commitmentOverviewItemSchema).properties,
              today: { type: 'string', format: 'date' },
              counts: {
                type: 'object',
                properties: { open: { type: 'integer' }, overdue: { type: 'integer' } },
              },
            },
          },
          400: problemSchema,
        },
      },
    },
    (request) => {
      const { status, region, limit, offset } = request.query;
      return commitmentOverview(visitDeps, { status, region }, { limit, offset });
    },
  );

  app.get<{ Params: { code: string } }>(
    '/api/regions/:code/visits',
    {
      config: { access: PUBLIC },
      schema: {
        summary: "A region's visit history (including the regions below it), latest first",
        tags: ['visits'],
        params: regionParam,
        response: { 200: historySchema, ...errors },
      },
    },
    (request) => regionVisitHistory(visitDeps, request.params.code),
  );
}
