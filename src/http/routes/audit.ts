import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ANALYSTS } from '../../domain/role.js';
import { auditCsv } from '../../services/audit/audit-csv.js';
import { listAudit } from '../../services/audit/audit-query.js';
import type { AppDeps } from '../create-app.js';
import { Page, Problem, pageQueryProperties } from '../schemas/common.js';

interface AuditQuery {
  actor?: string;
  entity?: string;
  entity_id?: string;
  action?: string;
  from?: string;
  to?: string;
}

const filterProperties = {
  actor: { type: 'string', maxLength: 200, description: 'user:<login>, cli:<os user> or system' },
  entity: {
    type: 'string',
    maxLength: 50,
    description: 'visit, finding, commitment, practice, transfer, cluster, setting, user or import',
  },
  entity_id: { type: 'string', maxLength: 200 },
  action: { type: 'string', maxLength: 50 },
  from: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'at or after (ISO)' },
  to: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'before (ISO)' },
} as const;

const auditSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    at: { type: 'string' },
    actor: { type: 'string' },
    action: { type: 'string' },
    entity: { type: 'string' },
    entity_id: { type: 'string' },
    before: {},
    after: {},
    request_id: { type: ['string', 'null'] },
  },
  required: ['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'before', 'after'],
} as const;

const filterOf = (q: AuditQuery) => ({
  actor: q.actor,
  entity: q.entity,
  entityId: q.entity_id,
  action: q.action,
  from: q.from,
  to: q.to,
});

/** The audit trail, for administrators and analysts: filtered pages as JSON, or all as CSV. */
export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  const access = { allow: ANALYSTS };
  const errors = { 400: Problem, 401: Problem, 403: Problem };

  app.get<{ Querystring: AuditQuery & { limit: number; offset: number } }>(
    '/api/audit',
    {
      config: { access },
      schema: {
        summary: 'The audit trail, newest first: who changed what, when, before and after',
        tags: ['accounts'],
        querystring: {
          type: 'object',
          properties: { ...filterProperties, ...pageQueryProperties },
          additionalProperties: false,
        },
        response: { 200: Page(auditSchema), ...errors },
      },
    },
    (request) => {
      const { limit, offset } = request.query;
      return listAudit(deps.store.db, filterOf(request.query), { limit, offset });
    },
  );

  app.get<{ Querystring: AuditQuery }>(
    '/api/audit.csv',
    {
      config: { access },
      schema: {
        summary: 'The audit trail as CSV (same filters), before and after as JSON text',
        tags: ['accounts'],
        querystring: { type: 'object', properties: filterProperties, additionalProperties: false },
        response: errors,
      },
    },
    (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit.csv"')
        .header('cache-control', 'no-store')
        .send(Readable.from(auditCsv(deps.store.db, filterOf(request.query)))),
  );
}
