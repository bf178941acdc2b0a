/** Shapes of the administration API's answers (accounts and the audit trail). */
import type { SessionUser } from './session.js';

export type Role = SessionUser['role'];

/** The roles, in the order the forms offer them. */
export const ROLES: readonly Role[] = ['viewer', 'regional_editor', 'analyst', 'administrator'];

/** An account as GET /api/users gives it (never with its password). */
export interface UserAccount {
  id: string;
  login: string;
  name: string;
  role: Role;
  regions: string[];
  disabled: boolean;
  created_at?: string;
  updated_at?: string;
  version: number;
}

/** One row of the audit trail (GET /api/audit). */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

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
