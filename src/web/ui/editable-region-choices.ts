import { mayEditRegion, type Viewer } from '../app/permissions.js';
import type { Choice } from './form-controls.js';

/**
 * The region choices `viewer` may write for: all of them for administrators and analysts, those
 * within a regional editor's regions, none for others. Empty groups are left out.
 */
export function editableRegionChoices(choices: readonly Choice[], viewer: Viewer): Choice[] {
  const allowed = ([code]: readonly [string, string]) => mayEditRegion(viewer, code);
  return choices.flatMap((c): Choice[] => {
    if (!('group' in c)) return allowed(c) ? [c] : [];
    const kept = c.choices.filter(allowed);
    return kept.length ? [{ group: c.group, choices: kept }] : [];
  });
}
