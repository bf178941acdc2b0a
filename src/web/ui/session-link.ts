import { currentSession, logOut } from '../api/session.js';
import { href, navigate } from '../app/router.js';
import { t } from '../i18n/i18n.js';
import { h, replace } from './dom.js';

/**
 * The header's account corner: a log-in link for anonymous visitors; the user's name and a
 * log-out button once logged in. Filled in when the session is known.
 */
export function sessionLink(current: URL): HTMLElement {
  const box = h('div', { class: 'rk-session', 'data-testid': 'session' });
  const back = current.pathname === '/inloggen' ? '/' : current.pathname + current.search;
  void currentSession()
    .then((session) => {
      if (!session.user) {
        replace(
          box,
          h(
            'a',
            {
              class: 'utrecht-link rk-session__link',
              href: href('/inloggen', { terug: back }),
              'data-testid': 'login-link',
            },
            t('session.login'),
          ),
        );
        return;
      }
      const button = h(
        'button',
        {
          type: 'button',
          class: 'utrecht-button utrecht-button--subtle rk-session__logout',
          'data-testid': 'logout',
        },
        t('session.logout'),
      );
      button.addEventListener('click', () => {
        button.disabled = true;
        void logOut()
          .catch(() => undefined)
          .then(() => navigate(href('/')));
      });
      const who = t('session.as', { name: session.user.name });
      replace(
        box,
        // A long name is cut short on screen (CSS): the title shows the whole of it.
        h('span', { class: 'rk-session__user', title: who, 'data-testid': 'session-user' }, who),
        button,
      );
    })
    .catch(() => undefined);
  return box;
}
