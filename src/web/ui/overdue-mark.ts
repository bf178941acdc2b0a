import { daysLate } from '../app/days-late.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';

/**
 * The mark of an overdue commitment: a warning sign and the words, with how many days late, so
 * that it is not told by colour alone.
 */
export function overdueMark(due: string | null, today: string): HTMLElement {
  const days = due ? daysLate(due, today) : 0;
  return h(
    'strong',
    { class: 'rk-overdue', 'data-testid': 'overdue' },
    h('span', { class: 'rk-overdue__icon', 'aria-hidden': 'true' }, '!'),
    days > 0 ? t('commitment.overdue.days', { n: days }) : t('commitment.overdue'),
  );
}
