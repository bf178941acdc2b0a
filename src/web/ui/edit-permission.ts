import { ApiError, tryJson } from '../api/client.js';
import type { SessionState, SessionUser } from '../api/session.js';
import type { Viewer } from '../app/permissions.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { notice } from './notice.js';
import { signInNotice } from './sign-in-notice.js';

/**
 * Who is looking at the page: the logged-in user's role and regions, or null for an anonymous
 * visitor (and when the server cannot say: then no form is offered).
 */
export async function currentViewer(): Promise<SessionUser | null> {
  const session = await tryJson<SessionState>('/api/session');
  return session instanceof ApiError ? null : session.user;
}

/**
 * Who may do what a notice stands in for: the region's editors (with analysts and administrators),
 * analysts and administrators only, readers of the audit trail, or administrators only.
 */
export type Audience = 'regions' | 'analysts' | 'audit' | 'administrators';

/** For each audience: what an anonymous visitor is told, and what a logged-in user is told. */
const MESSAGES = {
  regions: ['permissions.signIn', 'permissions.notAllowed'],
  analysts: ['permissions.signIn.analysts', 'permissions.notAllowed.analysts'],
  audit: ['permissions.signIn.audit', 'permissions.notAllowed.audit'],
  administrators: ['permissions.signIn.administrators', 'permissions.notAllowed.administrators'],
} as const;

/**
 * Said where a form would be for someone who may not use it: how to log in for an anonymous
 * visitor; that the account may not change this for someone logged in; both naming who may.
 */
export function editNotice(viewer: Viewer, audience: Audience = 'regions'): HTMLElement {
  const [signIn, notAllowed] = MESSAGES[audience];
  if (!viewer) return signInNotice(t(signIn));
  return h(
    'div',
    { 'data-testid': 'no-edit-notice' },
    notice('info', h('p', { class: 'utrecht-paragraph' }, t(notAllowed))),
  );
}
