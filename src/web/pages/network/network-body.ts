import { ApiError } from '../../api/client.js';
import type { KeyAreas, Network } from '../../api/types.js';

type NetworkMeasure = Network['not_measured'][number]['measure'];
import { HELIX_COLOURS, HELIX_ROLES, helixLabelKey } from '../../app/helix-roles.js';
import { formatNumber, formatPercent, nameOf, t } from '../../i18n/i18n.js';
import { networkGraph } from '../../network/network-graph.js';
import { dataTable } from '../../ui/data-table.js';
import { h } from '../../ui/dom.js';
import { fact } from '../../ui/fact.js';
import { chartFigure } from '../../ui/figure.js';
import { notice } from '../../ui/notice.js';
import { organisationName } from '../../ui/organisation-name.js';
import { sourceDetails } from '../../ui/source-details.js';
import { coverageSentence, notMeasuredValue } from '../../ui/measure-status.js';
import { notMeasuredGroups } from '../../../domain/not-measured-groups.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { networkNoLinks } from './network-no-links.js';
import { organisationTable } from './network-organisation-table.js';
import { pageSection } from '../../ui/page-section.js';
import { numberColumn } from '../../ui/number-column.js';

const DRAWN = 150;
const LISTED = 25;

/**
 * A measured network with organisations: its facts, the picture of its best connected part with
 * the legend, the best connected organisations and the links between helix roles against chance.
 * A network without links has no picture: a notice says why, and the table lists every
 * organisation instead of the best connected ones.
 */
export function networkBody(
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
    (a, b) => (b.betweenness_centrality ?? 0) - (a.betweenness_centrality ?? 0),
  );
  const counts = HELIX_ROLES.map(
    (r) => `${t(helixLabelKey(r))} ${formatNumber(shown.filter((o) => o.helix_role === r).length)}`,
  ).join(', ');
  const linkless = network.links.length === 0;
  const figure = linkless
    ? networkNoLinks(network, name)
    : chartFigure({
        title: t('network.figure', { name }) + (areaName ? ` — ${nameOf(areaName)}` : ''),
        alt: t('network.alt', {
          shown: formatNumber(shown.length),
          nodes: known(network.nodes),
          counts,
          top: ranked[0] ? organisationName(ranked[0]) : '–',
        }),
        chart: svg,
        table: organisationTable(ranked, name, undefined, network.not_measured),
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
  // A measure the network is too small for reads "not measured"; the reasons follow the facts.
  const measure = (name: NetworkMeasure, value: number | null, text: (v: number) => string) => {
    const why = network.not_measured.filter((m) => m.measure === name);
    return why.length || value === null ? notMeasuredValue(why) : text(value);
  };
  const facts = h(
    'dl',
    { class: 'rk-facts', 'data-testid': 'network-facts' },
    fact(t('network.nodes'), known(network.nodes)),
    fact(t('network.edges'), known(network.edges)),
    fact(
      t('network.density'),
      measure('density', network.density, (v) => formatNumber(v, 4)),
      'network-density',
    ),
    fact(t('network.components'), measure('components', network.components, formatNumber)),
    fact(
      t('network.largest'),
      measure('largest_component_share', network.largest_component_share, (v) => formatPercent(v)),
    ),
    fact(
      t('network.assortativity'),
      measure('assortativity_helix', network.assortativity_helix, (v) => formatNumber(v, 3)),
    ),
  );
  const top = pageSection(
    'network-top',
    linkless ? t('network.table', { name }) : t('network.top', { n: LISTED }),
    organisationTable(
      linkless ? ranked : ranked.slice(0, LISTED),
      name,
      'network-top-table',
      network.not_measured,
    ),
  );
  const pairs = network.helix_pairs.length
    ? pageSection(
        'network-pairs',
        t('network.pairs'),
        h('p', { class: 'utrecht-paragraph' }, t('network.pairs.lead')),
        // Without a link every row would read 0 observed, 0 expected, no ratio: the reason says it once.
        ...(linkless
          ? []
          : [
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
                  numberColumn(
                    t('network.observed'),
                    (p: Network['helix_pairs'][number]) => p.observed,
                  ),
                  numberColumn(
                    t('network.expected'),
                    (p: Network['helix_pairs'][number]) => p.expected,
                    1,
                  ),
                  {
                    label: t('network.ratio'),
                    numeric: true,
                    value: (p: Network['helix_pairs'][number]) => p.ratio,
                    cell: (p: Network['helix_pairs'][number]) =>
                      p.ratio === null
                        ? notMeasuredValue(p.ratio_reason ? [{ reason: p.ratio_reason }] : [])
                        : formatNumber(p.ratio, 2),
                  },
                ],
                rows: network.helix_pairs,
                // Four short columns beside the pair: one block per pair on a phone, no scrolling.
                stacked: true,
              }),
            ]),
        ...ratioNotMeasured(network),
        sourceDetails(network.source ?? null),
      )
    : null;
  svg.setAttribute('data-key-area', applied ? keyArea : '');
  return [
    ...(filterNotice ? [filterNotice] : []),
    facts,
    ...networkNotMeasured(network),
    coverageSentence(network),
    figure,
    top,
    ...(pairs ? [pairs] : []),
  ];
}

/** Why the ratio of some role pairs is not measured, each reason once; nothing when all are. */
function ratioNotMeasured(network: Network): HTMLElement[] {
  const reasons = [...new Set(network.helix_pairs.flatMap((p) => p.ratio_reason ?? []))];
  if (!reasons.length) return [];
  return [
    h(
      'p',
      { class: 'utrecht-paragraph rk-small', 'data-testid': 'network-pairs-not-measured' },
      t('network.ratio.notMeasured', { reasons: reasons.join('; ') }),
    ),
  ];
}

/** The network's measures it is too small for, with the reasons, as a short list; none when it has all. */
function networkNotMeasured(network: Network): HTMLElement[] {
  if (!network.not_measured.length) return [];
  const labels: Record<NetworkMeasure, MessageKey> = {
    density: 'network.density',
    components: 'network.components',
    largest_component_share: 'network.largest',
    assortativity_helix: 'network.assortativity',
    modularity: 'network.modularity',
    degree_centrality: 'network.degreeCentrality',
    betweenness_centrality: 'network.betweenness',
  };
  return [
    h(
      'div',
      { class: 'rk-small', 'data-testid': 'network-not-measured' },
      h('p', { class: 'utrecht-paragraph' }, `${t('network.notMeasured')}:`),
      h(
        'ul',
        { class: 'utrecht-unordered-list' },
        notMeasuredGroups(network.not_measured).map((g) =>
          h(
            'li',
            { 'data-reason': g.measures.join(' ') },
            `${g.measures.map((m) => t(labels[m])).join(', ')}: ${g.reason}`,
          ),
        ),
      ),
    ),
  ];
}

/** A measure of a measured network (the page checks `available` first); '–' where it has none. */
function known(value: number | null, digits?: number): string {
  return value === null ? '–' : formatNumber(value, digits);
}
