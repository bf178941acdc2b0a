import type { PageView } from '../app/page.js';
import { h, type Child } from './dom.js';

/** A page under its title: the title is the window's and the h1's, the children follow it. */
export function pageView(title: string, ...children: Child[]): PageView {
  return {
    title,
    content: h('div', null, h('h1', { class: 'utrecht-heading-1' }, title), ...children),
  };
}
