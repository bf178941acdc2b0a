import type { DossierBlock } from '../dossier-blocks.js';
import type { Texts } from '../i18n.js';

/**
 * The reasons behind one table's missing values, numbered in the order the cells first give them:
 * a cell shows its text with the numbers of its reasons ("none (1)"), the note under the table
 * says each reason once. The dossier's standard fonts have no superscript digits beyond 3, hence
 * the brackets.
 */
export interface ValueNotes {
  /** A missing value's text with the numbers of its reasons after it; the text alone without. */
  mark(text: string, reasons: readonly string[]): string;
  /** The note that lists the reasons by number, or null when no cell gave one. */
  block(x: Texts): DossierBlock | null;
}

/**
 * @example
 * const notes = valueNotes();
 * notes.mark('–', ['the country has no activity in this key area']); // '– (1)'
 * notes.block(x); // "Why a value is missing: (1) the country has no activity in this key area."
 */
export function valueNotes(): ValueNotes {
  const reasons: string[] = [];
  return {
    mark(text, given) {
      const numbers = [...new Set(given.filter((r) => r))].map((reason) => {
        const found = reasons.indexOf(reason);
        if (found >= 0) return found + 1;
        reasons.push(reason);
        return reasons.length;
      });
      return numbers.length ? `${text} (${numbers.join(', ')})` : text;
    },
    block(x) {
      if (!reasons.length) return null;
      return {
        kind: 'paragraph',
        tone: 'note',
        text: x.t('keyareas.missing', {
          reasons: reasons.map((r, i) => `(${i + 1}) ${r}`).join('; '),
        }),
      };
    },
  };
}
