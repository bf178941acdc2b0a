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
 * Said where a form would be for someone who may not use it: how to log in for an anonymous
 * visitor; that the account may not change this for someone logged in.
 */
export function editNotice(viewer: Viewer): HTMLElement {
  if (!viewer) return signInNotice(t('permissions.signIn'));
  return h(
    'div',
    { 'data-testid': 'no-edit-notice' },
    notice('info', h('p', { class: 'utrecht-paragraph' }, t('permissions.notAllowed'))),
  );
}
