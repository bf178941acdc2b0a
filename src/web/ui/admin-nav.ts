import type { PageName } from '../app/router.js';
import { href } from '../app/router.js';
import { mayManageUsers, mayReadAudit, type Viewer } from '../app/permissions.js';
import { t } from '../i18n/i18n.js';
import { currentViewer } from './edit-permission.js';
import { h } from './dom.js';

/**
 * Adds the "Administration" entry to the main navigation once the session is known, for
 * administrators (it opens the users) and analysts (it opens the audit trail).
 */
export function addAdminNavItem(list: HTMLUListElement, active: PageName): void {
  void currentViewer().then((viewer) => {
    if (!mayReadAudit(viewer)) return;
    const current = active === 'users' || active === 'audit';
    list.append(
      h(
        'li',
        { class: 'rk-nav__item' },
        h(
          'a',
          {
            class: `rk-nav__link${current ? ' rk-nav__link--current' : ''}`,
            href: href(mayManageUsers(viewer) ? '/beheer/gebruikers' : '/beheer/audit'),
            'aria-current': current ? 'page' : null,
            'data-testid': 'nav-admin',
          },
          t('nav.admin'),
        ),
      ),
    );
  });
}

/** The administration pages' own links: users (administrators) and the audit trail. */
export function adminSubNav(viewer: Viewer, active: 'users' | 'audit'): HTMLElement {
  const link = (page: 'users' | 'audit', path: string, text: string) =>
    h(
      'li',
      null,
      h(
        'a',
        {
          class: 'utrecht-link',
          href: href(path),
          'aria-current': page === active ? 'page' : null,
        },
        text,
      ),
    );
  return h(
    'nav',
    { class: 'rk-toc', 'aria-label': t('nav.admin') },
    h(
      'ul',
      { class: 'rk-chips' },
      mayManageUsers(viewer) ? link('users', '/beheer/gebruikers', t('users.title')) : null,
      link('audit', '/beheer/audit', t('audit.title')),
    ),
  );
}
