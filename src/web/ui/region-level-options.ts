import type { RegionSummary } from '../api/types.js';
import { t } from '../i18n/i18n.js';
import { h, type Child } from './dom.js';

/**
 * The choices of a region select: the provinces, then the COROP regions, each in its group;
 * `option` gives a region's option, or null to leave it out.
 */
export function regionLevelOptions(
  regions: {
    readonly provinces: readonly RegionSummary[];
    readonly corop: readonly RegionSummary[];
  },
  option: (region: RegionSummary) => Child,
): HTMLOptGroupElement[] {
  return [
    h('optgroup', { label: t('map.level.2') }, regions.provinces.map(option)),
    h('optgroup', { label: t('map.level.3') }, regions.corop.map(option)),
  ];
}
