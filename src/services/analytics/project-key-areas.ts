import type { AnalyticsData } from './analytics-data.js';

export interface KeyAreaWeight {
  readonly keyArea: string;
  readonly weight: number;
}

/**
 * The key areas of each project in one taxonomy. A project's key areas set by hand win; else they
 * are derived from its programme parts through the editable mapping (`programme_key_areas`),
 * each classified part counting equally. Projects with no classified part are left out.
 */
export function projectKeyAreas(
  data: AnalyticsData,
  taxonomy: string,
): Map<string, KeyAreaWeight[]> {
  const inTaxonomy = new Set(
    data.keyAreas.filter((k) => k.taxonomy_id === taxonomy).map((k) => k.id),
  );
  const rules = new Map<string, KeyAreaWeight[]>();
  for (const rule of data.programmeRules) {
    if (!inTaxonomy.has(rule.key_area_id)) continue;
    const key = `${rule.source_kind}:${rule.source_code}`;
    let list = rules.get(key);
    if (!list) rules.set(key, (list = []));
    list.push({ keyArea: rule.key_area_id, weight: rule.weight });
  }
  const out = new Map<string, KeyAreaWeight[]>();
  for (const project of data.projects.values()) {
    const classified = project.parts
      .map((part) => rules.get(`programme_part:${part}`))
      .filter((r): r is KeyAreaWeight[] => r !== undefined);
    if (classified.length === 0) continue;
    const weights = new Map<string, number>();
    for (const areas of classified)
      for (const a of areas)
        weights.set(a.keyArea, (weights.get(a.keyArea) ?? 0) + a.weight / classified.length);
    out.set(
      project.id,
      [...weights].map(([keyArea, weight]) => ({ keyArea, weight })),
    );
  }
  const manual = new Map<string, KeyAreaWeight[]>();
  for (const m of data.manualProjectKeyAreas) {
    if (!inTaxonomy.has(m.key_area_id)) continue;
    let list = manual.get(m.project_id);
    if (!list) manual.set(m.project_id, (list = []));
    list.push({ keyArea: m.key_area_id, weight: m.weight });
  }
  for (const [project, areas] of manual) out.set(project, areas);
  return out;
}
