import { t } from '../i18n/i18n.js';
import { h, type Child } from './dom.js';

/**
 * The reasons behind one table's (or figure's) missing values, numbered in the order the cells
 * first give them: a cell shows the numbers of its reasons, the list under the table says each
 * reason once. Reasons are the server's words; an empty one gets no number.
 */
export interface TableNotes {
  /** A value that is not there, in a few words, with the numbers of its reasons after it. */
  cell(text: Child, reasons: readonly (string | null)[], testId: string): HTMLElement;
  /** The numbers of the reasons as superscript text ("¹,²"), for a label that holds text only. */
  marks(reasons: readonly (string | null)[]): string;
  /** The reasons in the order of their numbers, or null when no cell gave one. */
  list(): HTMLElement | null;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number in superscript digits. */
function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');
}

/**
 * The notes of one table. `scope` and `key` keep the reasons' ids apart on the page: the list is
 * `<scope>-notes-<key>` (its test id), each reason `<scope>-note-<key>-<n>`, and each cell's
 * numbers carry the test id `<scope>-note-mark`.
 *
 * @example
 * const notes = tableNotes('compare', '1');
 * notes.cell('n/a', ['no organisation is placed here'], 'not-available-cell'); // "n/a" with a 1
 * notes.list(); // 1. no organisation is placed here
 */
export function tableNotes(scope: string, key: string): TableNotes {
  const reasons: string[] = [];
  const id = (n: number) => `${scope}-note-${key}-${n}`;
  const numbersOf = (given: readonly (string | null)[]) =>
    [...new Set(given.filter((r): r is string => !!r))].map((reason) => {
      const found = reasons.indexOf(reason);
      if (found >= 0) return found + 1;
      reasons.push(reason);
      return reasons.length;
    });
  return {
    cell(text, given, testId) {
      const numbers = numbersOf(given);
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
              { class: 'rk-note-mark', 'data-testid': `${scope}-note-mark` },
              numbers.join(','),
            )
          : null,
      );
    },
    marks(given) {
      return numbersOf(given).map(superscript).join(',');
    },
    list() {
      if (!reasons.length) return null;
      return h(
        'div',
        { class: 'rk-table-notes', 'data-testid': `${scope}-notes-${key}` },
        h('p', { class: 'rk-small', id: `${scope}-notes-${key}-title` }, t('table.notes')),
        h(
          'ol',
          { class: 'rk-small', 'aria-labelledby': `${scope}-notes-${key}-title` },
          reasons.map((reason, i) => h('li', { id: id(i + 1) }, reason)),
        ),
      );
    },
  };
}
