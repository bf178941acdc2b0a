import { ApiError, tryJson } from '../api/client.js';
import { href } from '../app/router.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { notice } from './notice.js';

/**
 * Whether the server says nobody is logged in (GET /api/session without a user). False when
 * someone is, or when the server cannot say: then the page shows its forms and the server's own
 * answer to a write decides.
 */
export async function isAnonymous(): Promise<boolean> {
  const session = await tryJson<{ user: unknown }>('/api/session');
  return !(session instanceof ApiError) && session.user === null;
}

/** Says that this part is for logged-in users of the platform, with the way to log in. */
export function signInNotice(message: string): HTMLElement {
  const back = window.location.pathname + window.location.search;
  return h(
    'div',
    { 'data-testid': 'sign-in-notice' },
    notice(
      'info',
      h('p', { class: 'utrecht-paragraph' }, message),
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          { class: 'utrecht-link', href: href('/inloggen', { terug: back }) },
          t('signIn.link'),
        ),
      ),
    ),
  );
}
