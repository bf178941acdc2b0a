import type { Network, NetworkOrganisation } from '../api/types.js';
import { HELIX_COLOURS } from '../app/helix-roles.js';
import { s } from '../ui/dom.js';
import { organisationName } from '../ui/organisation-name.js';
import { forceLayout } from './force-layout.js';

/**
 * The collaboration network as SVG: organisations as circles coloured by helix role and sized by
 * betweenness centrality, shared projects as lines (thicker for more projects). Draws the `limit`
 * most central organisations that have a link in the region, and the links among them.
 */
export function networkGraph(
  network: Network,
  limit: number,
): { svg: SVGSVGElement; shown: NetworkOrganisation[] } {
  // Organisations without a link inside the region are left out of the drawing (they stay in the table).
  const linked = new Set(network.links.flatMap((l) => [l.source, l.target]));
  const shown = network.organisations
    .filter((o) => linked.has(o.id))
    .sort(
      (a, b) =>
        b.betweenness_centrality - a.betweenness_centrality ||
        b.degree_centrality - a.degree_centrality,
    )
    .slice(0, limit);
  const ids = new Set(shown.map((o) => o.id));
  const links = network.links.filter((l) => ids.has(l.source) && ids.has(l.target));
  const positions = forceLayout(shown, links, { seed: 7 });
  const size = 800;
  const maxBetweenness = Math.max(...shown.map((o) => o.betweenness_centrality), 1e-9);
  const radius = (o: NetworkOrganisation) =>
    6 + 20 * Math.sqrt(o.betweenness_centrality / maxBetweenness);
  const at = (id: string) => positions.get(id) ?? { x: 0.5, y: 0.5 };

  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${size} ${size}`,
      class: 'rk-network',
      focusable: 'false',
      'data-nodes': shown.length,
    },
    s(
      'g',
      { class: 'rk-network__links' },
      links.map((l) => {
        const a = at(l.source);
        const b = at(l.target);
        return s('line', {
          x1: (a.x * size).toFixed(1),
          y1: (a.y * size).toFixed(1),
          x2: (b.x * size).toFixed(1),
          y2: (b.y * size).toFixed(1),
          'stroke-width': Math.min(6, 0.6 + Math.log2(l.weight)).toFixed(2),
        });
      }),
    ),
    s(
      'g',
      { class: 'rk-network__nodes' },
      [...shown].reverse().map((o) => {
        const p = at(o.id);
        return s(
          'circle',
          {
            cx: (p.x * size).toFixed(1),
            cy: (p.y * size).toFixed(1),
            r: radius(o).toFixed(1),
            fill: HELIX_COLOURS[o.helix_role] ?? HELIX_COLOURS.other,
            'data-id': o.id,
          },
          s('title', null, organisationName(o)),
        );
      }),
    ),
  );
  return { svg, shown };
}
