/** Shapes of the administration API's answers (accounts and the audit trail). */
import type { Static } from 'typebox';
import type { RegionClusters } from '../../http/schemas/clusters.js';
import type { SessionUser } from './session.js';

export type Role = SessionUser['role'];

/** The roles, in the order the forms offer them. */
export const ROLES: readonly Role[] = ['viewer', 'regional_editor', 'analyst', 'administrator'];

export type { UserSummary as UserAccount } from '../../http/schemas/users.js';
export type { AuditRecord as AuditEntry } from '../../http/schemas/audit.js';

/** A spearhead (cluster) as GET /api/regions/:code/spearheads gives it, with its version. */
export type { Cluster as SpearheadRecord } from '../../http/schemas/clusters.js';

/** GET /api/regions/:code/spearheads: the spearheads of exactly that region. */
export type SpearheadList = Static<typeof RegionClusters>;
