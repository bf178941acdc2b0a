import type { Network } from '../../api/types.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { notice } from '../../ui/notice.js';

/**
 * What stands where the picture of a network would be when the network has organisations but no
 * link between them: that there is nothing to draw, and why. The organisations follow in a table.
 */
export function networkNoLinks(network: Network, name: string): HTMLElement {
  const count = network.organisations.length;
  return h(
    'div',
    { 'data-testid': 'network-no-links' },
    notice(
      'info',
      h(
        'p',
        { class: 'utrecht-paragraph' },
        count === 1
          ? t('network.noLinks.one', { name })
          : t('network.noLinks', { name, nodes: formatNumber(count) }),
      ),
    ),
  );
}
