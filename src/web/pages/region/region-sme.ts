import { ApiError } from '../../api/client.js';
import type { RegionSme } from '../../api/types.js';
import { t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { h, type Child } from '../../ui/dom.js';
import { unavailable } from '../../ui/notice.js';
import { contactPointCard, fundCard } from '../../ui/sme-cards.js';
import { sourceDetails } from '../../ui/source-details.js';

/** The region's SME contact points, or a sentence that it has none. */
export function contactPoints(sme: RegionSme | ApiError, name: string): Child {
  return smeList(sme, {
    heading: 'region.sme.heading',
    none: t('sme.none', { name }),
    noneTestId: 'no-contact-point',
    listTestId: 'contact-points',
    cards: (found) => found.contact_points.map((c) => contactPointCard(c)),
  });
}

/** The funds open to SMEs in the region, or a sentence that it has none. */
export function funds(sme: RegionSme | ApiError, name: string): Child {
  return smeList(sme, {
    heading: 'region.funds',
    none: t('region.funds.none', { name }),
    noneTestId: 'no-fund',
    cards: (found) => found.funds.map((f) => fundCard(f)),
  });
}

/** A heading and the cards of one kind of SME help, with their source; why there are none else. */
function smeList(
  sme: RegionSme | ApiError,
  list: {
    readonly heading: MessageKey;
    readonly none: string;
    readonly noneTestId: string;
    readonly listTestId?: string;
    readonly cards: (sme: RegionSme) => HTMLElement[];
  },
): Child {
  const heading = h('h3', { class: 'utrecht-heading-3' }, t(list.heading));
  if (sme instanceof ApiError) return [heading, unavailable(t(list.heading), sme)];
  const cards = list.cards(sme);
  if (cards.length === 0)
    return [
      heading,
      h('p', { class: 'utrecht-paragraph', 'data-testid': list.noneTestId }, list.none),
    ];
  return [
    heading,
    h('ul', { class: 'rk-cards', 'data-testid': list.listTestId }, cards),
    sourceDetails(sme.source),
  ];
}
