import { h, type Child } from './dom.js';
import { button } from './form-controls.js';

/**
 * A form of page controls (a filter, a search, a chooser). It is never sent: on submit it calls
 * `submit` with the form, so the page can go to the address the controls pick; without `submit`
 * the controls act as they change.
 */
export function controlsForm(
  options: {
    readonly label: string;
    readonly role?: 'search';
    readonly testId?: string;
    readonly submit?: (form: HTMLFormElement) => void;
  },
  ...children: Child[]
): HTMLFormElement {
  return h(
    'form',
    {
      class: 'rk-controls',
      role: options.role,
      'aria-label': options.label,
      'data-testid': options.testId,
      onsubmit: (event: Event) => {
        event.preventDefault();
        options.submit?.(event.currentTarget as HTMLFormElement);
      },
    },
    ...children,
  );
}

/** The submit button of a controls form, in its own row. */
export function controlsSubmit(text: string, id: string, disabled = false): HTMLDivElement {
  return h('div', { class: 'rk-controls__actions' }, button(text, { id, disabled }));
}

/** A labelled field of a controls form; `wide` gives it a row of its own on wide screens. */
export function controlsField(
  options: { readonly id: string; readonly label: string; readonly wide?: boolean },
  ...control: Child[]
): HTMLDivElement {
  return h(
    'div',
    {
      class: `utrecht-form-field rk-controls__field${options.wide ? ' rk-controls__field--wide' : ''}`,
    },
    h('label', { class: 'utrecht-form-label', for: options.id }, options.label),
    ...control,
  );
}

/** A labelled select of a controls form, named by its id. */
export function controlsSelect(
  options: { readonly id: string; readonly label: string; readonly disabled?: boolean },
  ...choices: Child[]
): HTMLDivElement {
  return controlsField(
    options,
    h(
      'select',
      {
        id: options.id,
        name: options.id,
        class: 'utrecht-select utrecht-select--html-select',
        disabled: options.disabled,
      },
      ...choices,
    ),
  );
}
