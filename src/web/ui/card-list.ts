import { h, type Child } from './dom.js';

/**
 * The items as a list of cards, each card filled by `card`; with `none`, a line saying so where
 * there are no items.
 */
export function cardList<T>(
  items: readonly T[],
  card: (item: T) => Child,
  options: { readonly testId?: string; readonly none?: string } = {},
): HTMLElement {
  if (items.length === 0 && options.none !== undefined)
    return h('p', { class: 'utrecht-paragraph' }, options.none);
  return h(
    'ul',
    { class: 'rk-cards', 'data-testid': options.testId },
    items.map((item) => h('li', { class: 'rk-card' }, card(item))),
  );
}
