import type { Covered } from '../api/types.js';
import { referenceName } from '../../domain/reference-name.js';
import { formatNumber, formatPercent, lang, t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { notice } from './notice.js';

/**
 * Whether the region is measured yet the data place no organisation in it: its counts are then
 * all 0, which says nothing about the region (its organisations may be among the unplaced).
 */
export function hasNoPlacedOrganisations(figures: Covered): boolean {
  return figures.available && figures.coverage.region_organisations === 0;
}

/**
 * Says once, in place of a region's zero counts, that no organisation in CORDIS is placed in it
 * and how many of the country's participations could not be placed in any region.
 */
export function noPlacedOrganisations(
  figures: Covered,
  name: string,
  what: 'region' | 'network' | 'links',
): HTMLElement {
  const c = figures.coverage;
  const total = c.placed_participations + c.unplaced_participations;
  const country = referenceName(c.country, lang());
  return h(
    'div',
    { 'data-testid': 'no-placed-organisations' },
    notice(
      'info',
      h('p', { class: 'utrecht-paragraph' }, h('strong', null, t('placement.none', { name }))),
      h('p', { class: 'utrecht-paragraph' }, t(`placement.none.${what}`)),
      h(
        'p',
        { class: 'utrecht-paragraph rk-small', 'data-testid': 'no-placed-coverage' },
        c.unplaced_participations > 0
          ? t('placement.none.unplaced', {
              total: formatNumber(total),
              country,
              unplaced: formatNumber(c.unplaced_participations),
              share: formatPercent(c.unplaced_participations / total, 0),
              name,
            })
          : t('placement.none.allPlaced', { total: formatNumber(total), country, name }),
      ),
    ),
  );
}
