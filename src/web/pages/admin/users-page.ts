import { getJson, sendJson } from '../../api/client.js';
import { ROLES, type Role, type UserAccount } from '../../api/admin-types.js';
import type { PageView } from '../../app/page.js';
import { mayManageUsers } from '../../app/permissions.js';
import { href, navigate } from '../../app/router.js';
import { t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { adminSubNav } from '../../ui/admin-nav.js';
import { h } from '../../ui/dom.js';
import { currentViewer, editNotice } from '../../ui/edit-permission.js';
import { setFlash, takeFlash } from '../../ui/flash.js';
import { button, formText, selectField, textField } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import { formFeedback, showFormError } from '../../ui/form-feedback.js';
import { writeForm } from '../../ui/write-form.js';
import { pageSection } from '../../ui/page-section.js';
import { pageView } from '../../ui/page-view.js';

const roleName = (role: Role) => t(`role.${role}` as MessageKey);
const self = () => href('/beheer/gebruikers');
const reload = (message: string) => {
  setFlash(message);
  navigate(self(), { replace: true });
};

/** Accounts, for the administrator: the list, adding one, disabling and resetting a password. */
export async function usersPage(): Promise<PageView> {
  const title = t('users.title');
  const viewer = await currentViewer();
  if (!mayManageUsers(viewer)) return pageView(title, editNotice(viewer, 'administrators'));
  const users = await getJson<UserAccount[]>('/api/users');
  return pageView(
    title,
    adminSubNav(viewer, 'users'),
    h('p', { class: 'utrecht-paragraph' }, t('users.lead')),
    takeFlash(),
    pageSection(
      'users-list-heading',
      t('users.list'),
      h(
        'ul',
        { class: 'rk-cards rk-users', 'data-testid': 'users' },
        users.map((u) => userCard(u, u.login === viewer?.login)),
      ),
    ),
    addUserSection(),
  );
}

/** One account: login, name, role, regions and status, with what the administrator can do. */
function userCard(user: UserAccount, self: boolean): HTMLElement {
  const fact = (label: string, value: string) => [h('dt', null, label), h('dd', null, value)];
  return h(
    'li',
    { class: 'rk-card', 'data-testid': 'user', 'data-login': user.login },
    h('h3', { class: 'utrecht-heading-3 rk-card__title' }, user.login),
    h(
      'dl',
      { class: 'rk-details rk-details--compact' },
      fact(t('users.name'), user.name),
      fact(t('users.role'), roleName(user.role)),
      user.regions.length ? fact(t('users.regions'), user.regions.join(', ')) : null,
      fact(t('users.state'), user.disabled ? t('users.state.disabled') : t('users.state.active')),
    ),
    userActions(user, self),
  );
}

/** Disable (or enable again) and reset the password of one account. */
function userActions(user: UserAccount, self: boolean): HTMLElement {
  const toggle = h(
    'form',
    {
      class: 'rk-form rk-form--inline',
      'aria-label': t('users.toggle.form', { login: user.login }),
    },
    formFeedback(),
    h(
      'div',
      { class: 'rk-form__actions' },
      button(user.disabled ? t('users.enable') : t('users.disable'), {
        secondary: true,
        testId: user.disabled ? 'user-enable' : 'user-disable',
      }),
    ),
  );
  writeForm(toggle, {
    labels: {},
    send: () =>
      sendJson<UserAccount>(
        'POST',
        `/api/users/${encodeURIComponent(user.id)}/${user.disabled ? 'enable' : 'disable'}`,
      ),
    onDone: (u) => reload(t(u.disabled ? 'users.disabled' : 'users.enabled', { login: u.login })),
  });

  const id = `user-${user.id}-password`;
  const reset = h(
    'form',
    { class: 'rk-form rk-form--inline', 'data-testid': 'user-reset-form' },
    formFeedback(),
    textField({
      id,
      name: 'password',
      label: t('users.password.new'),
      type: 'password',
      required: true,
      autocomplete: 'new-password',
      hint: t('users.password.hint'),
    }),
    h('div', { class: 'rk-form__actions' }, button(t('users.password.submit'))),
  );
  const labels = { password: t('users.password.new') };
  writeForm(reset, {
    labels,
    check: () => passwordLongEnough(reset, labels.password),
    send: () =>
      sendJson<UserAccount>('POST', `/api/users/${encodeURIComponent(user.id)}/password`, {
        password: formText(reset, 'password'),
      }),
    onDone: (u) => reload(t('users.password.done', { login: u.login })),
  });
  return h(
    'div',
    { class: 'rk-user-actions', 'data-testid': 'user-actions', 'data-login': user.login },
    // Administrators do not lock themselves out: another administrator disables them.
    self ? null : toggle,
    h(
      'details',
      { class: 'rk-edit' },
      h('summary', { class: 'rk-edit__summary' }, t('users.password.reset')),
      reset,
    ),
  );
}

/** At least 12 characters, as the server asks; says so beside the field otherwise. */
function passwordLongEnough(form: HTMLFormElement, label: string): boolean {
  if (formText(form, 'password').length >= 12) return true;
  showFormError(form, t('users.password.short', { field: label }), 'password', label);
  return false;
}

/** NUTS codes typed with commas or spaces between them, upper-cased. */
function regionCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}

function addUserSection(): HTMLElement {
  const labels = {
    login: t('users.login'),
    name: t('users.name'),
    role: t('users.role'),
    regions: t('users.regions'),
    password: t('users.password'),
  };
  const form = actionForm(
    { labelledBy: 'user-add-heading', testId: 'user-add-form' },
    [
      textField({
        id: 'user-login',
        name: 'login',
        label: labels.login,
        required: true,
        autocomplete: 'off',
        hint: t('users.login.hint'),
      }),
      textField({ id: 'user-name', name: 'name', label: labels.name, required: true }),
      selectField({ id: 'user-role', name: 'role', label: labels.role, required: true }, [
        ['', t('form.choose')],
        ...ROLES.map((r) => [r, roleName(r)] as [string, string]),
      ]),
      textField({
        id: 'user-regions',
        name: 'regions',
        label: labels.regions,
        hint: t('users.regions.hint'),
      }),
      textField({
        id: 'user-password',
        name: 'password',
        label: labels.password,
        type: 'password',
        required: true,
        autocomplete: 'new-password',
        hint: t('users.password.hint'),
      }),
    ],
    button(t('users.add.submit'), { id: 'user-add-submit' }),
  );
  writeForm(form, {
    labels,
    check: () => {
      if (
        formText(form, 'role') === 'regional_editor' &&
        regionCodes(formText(form, 'regions')).length === 0
      ) {
        showFormError(form, t('users.regions.needed'), 'regions', labels.regions);
        return false;
      }
      return passwordLongEnough(form, labels.password);
    },
    send: () =>
      sendJson<UserAccount>('POST', '/api/users', {
        login: formText(form, 'login').trim(),
        name: formText(form, 'name').trim(),
        role: formText(form, 'role'),
        regions:
          formText(form, 'role') === 'regional_editor'
            ? regionCodes(formText(form, 'regions'))
            : [],
        password: formText(form, 'password'),
      }),
    onDone: (u) => reload(t('users.added', { login: u.login })),
  });
  return h(
    'section',
    { class: 'rk-topic', 'aria-labelledby': 'user-add-heading' },
    h('h2', { class: 'utrecht-heading-2', id: 'user-add-heading' }, t('users.add')),
    form,
  );
}
