import { ApiError } from '../api/client.js';
import { apiErrorKey } from '../app/api-error-text.js';
import { problemField } from '../app/problem-field.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { notice } from './notice.js';

/**
 * The live region of a form where its errors and conflicts are announced; put it at the top of
 * the form.
 */
export function formFeedback(): HTMLDivElement {
  return h('div', { class: 'rk-form__feedback', 'data-feedback': '', 'aria-live': 'polite' });
}

/** Removes the errors a form shows. */
export function clearFormErrors(form: HTMLFormElement): void {
  form.querySelector('[data-feedback]')?.replaceChildren();
  for (const field of form.querySelectorAll<HTMLElement>('[data-field]')) {
    field.classList.remove('utrecht-form-field--invalid');
    const error = field.querySelector<HTMLElement>('.rk-form__error');
    if (error) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const control of field.querySelectorAll('input, textarea, select')) {
      control.removeAttribute('aria-invalid');
      const describedBy = (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((id) => id && id !== error?.id);
      if (describedBy.length) control.setAttribute('aria-describedby', describedBy.join(' '));
      else control.removeAttribute('aria-describedby');
    }
  }
}

/**
 * The server's own words about a refused request, marked as English (the server writes in
 * English) and, on a Dutch page, introduced as such.
 */
export function serverDetail(detail: string): (HTMLElement | string)[] {
  return [
    h('span', { class: 'rk-server-detail__label' }, t('apierror.detail')),
    ' ',
    h('span', { lang: 'en', 'data-testid': 'server-detail' }, detail),
  ];
}

/**
 * Shows an error: announced at the top of the form (role=alert), and, when it is about one field,
 * beside that field too (aria-invalid, described by `fieldMessage`, else the message), which then
 * gets the focus. `detail` is the server's own (English) words, shown after the message.
 */
export function showFormError(
  form: HTMLFormElement,
  message: string,
  fieldName?: string,
  fieldLabel?: string,
  fieldMessage?: string,
  detail?: string,
): void {
  const feedback = form.querySelector('[data-feedback]');
  const lead = fieldLabel ? t('form.error.field', { field: fieldLabel }) : t('form.error');
  feedback?.replaceChildren(
    h(
      'div',
      { role: 'alert', 'data-testid': 'form-error' },
      notice(
        'error',
        h('p', { class: 'utrecht-paragraph' }, h('strong', null, lead)),
        h('p', { class: 'utrecht-paragraph' }, message),
        detail
          ? h('p', { class: 'utrecht-paragraph rk-small rk-server-detail' }, serverDetail(detail))
          : null,
      ),
    ),
  );
  const field = fieldName ? form.querySelector<HTMLElement>(`[data-field="${fieldName}"]`) : null;
  if (!field) return;
  field.classList.add('utrecht-form-field--invalid');
  const error = field.querySelector<HTMLElement>('.rk-form__error');
  const control =
    field.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select') ?? null;
  if (error) {
    error.textContent = fieldMessage ?? message;
    if (detail) error.append(' ', ...serverDetail(detail));
    error.hidden = false;
  }
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    if (error) {
      const describedBy = control.getAttribute('aria-describedby');
      control.setAttribute(
        'aria-describedby',
        describedBy ? `${describedBy} ${error.id}` : error.id,
      );
    }
    control.focus();
  }
}

/**
 * Shows why the server refused a write: its problem detail, tied to the field it names when
 * that field is one of `labels` (API field name -> label on the form).
 */
export function showProblem(
  form: HTMLFormElement,
  error: unknown,
  labels: Readonly<Record<string, string>>,
): void {
  if (!(error instanceof ApiError)) {
    showFormError(form, t('form.error.network', { detail: String(error) }));
    return;
  }
  const field = problemField(error.message, Object.keys(labels));
  const message = t(apiErrorKey(error));
  showFormError(
    form,
    t('form.error.server', { status: error.status, detail: message }),
    field,
    field ? labels[field] : undefined,
    message,
    error.message,
  );
}

/**
 * Shows that a required field is empty, before anything is sent: the first empty field with
 * aria-required, named by its label in `labels` (API field name -> label). False when one is empty.
 */
export function checkRequired(
  form: HTMLFormElement,
  labels: Readonly<Record<string, string>>,
): boolean {
  for (const control of form.querySelectorAll<
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  >('[aria-required="true"]')) {
    if (control.value.trim() !== '') continue;
    const label = labels[control.name] ?? control.name;
    const message = t('form.error.required', { field: label });
    showFormError(form, message, control.name, label);
    return false;
  }
  return true;
}
