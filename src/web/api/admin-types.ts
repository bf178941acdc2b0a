/** Shapes of the administration API's answers (accounts and the audit trail). */
import type { SessionUser } from './session.js';

export type Role = SessionUser['role'];

/** The roles, in the order the forms offer them. */
export const ROLES: readonly Role[] = ['viewer', 'regional_editor', 'analyst', 'administrator'];

export type { UserSummary as UserAccount } from '../../http/schemas/users.js';
export type { AuditRecord as AuditEntry } from '../../http/schemas/audit.js';

/** A spearhead (cluster) as GET /api/regions/:code/spearheads gives it, with its version. */
export interface SpearheadRecord {
  id: string;
  region: { code: string; name_nl: string; name_en: string };
  name_nl: string;
  name_en: string;
  description: string | null;
  source_id: string | null;
  version: number;
  key_areas: { id: string; name_nl: string; name_en: string; weight: number }[];
  members: { actor_id: string; name: string; role: string | null }[];
}
