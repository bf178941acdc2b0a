import { h } from './dom.js';

/** One labelled figure of a list of facts (`dl.rk-facts`). */
export function fact(label: string, value: string): HTMLElement {
  return h('div', { class: 'rk-facts__item' }, h('dt', null, label), h('dd', null, value));
}
