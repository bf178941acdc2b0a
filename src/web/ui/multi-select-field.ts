import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import type { Choice } from './form-controls.js';

/**
 * A labelled select of several values (Ctrl or Shift to choose more), with a hint and a place for
 * its error, framed as the other form fields so that a server refusal lands beside it.
 */
export function multiSelectField(
  options: {
    readonly id: string;
    readonly name: string;
    readonly label: string;
    readonly hint?: string;
    readonly selected: readonly string[];
    readonly size?: number;
  },
  choices: readonly Choice[],
): HTMLDivElement {
  const hintId = `${options.id}-hint`;
  const option = ([value, text]: readonly [string, string]) =>
    h('option', { value, selected: options.selected.includes(value) }, text);
  return h(
    'div',
    { class: 'utrecht-form-field rk-form__field', 'data-field': options.name },
    h('label', { class: 'utrecht-form-label', for: options.id }, options.label),
    h(
      'p',
      { class: 'utrecht-form-field-description', id: hintId },
      options.hint ?? t('form.multiselect.hint'),
    ),
    h('p', {
      class: 'utrecht-form-field-error-message rk-form__error',
      id: `${options.id}-error`,
      hidden: true,
    }),
    h(
      'select',
      {
        id: options.id,
        name: options.name,
        multiple: true,
        size: options.size ?? 8,
        class: 'utrecht-select utrecht-select--html-select rk-form__select',
        'aria-describedby': hintId,
      },
      choices.map((c) =>
        'group' in c ? h('optgroup', { label: c.group }, c.choices.map(option)) : option(c),
      ),
    ),
  );
}

/** The chosen values of a multiple select of a form. */
export function formSelected(form: HTMLFormElement, name: string): string[] {
  const control = form.elements.namedItem(name);
  return control instanceof HTMLSelectElement
    ? [...control.selectedOptions].map((o) => o.value)
    : [];
}
