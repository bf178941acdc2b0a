import { h, type Child } from './dom.js';
import { formFeedback } from './form-feedback.js';

/**
 * A form of the application: the live region for its errors and conflicts first, then its fields,
 * then its buttons in one row. `labelledBy` names the heading the form belongs to.
 *
 * @example actionForm({ labelledBy: 'plan-heading', testId: 'plan-form' }, [dateField], button('Plan'))
 */
export function actionForm(
  ids: { readonly labelledBy?: string; readonly testId: string },
  fields: readonly Child[],
  ...buttons: HTMLButtonElement[]
): HTMLFormElement {
  return h(
    'form',
    { class: 'rk-form', 'aria-labelledby': ids.labelledBy, 'data-testid': ids.testId },
    formFeedback(),
    ...fields,
    h('div', { class: 'rk-form__actions' }, ...buttons),
  );
}
