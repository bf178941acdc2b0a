import { ApiError, getJson, query, tryJson } from '../../api/client.js';
import type {
  Helix,
  KeyAreas,
  Network,
  NetworkOrganisation,
  Page,
  RegionDetail,
  RegionSummary,
} from '../../api/types.js';
import { HELIX_COLOURS, HELIX_ROLES, helixLabelKey } from '../../app/helix-roles.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { formatNumber, formatPercent, lang, nameOf, t } from '../../i18n/i18n.js';
import { networkGraph } from '../../network/network-graph.js';
import { countedAgainstHelix } from './network-counted.js';
import { dataTable } from '../../ui/data-table.js';
import { h } from '../../ui/dom.js';
import { chartFigure } from '../../ui/figure.js';
import { notice, unavailable } from '../../ui/notice.js';
import { organisationName } from '../../ui/organisation-name.js';
import { regionSelectSearch } from '../../ui/region-select-search.js';
import { sourceDetails } from '../../ui/source-details.js';
import { coverageSentence, notMeasured } from '../../ui/measure-status.js';

const DRAWN = 150;
const LISTED = 25;

/** Network: a region's collaboration network by helix role, filterable by key area, with GEXF. */
export async function networkPage(route: Route): Promise<PageView> {
  const code = (route.params[0] ?? '').toUpperCase();
  const keyArea = route.query.get('sleutelgebied') ?? undefined;
  const [provinces, corop] = await Promise.all([
    getJson<Page<RegionSummary>>('/api/regions?level=2&country=NL'),
    getJson<Page<RegionSummary>>('/api/regions?level=3&country=NL'),
  ]);
  const chooser = h(
    'form',
    {
      class: 'rk-controls',
      'aria-label': t('network.choose'),
      onsubmit: (event: Event) => {
        event.preventDefault();
        const form = event.currentTarget as HTMLFormElement;
        const region = (form.elements.namedItem('network-region') as HTMLSelectElement).value;
        const area = (form.elements.namedItem('network-keyarea') as HTMLSelectElement | null)
          ?.value;
        navigate(
          href(`/netwerk/${region}`, { sleutelgebied: region === code ? area : undefined }),
          { how: 'control' },
        );
      },
    },
    h(
      'div',
      { class: 'utrecht-form-field rk-controls__field' },
      h('label', { class: 'utrecht-form-label', for: 'network-region' }, t('network.region')),
      h(
        'select',
        {
          id: 'network-region',
          name: 'network-region',
          class: 'utrecht-select utrecht-select--html-select',
        },
        h(
          'optgroup',
          { label: t('map.level.2') },
          provinces.items.map((r) =>
            h('option', { value: r.code, selected: r.code === code }, nameOf(r)),
          ),
        ),
        h(
          'optgroup',
          { label: t('map.level.3') },
          corop.items.map((r) =>
            h(
              'option',
              { value: r.code, selected: r.code === code || (!code && r.code === 'NL213') },
              nameOf(r),
            ),
          ),
        ),
      ),
    ),
  );

  const regionSelect = chooser.querySelector<HTMLSelectElement>('#network-region');
  if (regionSelect) chooser.append(regionSelectSearch(regionSelect, { id: 'network-search' }));

  if (!code) {
    chooser.append(
      h(
        'div',
        { class: 'rk-controls__actions' },
        h(
          'button',
          {
            type: 'submit',
            class: 'utrecht-button utrecht-button--primary-action',
            id: 'network-show',
          },
          t('network.show'),
        ),
      ),
    );
    return {
      title: t('network.title'),
      content: h(
        'div',
        null,
        h('h1', { class: 'utrecht-heading-1' }, t('network.title')),
        h('p', { class: 'utrecht-paragraph' }, t('network.lead')),
        chooser,
      ),
    };
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
    h(
      'div',
      { class: 'utrecht-form-field rk-controls__field' },
      h('label', { class: 'utrecht-form-label', for: 'network-keyarea' }, t('network.keyarea')),
      h(
        'select',
        {
          id: 'network-keyarea',
          name: 'network-keyarea',
          class: 'utrecht-select utrecht-select--html-select',
        },
        h('option', { value: '' }, t('network.keyarea.all')),
        keyAreas instanceof ApiError
          ? null
          : keyAreas.areas.map((a) =>
              h('option', { value: a.key_area, selected: a.key_area === keyArea }, nameOf(a)),
            ),
      ),
    ),
    h(
      'div',
      { class: 'rk-controls__actions' },
      h(
        'button',
        {
          type: 'submit',
          class: 'utrecht-button utrecht-button--primary-action',
          id: 'network-show',
        },
        t('network.show'),
      ),
    ),
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
  if (network instanceof ApiError) {
    body = unavailable(t('network.figure', { name }), network);
  } else if (!network.available) {
    body = [notMeasured(t('network.figure', { name }), network), coverageSentence(network)];
  } else if (network.organisations.length === 0) {
    body = notice('info', h('p', { class: 'utrecht-paragraph' }, t('network.empty', { name })));
  } else {
    body = [
      ...networkBody(network, name, keyArea, keyAreas),
      ...countedAgainstHelix(network, helix),
    ];
  }

  return {
    title: t('network.titleFor', { name }),
    content: h(
      'div',
      null,
      h('h1', { class: 'utrecht-heading-1' }, t('network.titleFor', { name })),
      h('p', { class: 'utrecht-paragraph' }, t('network.lead')),
      chooser,
      body,
      gexf,
    ),
  };
}

function networkBody(
  network: Network,
  name: string,
  keyArea: string | undefined,
  keyAreas: KeyAreas | ApiError,
): Node[] {
  const { svg, shown } = networkGraph(network, DRAWN);
  // Only a filter the server says it applied is named; otherwise the page says it shows everything.
  const applied = keyArea !== undefined && network.key_area === keyArea;
  const areaName =
    applied && !(keyAreas instanceof ApiError)
      ? keyAreas.areas.find((a) => a.key_area === keyArea)
      : undefined;
  const filterNotice =
    keyArea !== undefined && !applied
      ? h(
          'div',
          { 'data-testid': 'keyarea-filter-unavailable' },
          notice(
            'warning',
            h('p', { class: 'utrecht-paragraph' }, t('network.keyarea.unavailable')),
          ),
        )
      : null;
  const legend = h(
    'ul',
    { class: 'rk-legend__list rk-legend__list--inline', 'aria-label': t('network.legend') },
    HELIX_ROLES.map((role) => {
      const swatch = h('span', { class: 'rk-legend__swatch rk-legend__swatch--round' });
      swatch.style.background = HELIX_COLOURS[role];
      return h('li', { class: 'rk-legend__item' }, swatch, t(helixLabelKey(role)));
    }),
  );
  const ranked = [...network.organisations].sort(
    (a, b) => b.betweenness_centrality - a.betweenness_centrality,
  );
  const counts = HELIX_ROLES.map(
    (r) => `${t(helixLabelKey(r))} ${formatNumber(shown.filter((o) => o.helix_role === r).length)}`,
  ).join(', ');
  const figure = chartFigure({
    title: t('network.figure', { name }) + (areaName ? ` — ${nameOf(areaName)}` : ''),
    alt: t('network.alt', {
      shown: formatNumber(shown.length),
      nodes: known(network.nodes),
      counts,
      top: ranked[0] ? organisationName(ranked[0]) : '–',
    }),
    chart: svg,
    table: organisationTable(ranked, name),
    source: network.source ?? null,
    extra: [
      legend,
      h(
        'p',
        { class: 'rk-small' },
        t('network.drawn', {
          shown: formatNumber(shown.length),
          nodes: known(network.nodes),
          isolated: formatNumber(
            network.organisations.length -
              network.organisations.filter((o) =>
                network.links.some((l) => l.source === o.id || l.target === o.id),
              ).length,
          ),
        }),
      ),
    ],
    testId: 'network-graph',
  });
  const facts = h(
    'dl',
    { class: 'rk-facts', 'data-testid': 'network-facts' },
    fact(t('network.nodes'), known(network.nodes)),
    fact(t('network.edges'), known(network.edges)),
    fact(t('network.density'), known(network.density, 4)),
    fact(t('network.components'), known(network.components)),
    fact(
      t('network.largest'),
      network.largest_component_share === null
        ? '–'
        : formatPercent(network.largest_component_share),
    ),
    fact(
      t('network.assortativity'),
      network.assortativity_helix === null ? '–' : formatNumber(network.assortativity_helix, 3),
    ),
  );
  const top = h(
    'section',
    { 'aria-labelledby': 'network-top' },
    h('h2', { class: 'utrecht-heading-2', id: 'network-top' }, t('network.top', { n: LISTED })),
    organisationTable(ranked.slice(0, LISTED), name, 'network-top-table'),
  );
  const pairs = network.helix_pairs.length
    ? h(
        'section',
        { 'aria-labelledby': 'network-pairs' },
        h('h2', { class: 'utrecht-heading-2', id: 'network-pairs' }, t('network.pairs')),
        h('p', { class: 'utrecht-paragraph' }, t('network.pairs.lead')),
        dataTable({
          caption: t('network.pairs'),
          captionHidden: true,
          columns: [
            {
              label: t('network.pair'),
              rowHeader: true,
              cell: (p: Network['helix_pairs'][number]) =>
                `${t(helixLabelKey(p.a))} – ${t(helixLabelKey(p.b))}`,
            },
            {
              label: t('network.observed'),
              numeric: true,
              value: (p) => p.observed,
              cell: (p) => formatNumber(p.observed),
            },
            {
              label: t('network.expected'),
              numeric: true,
              value: (p) => p.expected,
              cell: (p) => formatNumber(p.expected, 1),
            },
          ],
          rows: network.helix_pairs,
        }),
        sourceDetails(network.source ?? null),
      )
    : null;
  svg.setAttribute('data-key-area', applied ? keyArea : '');
  return [
    ...(filterNotice ? [filterNotice] : []),
    facts,
    coverageSentence(network),
    figure,
    top,
    ...(pairs ? [pairs] : []),
  ];
}

function organisationTable(
  rows: readonly NetworkOrganisation[],
  name: string,
  testId?: string,
): HTMLElement {
  return dataTable({
    caption: t('network.table', { name }),
    captionHidden: testId !== undefined,
    testId,
    columns: [
      {
        label: t('network.organisation'),
        rowHeader: true,
        cell: (o: NetworkOrganisation) => organisationName(o),
      },
      { label: t('helix.role'), cell: (o) => t(helixLabelKey(o.helix_role)) },
      {
        label: t('network.degree'),
        numeric: true,
        value: (o) => o.degree_centrality,
        cell: (o) => formatNumber(o.degree_centrality, 3),
      },
      {
        label: t('network.betweenness'),
        numeric: true,
        value: (o) => o.betweenness_centrality,
        cell: (o) => formatNumber(o.betweenness_centrality, 3),
      },
      {
        label: t('network.external'),
        numeric: true,
        value: (o) => o.external_links,
        cell: (o) => formatNumber(o.external_links),
      },
      {
        label: t('network.community'),
        numeric: true,
        cell: (o) => (o.community === null ? '–' : String(o.community)),
      },
    ],
    rows,
  });
}

/** A measure of a measured network (the page checks `available` first); '–' where it has none. */
function known(value: number | null, digits?: number): string {
  return value === null ? '–' : formatNumber(value, digits);
}

function fact(label: string, value: string): HTMLElement {
  return h('div', { class: 'rk-facts__item' }, h('dt', null, label), h('dd', null, value));
}
