import type { AnalyticsData } from './analytics-data.js';
import { placedOrganisations, type DerivedData } from './derived-data.js';
import { KEY_AREA_MEASURES, type KeyAreaMeasure } from './key-area-activity.js';
import { unclassifiedNote } from './key-area-note.js';
import type { TextLang } from './measure-status.js';
import type { KeyAreaWeight } from './project-key-areas.js';

/** The region's activity that no key area of the taxonomy classifies (ERC, MSCA, SME instrument ...). */
export interface UnclassifiedActivity {
  /** Activity in projects classified into no key area, in the measure's unit; null when the region cannot be measured. */
  value: number | null;
  /** value / all the region's activity (classified or not, each participation counted whole). */
  share: number | null;
  note: string | null;
}

/**
 * The activity of a region (and the regions inside it) in projects the taxonomy does not classify:
 * participations, EC contribution, or organisations taking part in unclassified projects only,
 * with its share of all the region's activity; the note (why there is no share) in `lang`.
 */
export function regionUnclassifiedActivity(
  data: AnalyticsData,
  derived: DerivedData,
  keyAreasOf: ReadonlyMap<string, readonly KeyAreaWeight[]>,
  region: string,
  measure: KeyAreaMeasure,
  lang: TextLang,
): UnclassifiedActivity {
  const kind = KEY_AREA_MEASURES[measure].measure;
  let all = 0;
  let unclassified = 0;
  const organisations = new Map<string, boolean>();
  for (const i of derived.participationsIn(region)) {
    const classified = (keyAreasOf.get(data.participations.project_id[i]!)?.length ?? 0) > 0;
    if (kind === 'distinct') {
      const actorId = data.participations.actor_id[i]!;
      organisations.set(actorId, (organisations.get(actorId) ?? false) || classified);
      continue;
    }
    const amount = kind === 'sum' ? (data.participations.contribution_eur[i] ?? 0) : 1;
    all += amount;
    if (!classified) unclassified += amount;
  }
  if (kind === 'distinct') {
    all = organisations.size;
    unclassified = [...organisations.values()].filter((c) => !c).length;
  }
  return {
    value: unclassified,
    share: all > 0 ? unclassified / all : null,
    note: all > 0 ? null : unclassifiedNote(lang, placedOrganisations(derived, region) === 0),
  };
}
