import { ApiError } from '../../api/client.js';
import { logIn } from '../../api/session.js';
import { apiErrorKey } from '../../app/api-error-text.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { t } from '../../i18n/i18n.js';
import { h, replace } from '../../ui/dom.js';
import { notice } from '../../ui/notice.js';
import { framedPageView } from '../../ui/page-view.js';

/** Where to go after logging in: an address inside the application only, never elsewhere. */
function returnPath(route: Route): string {
  const back = route.query.get('terug') ?? '/';
  return back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/api') ? back : '/';
}

function field(id: string, label: string, input: HTMLInputElement): HTMLElement {
  return h(
    'div',
    { class: 'utrecht-form-field rk-form__field' },
    h('label', { class: 'utrecht-form-label', for: id }, label),
    input,
  );
}

/** The log-in page (/inloggen): login and password; afterwards back to the page it came from. */
export function loginPage(route: Route): Promise<PageView> {
  const login = h('input', {
    id: 'login-name',
    name: 'login',
    type: 'text',
    class: 'utrecht-textbox utrecht-textbox--html-input rk-form__textbox',
    autocomplete: 'username',
    required: true,
    'data-testid': 'login-name',
  });
  const password = h('input', {
    id: 'login-password',
    name: 'password',
    type: 'password',
    class: 'utrecht-textbox utrecht-textbox--html-input rk-form__textbox',
    autocomplete: 'current-password',
    required: true,
    'data-testid': 'login-password',
  });
  const feedback = h('div', { 'aria-live': 'polite' });
  const submit = h(
    'button',
    {
      type: 'submit',
      class: 'utrecht-button utrecht-button--primary-action',
      'data-testid': 'login-submit',
    },
    t('login.submit'),
  );
  const form = h(
    'form',
    { class: 'rk-form', 'data-testid': 'login-form', novalidate: true },
    feedback,
    field('login-name', t('login.name'), login),
    field('login-password', t('login.password'), password),
    h('p', { class: 'utrecht-paragraph' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!login.value.trim() || !password.value) {
      replace(feedback, error(t('login.missing')));
      return;
    }
    submit.disabled = true;
    logIn(login.value.trim(), password.value)
      .then(
        () => navigate(href(returnPath(route))),
        (failure: unknown) => {
          const status = failure instanceof ApiError ? failure.status : 0;
          replace(
            feedback,
            error(
              status === 401
                ? t('login.wrong')
                : status === 429
                  ? t('login.tooMany')
                  : failure instanceof ApiError
                    ? t(apiErrorKey(failure))
                    : t('apierror.network'),
            ),
          );
          password.value = '';
          password.focus();
        },
      )
      .finally(() => {
        submit.disabled = false;
      });
  });
  return Promise.resolve(
    framedPageView(
      { className: 'rk-login' },
      t('login.title'),
      h('p', { class: 'utrecht-paragraph' }, t('login.intro')),
      form,
    ),
  );
}

function error(message: string): HTMLElement {
  return h(
    'div',
    { role: 'alert', 'data-testid': 'login-error' },
    notice('error', h('p', { class: 'utrecht-paragraph' }, message)),
  );
}
