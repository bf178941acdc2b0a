import type { PageView } from '../app/page.js';
import { h, type Child } from './dom.js';

/** What may stand around a page's title: a link back, an id for the h1, a class on the page. */
export interface PageFrame {
  /** A link above the heading, back to the list the page belongs to. */
  readonly back?: { readonly href: string; readonly text: string };
  /** The h1's id, for a form that the page's heading labels. */
  readonly headingId?: string;
  /** A class on the page's element, for a page with a layout of its own. */
  readonly className?: string;
}

/** A page under its title: the title is the window's and the h1's, the children follow it. */
export function pageView(title: string, ...children: Child[]): PageView {
  return framedPageView({}, title, ...children);
}

/** A page under its title, with the link back, heading id or class its frame names. */
export function framedPageView(frame: PageFrame, title: string, ...children: Child[]): PageView {
  return {
    title,
    content: h(
      'div',
      frame.className ? { class: frame.className } : null,
      frame.back ? backLink(frame.back.href, frame.back.text) : null,
      h('h1', { class: 'utrecht-heading-1', id: frame.headingId }, title),
      ...children,
    ),
  };
}

/** A small link back to the page a page belongs to, above its heading. */
export function backLink(href: string, text: string): HTMLParagraphElement {
  return h('p', { class: 'rk-small' }, h('a', { class: 'utrecht-link', href }, text));
}
