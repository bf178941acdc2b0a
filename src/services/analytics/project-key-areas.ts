import { legalBasisRule } from '../../core/keyareas/legal-basis-rule.js';
import { topicRule } from '../../core/keyareas/topic-rule.js';
import type { AnalyticsData, ProjectInfo } from './analytics-data.js';

export interface KeyAreaWeight {
  readonly keyArea: string;
  readonly weight: number;
}

/**
 * What the derived classification of projects is built on: CORDIS's legal-basis and topic codes
 * when the project file that carries them is loaded, else the programme parts.
 */
export type KeyAreaClassification = 'legal_basis' | 'programme_part';

/**
 * 'legal_basis' when projects carry legal-basis codes (CORDIS's project file is loaded) and the
 * taxonomy has a legal-basis mapping (rules of source kind `programme_code`); else
 * 'programme_part'.
 */
export function keyAreaClassification(
  data: AnalyticsData,
  taxonomy: string,
): KeyAreaClassification {
  const inTaxonomy = new Set(
    data.keyAreas.filter((k) => k.taxonomy_id === taxonomy).map((k) => k.id),
  );
  const mapped = data.programmeRules.some(
    (r) => r.source_kind === 'programme_code' && inTaxonomy.has(r.key_area_id),
  );
  if (!mapped) return 'programme_part';
  for (const project of data.projects.values())
    if (project.legal_bases.length > 0) return 'legal_basis';
  return 'programme_part';
}

/**
 * The key areas of each project in one taxonomy, through the editable mapping
 * (`programme_key_areas`), as finely as the loaded data allows (steps 2 and 3 only when the
 * classification is 'legal_basis', see keyAreaClassification):
 *
 * 1. key areas set by hand for the project win;
 * 2. else, when its call topic starts with a classified prefix (source_kind `topic`), that rule;
 * 3. else, when the project has legal-basis codes, each code classified by the most specific
 *    classified code it lies in (source_kind `programme_code`), the classified codes counting
 *    equally; a project whose codes are all unclassified (ERC, MSCA, SME instrument ...) stays
 *    unclassified rather than falling back to a coarser source;
 * 4. else its programme parts, each classified part counting equally.
 *
 * Projects with no classified source are left out.
 */
export function projectKeyAreas(
  data: AnalyticsData,
  taxonomy: string,
): Map<string, readonly KeyAreaWeight[]> {
  const inTaxonomy = new Set(
    data.keyAreas.filter((k) => k.taxonomy_id === taxonomy).map((k) => k.id),
  );
  const rules = {
    programme_part: new Map<string, KeyAreaWeight[]>(),
    programme_code: new Map<string, KeyAreaWeight[]>(),
    topic: new Map<string, KeyAreaWeight[]>(),
  };
  for (const rule of data.programmeRules) {
    if (!inTaxonomy.has(rule.key_area_id)) continue;
    const table = rules[rule.source_kind as keyof typeof rules];
    if (!table) continue;
    let list = table.get(rule.source_code);
    if (!list) table.set(rule.source_code, (list = []));
    list.push({ keyArea: rule.key_area_id, weight: rule.weight });
  }
  const byLegalBasis = keyAreaClassification(data, taxonomy) === 'legal_basis';
  const out = new Map<string, readonly KeyAreaWeight[]>();
  // Projects classified by the same rules, in the same order, share one list of weights.
  const ruleNumber = new Map<readonly KeyAreaWeight[], number>();
  const shared = new Map<string, readonly KeyAreaWeight[]>();
  for (const project of data.projects.values()) {
    const areas = projectRuleAreas(project, rules, byLegalBasis);
    if (areas.length === 0) continue;
    let key = '';
    for (const list of areas) {
      let n = ruleNumber.get(list);
      if (n === undefined) ruleNumber.set(list, (n = ruleNumber.size));
      key += `${n},`;
    }
    let weights = shared.get(key);
    if (!weights) shared.set(key, (weights = rulesWeights(areas)));
    out.set(project.id, weights);
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

/** The key areas of rules that count equally: each rule's weights divided by their number. */
function rulesWeights(areas: readonly (readonly KeyAreaWeight[])[]): KeyAreaWeight[] {
  const weights = new Map<string, number>();
  for (const list of areas)
    for (const a of list)
      weights.set(a.keyArea, (weights.get(a.keyArea) ?? 0) + a.weight / areas.length);
  return [...weights].map(([keyArea, weight]) => ({ keyArea, weight }));
}

/** The rules that classify one project, each to count equally (empty: unclassified). */
function projectRuleAreas(
  project: ProjectInfo,
  rules: Readonly<
    Record<'programme_part' | 'programme_code' | 'topic', Map<string, KeyAreaWeight[]>>
  >,
  byLegalBasis: boolean,
): KeyAreaWeight[][] {
  const topic =
    byLegalBasis && project.topic_code
      ? topicRule(project.topic_code, rules.topic.keys())
      : undefined;
  if (topic !== undefined) return [rules.topic.get(topic)!];
  if (byLegalBasis && project.legal_bases.length > 0) {
    const codes = new Set(
      project.legal_bases
        .map((code) => legalBasisRule(code, rules.programme_code.keys()))
        .filter((c): c is string => c !== undefined),
    );
    return [...codes].map((c) => rules.programme_code.get(c)!);
  }
  return project.parts
    .map((part) => rules.programme_part.get(part))
    .filter((r): r is KeyAreaWeight[] => r !== undefined);
}
