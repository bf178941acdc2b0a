import { h, type Child } from './dom.js';

/** A section of a page under its h2, which labels it (`headingId` is the h2's id). */
export function pageSection(headingId: string, heading: Child, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': headingId },
    h('h2', { class: 'utrecht-heading-2', id: headingId }, heading),
    ...children,
  );
}
