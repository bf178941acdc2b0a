import type { NextVisitRow } from '../../api/visit-types.js';
import { formatNumber, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';

/**
 * Why the first of two regions with the same score comes first, as the ranking decided it: the
 * higher value on the heaviest-weighted part, else the larger population, else the name.
 */
export function tieText(top: NextVisitRow, other: NextVisitRow): string {
  const base = {
    region: nameOf(top),
    other: nameOf(other),
    score: top.score === null ? t('measure.notMeasured') : formatNumber(top.score, 2),
  };
  const reason = top.tie?.reason;
  switch (reason?.criterion) {
    case 'part':
      // A part measured for the first region only decides for it.
      return reason.other === null
        ? t('nextRegion.tie.part.unmeasured', {
            ...base,
            part: t(`nextRegion.part.${reason.part}` as MessageKey),
            value: formatNumber(reason.value, 2),
          })
        : t('nextRegion.tie.part', {
            ...base,
            part: t(`nextRegion.part.${reason.part}` as MessageKey),
            value: formatNumber(reason.value, 2),
            otherValue: formatNumber(reason.other, 2),
          });
    case 'population':
      return reason.other === null
        ? t('nextRegion.tie.population.unknown', {
            ...base,
            value: formatNumber(reason.value),
            year: reason.year,
          })
        : t('nextRegion.tie.population', {
            ...base,
            value: formatNumber(reason.value),
            otherValue: formatNumber(reason.other),
            year: reason.year,
          });
    default:
      return t('nextRegion.tie.name', base);
  }
}
