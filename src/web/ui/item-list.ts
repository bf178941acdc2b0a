import { h, type Child } from './dom.js';

/** How a list looks: ordered or not, the list's classes and each item's. */
export interface ListStyle {
  readonly tag: 'ul' | 'ol';
  readonly className: string;
  readonly itemClass: string;
}

/** Cards side by side (a record, a region, a practice each). */
export const CARDS: ListStyle = { tag: 'ul', className: 'rk-cards', itemClass: 'rk-card' };

/** A bulleted list in NL Design System style. */
export const BULLETS: ListStyle = {
  tag: 'ul',
  className: 'utrecht-unordered-list',
  itemClass: 'utrecht-unordered-list__item',
};

/**
 * The items as a list in `style`, each item's li filled by `item`; with `none`, the paragraph
 * that says so where there are no items.
 */
export function itemList<T>(
  style: ListStyle,
  items: readonly T[],
  item: (value: T) => Child,
  options: { readonly testId?: string; readonly none?: string } = {},
): HTMLElement {
  if (items.length === 0 && options.none !== undefined)
    return h('p', { class: 'utrecht-paragraph' }, options.none);
  return h(
    style.tag,
    { class: style.className, 'data-testid': options.testId },
    items.map((value) => h('li', { class: style.itemClass }, item(value))),
  );
}
