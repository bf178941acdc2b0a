/** A node of a GEXF export. */
export interface GexfNode {
  readonly id: string;
  readonly label: string;
  readonly helixRole: string;
  readonly degree: number;
  /** Omitted from the file when null (a network of fewer than three nodes has none). */
  readonly betweenness: number | null;
  /** Region code (e.g. NUTS); omitted from the file when null. */
  readonly region: string | null;
}

/** A link of a GEXF export. */
export interface GexfEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** What a GEXF export holds. The date is passed in: the core reads no clock. */
export interface GexfDocument {
  readonly nodes: readonly GexfNode[];
  readonly edges: readonly GexfEdge[];
  readonly description?: string;
  readonly creator?: string;
  /** ISO date (YYYY-MM-DD) for the meta element; omitted when absent. */
  readonly lastModified?: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text made safe for XML 1.0 content and quoted attributes: & < > " ' become entities, tab and
 * line breaks become character references (so attribute values keep them), and characters XML
 * 1.0 cannot carry at all (other control characters, lone surrogates, U+FFFE/U+FFFF) become
 * U+FFFD.
 *
 * @example
 * gexfEscape(`Q&A <"R'D">`); // 'Q&amp;A &lt;&quot;R&apos;D&quot;&gt;'
 */
export function gexfEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** A number as xsd:double text (NaN, INF, -INF for the non-finite). */
export function gexfNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'INF' : '-INF';
  return String(x);
}

/**
 * The network as a GEXF 1.2draft document, the version Gephi, NetworkX (2.8 and later) and
 * sigma.js all read (NetworkX 2.8 refuses 1.3): an undirected, static graph whose nodes
 * carry a label and the attributes helix_role, degree, betweenness and region, and whose edges
 * carry their weight. Every text and attribute value is XML-escaped.
 *
 * @example
 * networkGexf({
 *   nodes: [
 *     { id: '999', label: 'Universiteit Twente', helixRole: 'education', degree: 1, betweenness: 0, region: 'NL213' },
 *     { id: '998', label: 'Bolt & Co', helixRole: 'business', degree: 1, betweenness: 0, region: 'NL213' },
 *   ],
 *   edges: [{ source: '999', target: '998', weight: 2 }],
 *   lastModified: '2025-02-08',
 * });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" ... version="1.2">...'
 */
export function networkGexf(document: GexfDocument): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
  ];
  const date = document.lastModified
    ? ` lastmodifieddate="${gexfEscape(document.lastModified)}"`
    : '';
  lines.push(`  <meta${date}>`);
  lines.push(`    <creator>${gexfEscape(document.creator ?? 'Regiokracht')}</creator>`);
  if (document.description !== undefined) {
    lines.push(`    <description>${gexfEscape(document.description)}</description>`);
  }
  lines.push('  </meta>');
  lines.push('  <graph defaultedgetype="undirected" mode="static">');
  lines.push('    <attributes class="node" mode="static">');
  lines.push('      <attribute id="helix_role" title="helix role" type="string"/>');
  lines.push('      <attribute id="degree" title="degree" type="integer"/>');
  lines.push('      <attribute id="betweenness" title="betweenness" type="double"/>');
  lines.push('      <attribute id="region" title="region" type="string"/>');
  lines.push('    </attributes>');
  lines.push('    <nodes>');
  for (const node of document.nodes) {
    lines.push(`      <node id="${gexfEscape(node.id)}" label="${gexfEscape(node.label)}">`);
    lines.push('        <attvalues>');
    lines.push(`          <attvalue for="helix_role" value="${gexfEscape(node.helixRole)}"/>`);
    lines.push(`          <attvalue for="degree" value="${gexfNumber(node.degree)}"/>`);
    if (node.betweenness !== null) {
      lines.push(`          <attvalue for="betweenness" value="${gexfNumber(node.betweenness)}"/>`);
    }
    if (node.region !== null) {
      lines.push(`          <attvalue for="region" value="${gexfEscape(node.region)}"/>`);
    }
    lines.push('        </attvalues>');
    lines.push('      </node>');
  }
  lines.push('    </nodes>');
  lines.push('    <edges>');
  document.edges.forEach((edge, i) => {
    lines.push(
      `      <edge id="e${i}" source="${gexfEscape(edge.source)}" target="${gexfEscape(edge.target)}"` +
        ` weight="${gexfNumber(edge.weight)}"/>`,
    );
  });
  lines.push('    </edges>');
  lines.push('  </graph>');
  lines.push('</gexf>');
  return lines.join('\n') + '\n';
}
