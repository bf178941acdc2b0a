import { query } from '../../api/client.js';
import type { Indicator, RegionDetail } from '../../api/types.js';
import { lang, nameOf, t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';

/**
 * The downloads of the region: the headline indicator as GeoJSON, CSV and Excel, the network as
 * GEXF and the dossier as PDF and HTML.
 */
export function exportsSection(region: RegionDetail, headline: Indicator | undefined): HTMLElement {
  const level = region.level;
  const links: [string, string][] = [];
  if (headline) {
    const year = headline.years.at(-1);
    links.push(
      [
        `/api/export/regions.geojson${query({ indicator: headline.id, year, level })}`,
        t('export.geojson', { indicator: nameOf(headline) }),
      ],
      [
        `/api/export/indicators.csv${query({ indicator: headline.id })}`,
        t('export.csv', { indicator: nameOf(headline) }),
      ],
      [
        `/api/export/indicators.xlsx${query({ indicator: headline.id })}`,
        t('export.xlsx', { indicator: nameOf(headline) }),
      ],
    );
  }
  links.push(
    [`/api/regions/${region.code}/network.gexf`, t('export.gexf', { name: nameOf(region) })],
    [
      `/api/regions/${region.code}/dossier.pdf${query({ lang: lang() })}`,
      t('export.dossier.pdf', { name: nameOf(region) }),
    ],
    [
      `/api/regions/${region.code}/dossier.html${query({ lang: lang() })}`,
      t('export.dossier.html', { name: nameOf(region) }),
    ],
  );
  return h(
    'section',
    { class: 'rk-topic', id: 'exports', 'aria-labelledby': 'exports-heading' },
    h('h2', { class: 'utrecht-heading-2', id: 'exports-heading' }, t('region.exports')),
    h('p', { class: 'utrecht-paragraph' }, t('region.exports.lead')),
    h(
      'ul',
      { class: 'rk-exports', 'data-testid': 'exports' },
      links.map(([url, label]) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              class:
                'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rk-export',
              href: url,
              // Data files are saved; the dossier opens in the browser.
              download: url.includes('/dossier.') ? null : true,
              hreflang: lang(),
            },
            label,
          ),
        ),
      ),
    ),
  );
}
