import { h } from './dom.js';
import { notice } from './notice.js';

let pending: string | null = null;

/** Keeps a message to show on the next page rendered (after a save that re-renders the page). */
export function setFlash(message: string): void {
  pending = message;
}

/** The kept message as a status notice, once; null when there is none. */
export function takeFlash(): HTMLElement | null {
  const message = pending;
  pending = null;
  if (!message) return null;
  return h(
    'div',
    { role: 'status', 'data-testid': 'flash' },
    notice('ok', h('p', { class: 'utrecht-paragraph' }, message)),
  );
}
