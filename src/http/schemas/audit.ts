/** The audit trail (GET /api/audit and /api/audit.csv). */
import { Type, type Static } from 'typebox';
import { NullableString, pageQueryProperties } from './common.js';

/** One row of the audit trail: who changed what, when, before and after. */
export const AuditRecord = Type.Object(
  {
    id: Type.Integer(),
    at: Type.String(),
    actor: Type.String(),
    action: Type.String(),
    entity: Type.String(),
    entity_id: Type.String(),
    before: Type.Unknown({ description: 'the record before the change, as JSON' }),
    after: Type.Unknown({ description: 'the record after the change, as JSON' }),
    request_id: NullableString,
  },
  { additionalProperties: false },
);
export type AuditRecord = Static<typeof AuditRecord>;

const auditFilterProperties = {
  actor: Type.Optional(
    Type.String({ maxLength: 200, description: 'user:<login>, cli:<os user> or system' }),
  ),
  entity: Type.Optional(
    Type.String({
      maxLength: 50,
      description:
        'visit, finding, commitment, practice, transfer, cluster, setting, user or import',
    }),
  ),
  entity_id: Type.Optional(Type.String({ maxLength: 200 })),
  action: Type.Optional(Type.String({ maxLength: 50 })),
  from: Type.Optional(
    Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'at or after (ISO)' }),
  ),
  to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'before (ISO)' })),
};

/** The filters of the audit trail, as the CSV takes them. */
export const AuditFilterQuery = Type.Object(auditFilterProperties, {
  additionalProperties: false,
});
export type AuditFilterQuery = Static<typeof AuditFilterQuery>;

/** The filters and a page, as the JSON list takes them. */
export const AuditListQuery = Type.Object(
  { ...auditFilterProperties, ...pageQueryProperties },
  { additionalProperties: false },
);
