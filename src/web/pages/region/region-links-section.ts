import { ApiError, query, tryJson } from '../../api/client.js';
import type { RegionLinks } from '../../api/links-types.js';
import type { RegionFeatureCollection } from '../../api/types.js';
import { href } from '../../app/router.js';
import { formatNumber, lang, nameOf, t } from '../../i18n/i18n.js';
import { flowMap } from '../../map/flow-map.js';
import { h } from '../../ui/dom.js';
import { figureDownload, svgElementPicture } from '../../ui/figure-download.js';
import { notMeasured } from '../../ui/measure-status.js';
import { hasNoPlacedOrganisations } from '../../ui/no-placed-organisations.js';
import { loading } from '../../ui/notice.js';

/**
 * The region profile's compact section on connections with other regions: how many of its
 * projects it shares, its strongest partners, a small flow map, and the way to the page of its own.
 * It loads its figures itself, so the rest of the profile does not wait for them.
 */
export function regionLinksSection(code: string, name: string): HTMLElement {
  const body = h('div', null, loading());
  const section = h(
    'section',
    {
      class: 'rk-region-links',
      'aria-labelledby': 'region-links-heading',
      'data-testid': 'region-links',
    },
    h('h3', { class: 'utrecht-heading-3', id: 'region-links-heading' }, t('region.links.title')),
    body,
    h(
      'p',
      { class: 'utrecht-paragraph' },
      h(
        'a',
        { class: 'utrecht-link', href: href(`/verbindingen/${code}`) },
        t('region.links.link', { name }),
      ),
    ),
  );
  void (async () => {
    const links = await tryJson<RegionLinks>(
      `/api/regions/${code}/links${query({ lang: lang() })}`,
    );
    if (links instanceof ApiError) return body.replaceChildren();
    if (!links.available) return body.replaceChildren(notMeasured(t('links.title'), links));
    // The helix figures above say once that no organisation is placed here: no "0 of 0 projects".
    if (
      hasNoPlacedOrganisations(links) ||
      links.projects === null ||
      links.linked_projects === null
    )
      return body.replaceChildren(
        h(
          'p',
          { class: 'utrecht-paragraph', 'data-testid': 'region-links-no-placed' },
          t('region.links.noPlaced', { name }),
        ),
      );
    const geometry = await tryJson<RegionFeatureCollection>(
      `/api/geometry${query({ level: links.level, country: links.country })}`,
    );
    const regions = links.partners.filter((p) => p.kind === 'region');
    body.replaceChildren(
      h(
        'p',
        { class: 'utrecht-paragraph' },
        t('region.links.text', {
          name,
          linked: formatNumber(links.linked_projects, 0),
          projects: formatNumber(links.projects, 0),
          top: links.partners
            .slice(0, 3)
            .map((p) => nameOf(p))
            .join(', '),
        }),
      ),
      geometry instanceof ApiError
        ? ''
        : h(
            'div',
            { class: 'rk-region-links__map' },
            (() => {
              const svg = flowMap({
                features: geometry.features,
                region: links.region,
                centroid: links.centroid,
                partners: regions,
                name: (c) => {
                  const f = geometry.features.find((x) => x.id === c);
                  return f ? nameOf(f.properties) : c;
                },
              });
              svg.setAttribute('role', 'img');
              svg.setAttribute(
                'aria-label',
                t('links.map.alt', {
                  name,
                  n: regions.length,
                  top: regions
                    .slice(0, 3)
                    .map((p) => nameOf(p))
                    .join(', '),
                }),
              );
              return svg;
            })(),
            figureDownload({
              title: t('links.map.title', { name }),
              picture: () => svgElementPicture(body.querySelector('svg')!),
              csv: () => ({
                columns: [
                  t('links.col.partner'),
                  t('map.table.code'),
                  t('links.col.projects'),
                  t('links.col.pairs'),
                  t('links.col.strength'),
                ],
                rows: regions.map((p) => [
                  nameOf(p),
                  p.code,
                  p.shared_projects,
                  p.organisation_pairs,
                  p.strength,
                ]),
              }),
              source: links.source,
            }),
          ),
    );
  })();
  return section;
}
