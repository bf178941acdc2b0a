import { versionedUpdate } from '../shared/versioned-update.js';
import type { WriteDeps } from '../write-deps.js';
import { setPublicationStatus } from '../shared/publication-status.js';
import { checkPeriodChange } from '../visits/field-check.js';
import {
  practiceFields,
  writePracticeKeyAreas,
  type PracticeFields,
  type PracticeFieldsInput,
} from './practice-fields.js';
import { PRACTICE } from './practice-records.js';
import type { Practice } from '../../http/schemas/practices.js';

/** Changes to a good practice: the version last read and the fields to change (absent = unchanged). */
export type PracticeChanges = PracticeFieldsInput & { readonly version: number };

/**
 * Changes a good practice (its fields and, when given, its key areas) in one transaction, raising
 * its version by one. Refuses a stale version with a CONFLICT error carrying the practice as it is.
 */
export const updatePractice = versionedUpdate<Practice, PracticeChanges, PracticeFields>(PRACTICE, {
  fields: practiceFields,
  set: (current, { columns }, now) => {
    checkPeriodChange(current, columns);
    return { ...columns, updated_at: now };
  },
  then: async (db, id, { keyAreas }) => {
    if (keyAreas) await writePracticeKeyAreas(db, id, keyAreas);
  },
});

/**
 * Publishes a good practice: anonymous readers see it from now on. With `version`, refuses a
 * stale one (CONFLICT); publishing a published practice changes nothing.
 */
export function publishPractice(
  deps: WriteDeps,
  id: string,
  options: { readonly version?: number | undefined } = {},
): Promise<Practice> {
  return setPublicationStatus(deps, PRACTICE, id, 'published', options);
}
