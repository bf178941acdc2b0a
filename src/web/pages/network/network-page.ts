import { ApiError, getJson, query, tryJson } from '../../api/client.js';
import type {
  Helix,
  KeyAreas,
  Network,
  Page,
  RegionDetail,
  RegionSummary,
} from '../../api/types.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { lang, nameOf, t } from '../../i18n/i18n.js';
import { networkBody } from './network-body.js';
import { countedAgainstHelix } from './network-counted.js';
import { h } from '../../ui/dom.js';
import {
  hasNoPlacedOrganisations,
  noPlacedOrganisations,
} from '../../ui/no-placed-organisations.js';
import { notice, unavailable } from '../../ui/notice.js';
import { regionSelectSearch } from '../../ui/region-select-search.js';
import { coverageSentence, notMeasured } from '../../ui/measure-status.js';
import { pageView } from '../../ui/page-view.js';
import { controlsForm, controlsSelect, controlsSubmit } from '../../ui/controls-form.js';
import { regionLevelOptions } from '../../ui/region-level-options.js';

/** Network: a region's collaboration network by helix role, filterable by key area, with GEXF. */
export async function networkPage(route: Route): Promise<PageView> {
  const code = (route.params[0] ?? '').toUpperCase();
  const keyArea = route.query.get('sleutelgebied') ?? undefined;
  const [provinces, corop] = await Promise.all([
    getJson<Page<RegionSummary>>('/api/regions?level=2&country=NL'),
    getJson<Page<RegionSummary>>('/api/regions?level=3&country=NL'),
  ]);
  const chooser = controlsForm(
    {
      label: t('network.choose'),
      submit: (form) => {
        const region = (form.elements.namedItem('network-region') as HTMLSelectElement).value;
        const area = (form.elements.namedItem('network-keyarea') as HTMLSelectElement | null)
          ?.value;
        navigate(
          href(`/netwerk/${region}`, { sleutelgebied: region === code ? area : undefined }),
          { how: 'control' },
        );
      },
    },
    controlsSelect(
      { id: 'network-region', label: t('network.region') },
      regionLevelOptions({ provinces: provinces.items, corop: corop.items }, (r) =>
        h(
          'option',
          { value: r.code, selected: r.code === code || (!code && r.code === 'NL213') },
          nameOf(r),
        ),
      ),
    ),
  );

  const regionSelect = chooser.querySelector<HTMLSelectElement>('#network-region');
  if (regionSelect) chooser.append(regionSelectSearch(regionSelect, { id: 'network-search' }));

  if (!code) {
    chooser.append(showButton());
    return pageView(
      t('network.title'),
      h('p', { class: 'utrecht-paragraph' }, t('network.lead')),
      chooser,
    );
  }

  const [region, network, keyAreas, helix] = await Promise.all([
    getJson<RegionDetail>(`/api/regions/${code}`),
    tryJson<Network>(`/api/regions/${code}/network${query({ key_area: keyArea, lang: lang() })}`),
    tryJson<KeyAreas>(
      `/api/regions/${code}/keyareas${query({ taxonomy: 'topsectoren-2011', measure: 'participations', reference: 'NL' })}`,
    ),
    tryJson<Helix>(`/api/regions/${code}/helix${query({ lang: lang() })}`),
  ]);
  const name = nameOf(region);
  // A country or a region abroad is not among the Dutch provinces and COROP areas: the select
  // shows it as chosen, not the first province.
  if (regionSelect && ![...regionSelect.options].some((o) => o.value === code)) {
    regionSelect.prepend(h('option', { value: code }, `${name} (${code})`));
    regionSelect.value = code;
  }
  chooser.append(
    controlsSelect(
      { id: 'network-keyarea', label: t('network.keyarea') },
      h('option', { value: '' }, t('network.keyarea.all')),
      keyAreas instanceof ApiError
        ? null
        : keyAreas.areas.map((a) =>
            h('option', { value: a.key_area, selected: a.key_area === keyArea }, nameOf(a)),
          ),
    ),
    showButton(),
  );

  const gexf = h(
    'p',
    { class: 'utrecht-paragraph' },
    h(
      'a',
      {
        class:
          'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action',
        href: `/api/regions/${code}/network.gexf`,
        download: true,
        'data-testid': 'gexf',
      },
      t('network.gexf', { name }),
    ),
  );

  let body: Node | Node[];
  // No organisation placed in the region: said once, with no empty network to download.
  const noPlaced = !(network instanceof ApiError) && hasNoPlacedOrganisations(network);
  if (network instanceof ApiError) {
    body = unavailable(t('network.figure', { name }), network);
  } else if (!network.available) {
    body = [notMeasured(t('network.figure', { name }), network), coverageSentence(network)];
  } else if (noPlaced) {
    body = noPlacedOrganisations(network, name, 'network');
  } else if (network.organisations.length === 0) {
    body = notice('info', h('p', { class: 'utrecht-paragraph' }, t('network.empty', { name })));
  } else {
    body = [
      ...networkBody(network, name, keyArea, keyAreas),
      ...countedAgainstHelix(network, helix),
    ];
  }

  return pageView(
    t('network.titleFor', { name }),
    h('p', { class: 'utrecht-paragraph' }, t('network.lead')),
    chooser,
    body,
    noPlaced ? null : gexf,
  );
}

/** The button that shows the chosen region's network. */
function showButton(): HTMLElement {
  return controlsSubmit(t('network.show'), 'network-show');
}
