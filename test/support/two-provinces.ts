import type { ActivityCell } from '../../src/core/keyareas/activity-matrix.js';

/**
 * The two provinces of the key-area functions' examples: NL21 = [1, 3] and NL22 = [2, 2] over the
 * key areas [ict, water]; totals 4 and 4, together [3, 5] with total 8.
 */
export const TWO_PROVINCES: readonly ActivityCell[] = [
  { region: 'NL21', keyArea: 'ict', value: 1 },
  { region: 'NL21', keyArea: 'water', value: 3 },
  { region: 'NL22', keyArea: 'ict', value: 2 },
  { region: 'NL22', keyArea: 'water', value: 2 },
];
