import type { Indicator } from '../api/types.js';

/**
 * The headline indicators, best first: R&D expenditure as a share of GDP, then other innovation
 * indicators the Eurostat import carries. Ids follow Eurostat's dataset_unit_breakdown naming.
 */
export const HEADLINE_INDICATORS = [
  'rd_e_gerdreg_pc_gdp_total',
  'rd_e_gerdreg_eur_hab_total',
  'hrst_st_rcat_pc_act_hrste',
  'pat_ep_rtot_p_mhab',
] as const;

/**
 * The indicator to show when none is chosen: the first headline indicator with values at the
 * level, else the first indicator with values at the level, else none.
 */
export function defaultIndicator(
  indicators: readonly Indicator[],
  level: number,
): Indicator | undefined {
  const atLevel = indicators.filter((i) => i.levels.includes(level) && i.years.length > 0);
  for (const id of HEADLINE_INDICATORS) {
    const found = atLevel.find((i) => i.id === id);
    if (found) return found;
  }
  return atLevel[0];
}
