import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { scrollCueSides } from './scroll-cue-sides.js';

/**
 * Gives a table container that scrolls sideways a visible cue while its table is wider than it: a
 * line at its top that stays in view as the table scrolls ("Scroll sideways for more columns", with
 * an arrow toward them), and a shade on each edge with columns beyond it. The sides are in
 * `data-more` ('start', 'end'); the cue follows the container's size and scrolling. A table that
 * fits shows no cue. Returns the container.
 */
export function withScrollCue<E extends HTMLElement>(container: E): E {
  // Sighted users need the cue; the table itself reads whole to assistive technology.
  const cue = h(
    'p',
    { class: 'rk-scroll-cue', 'aria-hidden': 'true', 'data-testid': 'scroll-cue', hidden: true },
    t('table.scrollCue'),
  );
  container.prepend(cue);
  const update = () => {
    const sides = scrollCueSides(
      container.scrollLeft,
      container.scrollWidth,
      container.clientWidth,
    );
    cue.hidden = sides === '';
    if (sides) container.dataset.more = sides;
    else delete container.dataset.more;
  };
  container.addEventListener('scroll', update, { passive: true });
  if (typeof ResizeObserver !== 'undefined') {
    const observer = new ResizeObserver(update);
    observer.observe(container);
    const table = container.querySelector('table');
    if (table) observer.observe(table);
  }
  return container;
}
