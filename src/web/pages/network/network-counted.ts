import { ApiError } from '../../api/client.js';
import type { Helix, Network } from '../../api/types.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';

/**
 * Why the network counts fewer organisations than the helix composition: the network holds the
 * organisations that take part in a project, the composition every organisation placed in the
 * region. Said with the two counts; nothing when the helix is not at hand or the counts agree.
 */
export function countedAgainstHelix(network: Network, helix: Helix | ApiError): Node[] {
  if (helix instanceof ApiError || !helix.composition || network.nodes === null || network.key_area)
    return [];
  const placed = Object.values(helix.composition.actors).reduce((sum, n) => sum + (n ?? 0), 0);
  if (placed === network.nodes) return [];
  return [
    h(
      'p',
      { class: 'rk-small', 'data-testid': 'network-counted' },
      t('network.counted', {
        nodes: formatNumber(network.nodes),
        placed: formatNumber(placed),
        without: formatNumber(placed - network.nodes),
      }),
    ),
  ];
}
