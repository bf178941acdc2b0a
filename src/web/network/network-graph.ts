import type { Network, NetworkOrganisation } from '../api/types.js';
import { HELIX_COLOURS } from '../app/helix-roles.js';
import { s } from '../ui/dom.js';
import { organisationName } from '../ui/organisation-name.js';
import { forceLayout } from './force-layout.js';
import { placeLabels } from './label-placement.js';
import { svgRoot } from '../ui/svg-root.js';

/**
 * The collaboration network as SVG: organisations as circles coloured by helix role and sized by
 * betweenness centrality, shared projects as lines (thicker for more projects). Draws the `limit`
 * most central organisations that have a link in the region, and the links among them; up to
 * `LABELLED` of the most central carry their name (shortened), each where it covers no other
 * name and no circle and stays inside the picture, so the picture reads without hovering.
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
        (b.betweenness_centrality ?? 0) - (a.betweenness_centrality ?? 0) ||
        (b.degree_centrality ?? 0) - (a.degree_centrality ?? 0),
    )
    .slice(0, limit);
  const ids = new Set(shown.map((o) => o.id));
  const links = network.links.filter((l) => ids.has(l.source) && ids.has(l.target));
  const positions = forceLayout(shown, links, { seed: 7 });
  const size = 800;
  // A network too small for betweenness (fewer than three organisations) draws every circle alike.
  const maxBetweenness = Math.max(...shown.map((o) => o.betweenness_centrality ?? 0), 1e-9);
  const radius = (o: NetworkOrganisation) =>
    6 + 20 * Math.sqrt((o.betweenness_centrality ?? 0) / maxBetweenness);
  const at = (id: string) => positions.get(id) ?? { x: 0.5, y: 0.5 };
  const labels = placeLabels(
    shown.map((o) => ({
      text: shortLabel(organisationName(o)),
      x: at(o.id).x * size,
      y: at(o.id).y * size,
      r: radius(o),
    })),
    { size, font: FONT, limit: LABELLED },
  );

  const svg = svgRoot(
    size,
    size,
    'rk-network',
    { 'data-nodes': shown.length },
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
    s(
      'g',
      { class: 'rk-network__labels', 'aria-hidden': 'true' },
      labels.map((l) =>
        l.leader
          ? s('line', {
              class: 'rk-network__leader',
              x1: l.leader[0].toFixed(1),
              y1: l.leader[1].toFixed(1),
              x2: l.leader[2].toFixed(1),
              y2: l.leader[3].toFixed(1),
            })
          : null,
      ),
      labels.map((l) =>
        s(
          'text',
          {
            x: l.x.toFixed(1),
            y: l.y.toFixed(1),
            'text-anchor': l.anchor,
            'dominant-baseline': 'middle',
          },
          l.text,
        ),
      ),
    ),
  );
  return { svg, shown };
}

/** At most this many of the most central organisations are named on the picture. */
export const LABELLED = 8;
/** Label size in the picture's units (800 wide): about 12 px when drawn 360 px wide. */
const FONT = 26;

/** A name short enough for a label: the first 24 characters, cut at a word where it can be. */
export function shortLabel(name: string): string {
  const text = name.trim().replace(/\s+/g, ' ');
  if (text.length <= 24) return text;
  // One character more, so that a word ending exactly at the limit is kept whole.
  const space = text.slice(0, 25).lastIndexOf(' ');
  return `${(space >= 12 ? text.slice(0, space) : text.slice(0, 24)).replace(/[\s,.;:-]+$/, '')}…`;
}
