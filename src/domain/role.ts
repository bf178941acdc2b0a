/**
 * The roles of an account:
 * - administrator: runs the server; everything, including accounts;
 * - analyst: every region's content, the next-visit weights, the audit trail;
 * - regional_editor: the content of the regions given (and every region below them);
 * - viewer: a platform member who reads what is signed-in only (visit findings, follow-up).
 * Anonymous readers (no account) see published content only.
 */
export const ROLES = ['administrator', 'analyst', 'regional_editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Every role. */
export const SIGNED_IN: readonly Role[] = ROLES;
/** The roles that edit content (regional editors within their regions). */
export const EDITORS: readonly Role[] = ['administrator', 'analyst', 'regional_editor'];
/** The roles that work across all regions. */
export const ANALYSTS: readonly Role[] = ['administrator', 'analyst'];
/** Accounts are the administrator's. */
export const ADMINISTRATORS: readonly Role[] = ['administrator'];

/** Whether `value` names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
