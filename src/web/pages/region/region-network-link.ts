import { href } from '../../app/router.js';
import { t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';

/** The way from topic 1 to the region's cooperation network. */
export function regionNetworkLink(code: string, name: string): HTMLElement {
  return h(
    'p',
    { class: 'utrecht-paragraph' },
    h(
      'a',
      { class: 'utrecht-link', href: href(`/netwerk/${code}`) },
      t('region.network.link', { name }),
    ),
  );
}
