import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { ANALYSTS } from '../../domain/role.js';
import { auditCsv } from '../../services/audit/audit-csv.js';
import { listAudit } from '../../services/audit/audit-query.js';
import type { AccessRule } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { AuditFilterQuery, AuditListQuery, AuditRecord } from '../schemas/audit.js';
import { Page, Problem } from '../schemas/common.js';

const filterOf = (q: AuditFilterQuery) => ({
  actor: q.actor,
  entity: q.entity,
  entityId: q.entity_id,
  action: q.action,
  from: q.from,
  to: q.to,
});

const route = routeOptions(['accounts']);

/** The audit trail, for administrators and analysts: filtered pages as JSON, or all as CSV. */
export function auditRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const access: AccessRule = { allow: ANALYSTS };
  const errors = { 400: Problem, 401: Problem, 403: Problem };

  app.get(
    '/api/audit',
    route(
      access,
      'The audit trail, newest first: who changed what, when, before and after',
      { querystring: AuditListQuery },
      { 200: Page(AuditRecord), ...errors },
    ),
    (request) => {
      const { limit, offset } = request.query;
      return listAudit(deps.store.db, filterOf(request.query), { limit, offset });
    },
  );

  // A streamed CSV body has no JSON schema for the type provider to check its answer against.
  server.get<{ Querystring: AuditFilterQuery }>(
    '/api/audit.csv',
    route(
      access,
      'The audit trail as CSV (same filters), before and after as JSON text',
      { querystring: AuditFilterQuery },
      errors,
    ),
    (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit.csv"')
        .header('cache-control', 'no-store')
        .send(Readable.from(auditCsv(deps.store.db, filterOf(request.query)))),
  );
}
