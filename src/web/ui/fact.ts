import { h, type Child } from './dom.js';

/** One labelled figure of a list of facts (`dl.rk-facts`). */
export function fact(label: string, value: Child, testId?: string): HTMLElement {
  return h(
    'div',
    { class: 'rk-facts__item', 'data-testid': testId },
    h('dt', null, label),
    h('dd', null, value),
  );
}
