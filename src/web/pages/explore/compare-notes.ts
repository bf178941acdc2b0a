import { t } from '../../i18n/i18n.js';
import { h, type Child } from '../../ui/dom.js';

/**
 * The reasons behind one comparison table's missing values, numbered in the order the cells first
 * give them: a cell shows the numbers of its reasons, the list under the table says each reason
 * once. Reasons are the server's words; an empty one gets no number.
 */
export interface CompareNotes {
  /** A value that is not there, in a few words, with the numbers of its reasons after it. */
  cell(text: Child, reasons: readonly (string | null)[], testId: string): HTMLElement;
  /** The reasons in the order of their numbers, or null when no cell gave one. */
  list(): HTMLElement | null;
}

/** The notes of one topic's table (`topic` keeps the reasons' ids apart on the page). */
export function compareNotes(topic: 1 | 2 | 3): CompareNotes {
  const reasons: string[] = [];
  const id = (n: number) => `compare-note-${topic}-${n}`;
  const numberOf = (reason: string) => {
    const found = reasons.indexOf(reason);
    if (found >= 0) return found + 1;
    reasons.push(reason);
    return reasons.length;
  };
  return {
    cell(text, given, testId) {
      const numbers = [...new Set(given.filter((r): r is string => !!r).map(numberOf))];
      return h(
        'span',
        {
          class: 'rk-missing',
          'data-testid': testId,
          'aria-describedby': numbers.map(id).join(' ') || undefined,
        },
        text,
        numbers.length
          ? h(
              'sup',
              { class: 'rk-note-mark', 'data-testid': 'compare-note-mark' },
              numbers.join(','),
            )
          : null,
      );
    },
    list() {
      if (!reasons.length) return null;
      return h(
        'div',
        { class: 'rk-compare-notes', 'data-testid': `compare-notes-${topic}` },
        h('p', { class: 'rk-small', id: `compare-notes-${topic}-title` }, t('compare.notes')),
        h(
          'ol',
          { class: 'rk-small', 'aria-labelledby': `compare-notes-${topic}-title` },
          reasons.map((reason, i) => h('li', { id: id(i + 1) }, reason)),
        ),
      );
    },
  };
}
