import { h, type Child } from './dom.js';
import { formFeedback } from './form-feedback.js';

/**
 * A form of the application: the live region for its errors and conflicts first, then its fields,
 * then its buttons in one row. `labelledBy` names the heading the form belongs to; `row` lays
 * the fields out side by side; `onsubmit` handles a form that sends nothing itself.
 *
 * @example actionForm({ labelledBy: 'plan-heading', testId: 'plan-form' }, [dateField], button('Plan'))
 */
export function actionForm(
  ids: {
    readonly labelledBy?: string;
    readonly testId: string;
    readonly row?: boolean;
    readonly onsubmit?: (event: Event) => void;
  },
  fields: readonly Child[],
  ...buttons: HTMLButtonElement[]
): HTMLFormElement {
  return h(
    'form',
    {
      class: ids.row ? 'rk-form rk-form--row' : 'rk-form',
      'aria-labelledby': ids.labelledBy,
      'data-testid': ids.testId,
      onsubmit: ids.onsubmit,
    },
    formFeedback(),
    ...fields,
    h('div', { class: 'rk-form__actions' }, ...buttons),
  );
}
