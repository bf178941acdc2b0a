import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { notice } from './notice.js';

/**
 * Shows, in a form's feedback region, that someone else saved the record since it was read: what
 * is saved now, field by field, and that the user's text is still in the form. The form's hidden
 * `version` takes the current version, so saving again puts the user's text over it on purpose.
 */
export function showConflict(
  form: HTMLFormElement,
  current: { readonly version: number } | undefined,
  rows: readonly (readonly [string, string])[],
): void {
  const version = form.elements.namedItem('version');
  if (current && version instanceof HTMLInputElement) version.value = String(current.version);
  form.querySelector('[data-feedback]')?.replaceChildren(
    h(
      'div',
      { role: 'alert', 'data-testid': 'conflict' },
      notice(
        'warning',
        h(
          'p',
          { class: 'utrecht-paragraph' },
          h(
            'strong',
            null,
            current ? t('conflict.lead', { version: current.version }) : t('conflict.lead.unknown'),
          ),
        ),
        rows.length
          ? [
              h('p', { class: 'utrecht-paragraph' }, t('conflict.saved')),
              h(
                'dl',
                { class: 'rk-conflict__saved' },
                rows.map(([label, value]) => [
                  h('dt', null, label),
                  h('dd', null, value || t('conflict.empty')),
                ]),
              ),
            ]
          : null,
        h('p', { class: 'utrecht-paragraph' }, t('conflict.yours')),
        h(
          'p',
          { class: 'utrecht-paragraph' },
          h(
            'a',
            { class: 'utrecht-link', href: window.location.pathname + window.location.search },
            t('conflict.reload'),
          ),
        ),
      ),
    ),
  );
  form.querySelector<HTMLElement>('[data-testid=conflict]')?.setAttribute('tabindex', '-1');
  form.querySelector<HTMLElement>('[data-testid=conflict]')?.focus();
}

/** A hidden input with the version of the record the form edits. */
export function versionInput(version: number): HTMLInputElement {
  return h('input', { type: 'hidden', name: 'version', value: version });
}
