import type { SessionUser } from '../api/session.js';

/** Who is asking: the logged-in user, or null for an anonymous visitor. */
export type Viewer = Pick<SessionUser, 'role' | 'regions'> | null;

/**
 * Whether `region` is one of `scope` or lies below one of them. NUTS codes grow by one character
 * per level (NL -> NL2 -> NL21 -> NL213), so below means "starts with": the server walks the same
 * hierarchy through the regions table (src/services/accounts/region-scope.ts).
 */
export function regionWithinScope(region: string, scope: readonly string[]): boolean {
  const code = region.trim().toUpperCase();
  return scope.some((s) => code.startsWith(s.trim().toUpperCase()));
}

/**
 * Whether `viewer` may write the content (visits, findings, commitments, good practices,
 * spearheads) of `region`: administrators and analysts everywhere, regional editors in their
 * regions and the regions below them, nobody else. Mirrors the server's rule; the server still
 * decides, and its 403 is shown when it disagrees.
 * `mayEditRegion({ role: 'regional_editor', regions: ['NL21'] }, 'NL213')` is true.
 */
export function mayEditRegion(viewer: Viewer, region: string): boolean {
  if (!viewer) return false;
  if (viewer.role === 'administrator' || viewer.role === 'analyst') return true;
  return viewer.role === 'regional_editor' && regionWithinScope(region, viewer.regions);
}

/** Whether `viewer` may write content of some region (and so sees the forms that create it). */
export function mayEditSomeRegion(viewer: Viewer): boolean {
  if (!viewer) return false;
  if (viewer.role === 'administrator' || viewer.role === 'analyst') return true;
  return viewer.role === 'regional_editor' && viewer.regions.length > 0;
}

/** Whether `viewer` works across all regions: the audit trail. */
export function mayReadAudit(viewer: Viewer): boolean {
  return viewer?.role === 'administrator' || viewer?.role === 'analyst';
}

/** The next-visit weights are saved for everyone: administrators only (anyone may try others). */
export function maySetWeights(viewer: Viewer): boolean {
  return viewer?.role === 'administrator';
}

/** Whether `viewer` manages accounts: administrators only. */
export function mayManageUsers(viewer: Viewer): boolean {
  return viewer?.role === 'administrator';
}
