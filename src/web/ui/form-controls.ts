import { t } from '../i18n/i18n.js';
import { h } from './dom.js';

/** A text field, text area, date or number input of a form. */
export interface FieldOptions {
  /** The element id (labels and error messages refer to it). */
  readonly id: string;
  /** The form name; also the API field it is sent as. */
  readonly name: string;
  readonly label: string;
  readonly value?: string | null | undefined;
  readonly required?: boolean;
  readonly hint?: string;
  readonly type?: 'text' | 'date' | 'email' | 'url' | 'number' | 'password';
  readonly multiline?: boolean;
  readonly rows?: number;
  readonly inputmode?: 'decimal' | 'numeric';
  readonly autocomplete?: string;
  readonly testId?: string;
}

function fieldFrame(
  options: { id: string; name: string; label: string; required?: boolean; hint?: string },
  control: HTMLElement,
): HTMLDivElement {
  const hintId = options.hint ? `${options.id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'utrecht-form-field rk-form__field', 'data-field': options.name },
    h(
      'label',
      { class: 'utrecht-form-label', for: options.id },
      options.label,
      options.required ? h('span', { class: 'rk-form__required' }, ` (${t('form.required')})`) : '',
    ),
    hintAndError(options.id, options.hint),
    control,
  );
}

/** A field's hint (`<id>-hint`, where it has one) and the place for its error (`<id>-error`). */
function hintAndError(id: string, hint: string | undefined): HTMLParagraphElement[] {
  const error = h('p', {
    class: 'utrecht-form-field-error-message rk-form__error',
    id: `${id}-error`,
    hidden: true,
  });
  return hint
    ? [h('p', { class: 'utrecht-form-field-description', id: `${id}-hint` }, hint), error]
    : [error];
}

/** A labelled input or text area in NL Design System style, with a hint and a place for its error. */
export function textField(options: FieldOptions): HTMLDivElement {
  const common = {
    id: options.id,
    name: options.name,
    'aria-required': options.required ? 'true' : null,
    autocomplete: options.autocomplete ?? 'off',
    'data-testid': options.testId,
  };
  const control = options.multiline
    ? h(
        'textarea',
        {
          ...common,
          class: 'utrecht-textarea utrecht-textarea--html-textarea rk-form__textarea',
          rows: options.rows ?? 4,
        },
        options.value ?? '',
      )
    : h('input', {
        ...common,
        type: options.type ?? 'text',
        class: 'utrecht-textbox utrecht-textbox--html-input rk-form__textbox',
        value: options.value ?? '',
        inputmode: options.inputmode,
      });
  return fieldFrame(options, control);
}

/**
 * The text fields of a form whose fields are named as the API names them: field `name` gets the
 * id `<prefix>-<name>` and its label from `labels`.
 */
export function textFieldsOf<K extends string>(
  prefix: string,
  labels: Readonly<Record<K, string>>,
): (name: K, value: string | null | undefined, extra?: Partial<FieldOptions>) => HTMLDivElement {
  return (name, value, extra = {}) =>
    textField({ id: `${prefix}-${name}`, name, label: labels[name], value, ...extra });
}

/** A choice of a select: a [value, text] pair, or a labelled group of them. */
export type Choice =
  | readonly [string, string]
  | { readonly group: string; readonly choices: readonly (readonly [string, string])[] };

/** A labelled select with its choices (groups become optgroups). */
export function selectField(
  options: Omit<FieldOptions, 'type' | 'multiline' | 'rows' | 'inputmode'>,
  choices: readonly Choice[],
): HTMLDivElement {
  const option = ([value, text]: readonly [string, string]) =>
    h('option', { value, selected: value === (options.value ?? '') }, text);
  const control = h(
    'select',
    {
      id: options.id,
      name: options.name,
      class: 'utrecht-select utrecht-select--html-select rk-form__select',
      'aria-required': options.required ? 'true' : null,
      'data-testid': options.testId,
    },
    choices.map((c) =>
      'group' in c ? h('optgroup', { label: c.group }, c.choices.map(option)) : option(c),
    ),
  );
  return fieldFrame(options, control);
}

/** A group of checkboxes with a legend; `checked` holds the values ticked. */
export function checkboxGroup(options: {
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly choices: readonly (readonly [string, string])[];
  readonly checked: readonly string[];
}): HTMLFieldSetElement {
  const hintId = options.hint ? `${options.id}-hint` : null;
  return h(
    'fieldset',
    {
      class: 'utrecht-form-fieldset rk-form__fieldset',
      id: options.id,
      'data-field': options.name,
      'aria-describedby': hintId,
    },
    h('legend', { class: 'utrecht-form-fieldset__legend rk-form__legend' }, options.legend),
    hintAndError(options.id, options.hint),
    h(
      'ul',
      { class: 'rk-form__checkboxes' },
      options.choices.map(([value, text], i) => {
        const id = `${options.id}-${i}`;
        return h(
          'li',
          { class: 'utrecht-form-field utrecht-form-field--checkbox rk-form__checkbox' },
          h('input', {
            type: 'checkbox',
            class: 'utrecht-checkbox utrecht-checkbox--html-input',
            id,
            name: options.name,
            value,
            checked: options.checked.includes(value),
          }),
          h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, text),
        );
      }),
    ),
  );
}

/** A primary or secondary button. */
export function button(
  text: string,
  options: {
    readonly type?: 'submit' | 'button';
    readonly secondary?: boolean;
    readonly disabled?: boolean;
    readonly id?: string;
    readonly testId?: string;
    readonly onclick?: (event: MouseEvent) => void;
  } = {},
): HTMLButtonElement {
  return h(
    'button',
    {
      type: options.type ?? 'submit',
      class: options.secondary
        ? 'utrecht-button utrecht-button--secondary-action'
        : 'utrecht-button utrecht-button--primary-action',
      disabled: options.disabled,
      id: options.id,
      'data-testid': options.testId,
      onclick: options.onclick,
    },
    text,
  );
}

/** The text of a named control of a form ('' when there is none). */
export function formText(form: HTMLFormElement, name: string): string {
  const control = form.elements.namedItem(name);
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    return control.value;
  }
  if (control instanceof HTMLSelectElement) return control.value;
  return '';
}

/** The values of the ticked checkboxes of a name. */
export function formChecked(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox]`)]
    .filter((c) => c.name === name && c.checked)
    .map((c) => c.value);
}
