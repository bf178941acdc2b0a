import { ApiError } from '../../api/client.js';
import type { RegionSme } from '../../api/types.js';
import { t } from '../../i18n/i18n.js';
import { h, type Child } from '../../ui/dom.js';
import { unavailable } from '../../ui/notice.js';
import { contactPointCard, fundCard } from '../../ui/sme-cards.js';
import { sourceDetails } from '../../ui/source-details.js';

/** The region's SME contact points, or a sentence that it has none. */
export function contactPoints(sme: RegionSme | ApiError, name: string): Child {
  const heading = h('h3', { class: 'utrecht-heading-3' }, t('region.sme.heading'));
  if (sme instanceof ApiError) return [heading, unavailable(t('region.sme.heading'), sme)];
  if (sme.contact_points.length === 0) {
    return [
      heading,
      h(
        'p',
        { class: 'utrecht-paragraph', 'data-testid': 'no-contact-point' },
        t('sme.none', { name }),
      ),
    ];
  }
  return [
    heading,
    h(
      'ul',
      { class: 'rk-cards', 'data-testid': 'contact-points' },
      sme.contact_points.map((c) => contactPointCard(c)),
    ),
    sourceDetails(sme.source),
  ];
}

/** The funds open to SMEs in the region, or a sentence that it has none. */
export function funds(sme: RegionSme | ApiError, name: string): Child {
  const heading = h('h3', { class: 'utrecht-heading-3' }, t('region.funds'));
  if (sme instanceof ApiError) return [heading, unavailable(t('region.funds'), sme)];
  if (sme.funds.length === 0)
    return [
      heading,
      h(
        'p',
        { class: 'utrecht-paragraph', 'data-testid': 'no-fund' },
        t('region.funds.none', { name }),
      ),
    ];
  return [
    heading,
    h(
      'ul',
      { class: 'rk-cards' },
      sme.funds.map((f) => fundCard(f)),
    ),
    sourceDetails(sme.source),
  ];
}
