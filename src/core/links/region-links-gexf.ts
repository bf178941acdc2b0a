import { gexfEscape, gexfNumber } from '../network/network-gexf.js';

/** A region or country of the region-to-region network, for GEXF. */
export interface RegionGexfNode {
  readonly id: string;
  readonly label: string;
  readonly kind: 'region' | 'country';
  readonly projects: number;
  /** Longitude and latitude of the node's centroid; null when no boundary is loaded for it. */
  readonly position: readonly [number, number] | null;
}

/** A link between two nodes: its weight (shared projects) and strength (Salton index). */
export interface RegionGexfEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly strength: number;
  readonly organisationPairs: number;
}

/**
 * The region-to-region network as GEXF 1.2draft, the version the organisation network is written
 * in (Gephi, NetworkX 2.8 and sigma.js read it): nodes carry their kind, projects and centroid
 * (as longitude/latitude attributes and as a viz position, x = longitude, y = latitude), edges
 * their weight (shared projects), Salton strength and organisation pairs.
 *
 * @example
 * regionLinksGexf({
 *   nodes: [
 *     { id: 'NL213', label: 'Twente', kind: 'region', projects: 900, position: [6.7, 52.3] },
 *     { id: 'DE', label: 'Germany', kind: 'country', projects: 9000, position: [10.4, 51.1] },
 *   ],
 *   edges: [{ source: 'NL213', target: 'DE', weight: 400, strength: 0.14, organisationPairs: 900 }],
 * });
 */
export function regionLinksGexf(document: {
  readonly nodes: readonly RegionGexfNode[];
  readonly edges: readonly RegionGexfEdge[];
  readonly description?: string;
  readonly lastModified?: string;
}): string {
  const date = document.lastModified
    ? ` lastmodifieddate="${gexfEscape(document.lastModified)}"`
    : '';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    `  <meta${date}>`,
    '    <creator>Regiokracht</creator>',
    ...(document.description !== undefined
      ? [`    <description>${gexfEscape(document.description)}</description>`]
      : []),
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="projects" title="projects" type="integer"/>',
    '      <attribute id="longitude" title="longitude" type="double"/>',
    '      <attribute id="latitude" title="latitude" type="double"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="strength" title="strength (Salton)" type="double"/>',
    '      <attribute id="organisation_pairs" title="organisation pairs" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of document.nodes) {
    lines.push(`      <node id="${gexfEscape(node.id)}" label="${gexfEscape(node.label)}">`);
    lines.push('        <attvalues>');
    lines.push(`          <attvalue for="kind" value="${node.kind}"/>`);
    lines.push(`          <attvalue for="projects" value="${gexfNumber(node.projects)}"/>`);
    if (node.position) {
      lines.push(`          <attvalue for="longitude" value="${gexfNumber(node.position[0])}"/>`);
      lines.push(`          <attvalue for="latitude" value="${gexfNumber(node.position[1])}"/>`);
    }
    lines.push('        </attvalues>');
    if (node.position) {
      lines.push(
        `        <viz:position x="${gexfNumber(node.position[0])}" y="${gexfNumber(node.position[1])}" z="0.0"/>`,
      );
    }
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  document.edges.forEach((edge, i) => {
    lines.push(
      `      <edge id="e${i}" source="${gexfEscape(edge.source)}" target="${gexfEscape(edge.target)}" weight="${gexfNumber(edge.weight)}">`,
      '        <attvalues>',
      `          <attvalue for="strength" value="${gexfNumber(edge.strength)}"/>`,
      `          <attvalue for="organisation_pairs" value="${gexfNumber(edge.organisationPairs)}"/>`,
      '        </attvalues>',
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return lines.join('\n') + '\n';
}
