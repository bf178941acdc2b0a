import { href } from '../app/router.js';
import { formatDate } from '../i18n/i18n.js';
import { h } from './dom.js';

/** A visit's date as the link to its page, the first cell of a list of visits. */
export function visitDateLink(visit: { readonly id: string; readonly date: string }): HTMLElement {
  return h(
    'a',
    { class: 'utrecht-link', href: href(`/bezoeken/${encodeURIComponent(visit.id)}`) },
    formatDate(visit.date),
  );
}
