import { tableNotes, type TableNotes } from '../../ui/table-notes.js';

/** The reasons behind one comparison table's missing values (see {@link tableNotes}). */
export type CompareNotes = TableNotes;

/** The notes of one topic's table (`topic` keeps the reasons' ids apart on the page). */
export function compareNotes(topic: 1 | 2 | 3): CompareNotes {
  return tableNotes('compare', String(topic));
}
