import type { Indicator } from '../api/types.js';

type Lang = 'nl' | 'en';

/**
 * One indicator as the picker offers it: every id the server holds of it (from other files,
 * units or versions), the preferred source first.
 */
export interface PickerEntry {
  readonly concept: string;
  readonly order: number;
  /** The ids of this indicator, preferred source first. */
  readonly members: readonly Indicator[];
  /** The NUTS levels at which some member has values. */
  readonly levels: readonly number[];
}

/** A theme of the picker with its indicators in the catalogue's order. */
export interface PickerGroup {
  readonly group: string;
  readonly name_nl: string;
  readonly name_en: string;
  readonly entries: readonly PickerEntry[];
}

/**
 * The indicators as picker entries: one per concept, in the server's order (`order`), the
 * members sorted by preference. Only members with values count.
 *
 * @example pickerEntries([tgs00042, rd_e_gerdreg_pc_gdp_total]) -> one entry 'gerd_pc_gdp' with both
 */
export function pickerEntries(indicators: readonly Indicator[]): PickerEntry[] {
  const byConcept = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    if (indicator.years.length === 0) continue;
    const list = byConcept.get(indicator.concept) ?? [];
    list.push(indicator);
    byConcept.set(indicator.concept, list);
  }
  return [...byConcept.entries()]
    .map(([concept, list]) => {
      const members = [...list].sort(
        (a, b) => a.preference - b.preference || a.id.localeCompare(b.id),
      );
      const levels = [...new Set(members.flatMap((m) => m.levels))].sort((a, b) => a - b);
      return { concept, order: Math.min(...members.map((m) => m.order)), members, levels };
    })
    .sort((a, b) => a.order - b.order || a.concept.localeCompare(b.concept));
}

/** The entries with values at a level, grouped by theme in the themes' order. */
export function pickerGroups(entries: readonly PickerEntry[], level: number): PickerGroup[] {
  const groups = new Map<string, { head: Indicator; entries: PickerEntry[] }>();
  for (const entry of entries) {
    if (!entry.levels.includes(level)) continue;
    const head = entry.members[0]!;
    const group = groups.get(head.group) ?? { head, entries: [] };
    group.entries.push(entry);
    groups.set(head.group, group);
  }
  return [...groups.values()].map(({ head, entries: list }) => ({
    group: head.group,
    name_nl: head.group_nl,
    name_en: head.group_en,
    entries: list,
  }));
}

/** The entry an indicator id belongs to. */
export function pickerEntryOf(
  entries: readonly PickerEntry[],
  id: string | undefined,
): PickerEntry | undefined {
  return id === undefined ? undefined : entries.find((e) => e.members.some((m) => m.id === id));
}

/**
 * The id to draw an entry with at a level: `wanted` when it has values there, else the most
 * preferred member that has; undefined when no member has values at the level.
 */
export function pickerMemberAt(
  entry: PickerEntry,
  level: number,
  wanted?: string,
): Indicator | undefined {
  const atLevel = entry.members.filter((m) => m.levels.includes(level));
  return atLevel.find((m) => m.id === wanted) ?? atLevel[0];
}

/** The entry's name in a language, with its unit in brackets (once, in words). */
export function pickerLabel(entry: PickerEntry, lang: Lang): string {
  const head = entry.members[0]!;
  const name = lang === 'en' ? head.name_en : head.name_nl;
  const unit = lang === 'en' ? head.unit_en : head.unit_nl;
  return !unit || name.toLowerCase().includes(unit.toLowerCase()) ? name : `${name} (${unit})`;
}
