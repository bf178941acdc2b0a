import { ApiError } from '../api/client.js';
import { checkRequired, clearFormErrors, showProblem } from './form-feedback.js';

/**
 * Makes a form send a write: on submit it clears old errors, checks that the required fields are
 * filled in, runs `check` (which shows its own error and returns false to stop), then `send`. A 409 goes to `onConflict` with the record as it
 * is now; any other refusal is shown with the server's detail, tied to the field it names. The
 * form keeps what the user typed whatever happens.
 */
export function writeForm<T>(
  form: HTMLFormElement,
  options: {
    /** API field name -> label, to name the field a problem is about. */
    readonly labels: Readonly<Record<string, string>>;
    readonly check?: () => boolean;
    readonly send: () => Promise<T>;
    readonly onDone: (result: T) => void;
    readonly onConflict?: (current: unknown) => void;
  },
): HTMLFormElement {
  form.noValidate = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(form);
    if (!checkRequired(form, options.labels)) return;
    if (options.check && !options.check()) return;
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]');
    if (submit) submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    options
      .send()
      .then(options.onDone, (error: unknown) => {
        if (error instanceof ApiError && error.status === 409 && options.onConflict) {
          options.onConflict(error.current);
        } else {
          showProblem(form, error, options.labels);
        }
      })
      .finally(() => {
        if (submit) submit.disabled = false;
        form.removeAttribute('aria-busy');
      });
  });
  return form;
}
