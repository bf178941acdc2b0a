import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkGexf, type GexfDocument, type GexfNode } from './network-gexf.js';

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * A small strict XML reader, enough to check the writer: an XML declaration, then one element
 * with attributes (quoted, no raw '<', no bare '&'), text and child elements; start and end
 * tags must match, entity references must be known. Throws on anything else.
 */
function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed at ${i}: ${why}`);
  };
  const skipSpace = () => {
    while (i < xml.length && ' \t\r\n'.includes(xml[i]!)) i++;
  };
  const isNameChar = (c: string | undefined) =>
    c !== undefined &&
    ((c >= 'a' && c <= 'z') ||
      (c >= 'A' && c <= 'Z') ||
      (c >= '0' && c <= '9') ||
      '_:.-'.includes(c));
  const readName = () => {
    const start = i;
    while (isNameChar(xml[i])) i++;
    if (i === start) fail('name expected');
    return xml.slice(start, i);
  };
  const readEntity = (): string => {
    const end = xml.indexOf(';', i);
    if (end < 0) fail('unterminated entity');
    const name = xml.slice(i + 1, end);
    i = end + 1;
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? fail(`unknown entity &${name};`);
  };
  const readElement = (): XmlElement => {
    if (xml[i] !== '<') fail("'<' expected");
    i++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = ' \t\r\n'.includes(xml[i] ?? '');
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (!hadSpace) fail('space expected before attribute');
      const attribute = readName();
      if (attribute in attributes) fail(`duplicate attribute ${attribute}`);
      if (xml[i++] !== '=') fail("'=' expected");
      const quote = xml[i++];
      if (quote !== '"' && quote !== "'") fail('quote expected');
      let value = '';
      while (xml[i] !== quote) {
        if (i >= xml.length || xml[i] === '<') fail('bad attribute value');
        value += xml[i] === '&' ? readEntity() : xml[i++];
      }
      i++;
      attributes[attribute] = value;
    }
    const children: XmlElement[] = [];
    let text = '';
    while (!xml.startsWith('</', i)) {
      if (i >= xml.length) fail(`unclosed <${name}>`);
      if (xml[i] === '<') children.push(readElement());
      else text += xml[i] === '&' ? readEntity() : xml[i++];
    }
    i += 2;
    if (readName() !== name) fail(`</${name}> expected`);
    skipSpace();
    if (xml[i++] !== '>') fail("'>' expected");
    return { name, attributes, children, text };
  };

  if (!xml.startsWith('<?xml ')) fail('XML declaration expected');
  i = xml.indexOf('?>') + 2;
  skipSpace();
  const root = readElement();
  skipSpace();
  if (i !== xml.length) fail('content after the root element');
  return root;
}

const child = (element: XmlElement, name: string) =>
  element.children.find((c) => c.name === name) ?? fail(`no <${name}> in <${element.name}>`);
function fail(why: string): never {
  throw new Error(why);
}

const node = (id: string, label: string, more: Partial<GexfNode> = {}): GexfNode => ({
  id,
  label,
  helixRole: 'business',
  degree: 1,
  betweenness: 0,
  region: 'NL213',
  ...more,
});

const document: GexfDocument = {
  nodes: [
    node('999', 'Universiteit Twente', { helixRole: 'education', betweenness: 0.25 }),
    node('998', 'Bolt & Co'),
    node('997', 'Elsewhere', { region: null, degree: 0 }),
  ],
  edges: [{ source: '999', target: '998', weight: 2 }],
  description: 'Twente <H2020>',
  lastModified: '2025-02-08',
};

describe('networkGexf', () => {
  it('is checked by a reader that refuses malformed XML', () => {
    const head = '<?xml version="1.0"?>';
    expect(() => parseXml(`${head}<a b="x<y"/>`)).toThrow();
    expect(() => parseXml(`${head}<a>&nbsp;</a>`)).toThrow();
    expect(() => parseXml(`${head}<a>R&D</a>`)).toThrow();
    expect(() => parseXml(`${head}<a><b></a>`)).toThrow();
    expect(() => parseXml(`${head}<a b="1" b="2"/>`)).toThrow();
    expect(() => parseXml(`${head}<a/><b/>`)).toThrow();
    expect(parseXml(`${head}<a b='&amp;'>x&lt;y</a>`)).toEqual({
      name: 'a',
      attributes: { b: '&' },
      children: [],
      text: 'x<y',
    });
  });

  it('writes a well-formed GEXF 1.2draft document with nodes, attributes and weighted edges', () => {
    const root = parseXml(networkGexf(document));
    expect(root.name).toBe('gexf');
    expect(root.attributes).toMatchObject({
      xmlns: 'http://www.gexf.net/1.2draft',
      version: '1.2',
    });
    expect(child(root, 'meta').attributes.lastmodifieddate).toBe('2025-02-08');
    expect(child(child(root, 'meta'), 'description').text).toBe('Twente <H2020>');
    const graph = child(root, 'graph');
    expect(graph.attributes.defaultedgetype).toBe('undirected');
    const declared = child(graph, 'attributes').children.map((a) => [
      a.attributes.id,
      a.attributes.type,
    ]);
    expect(declared).toEqual([
      ['helix_role', 'string'],
      ['degree', 'integer'],
      ['betweenness', 'double'],
      ['region', 'string'],
    ]);
    const nodes = child(graph, 'nodes').children;
    expect(nodes.map((n) => n.attributes.label)).toEqual([
      'Universiteit Twente',
      'Bolt & Co',
      'Elsewhere',
    ]);
    const values = (n: XmlElement) =>
      Object.fromEntries(
        child(n, 'attvalues').children.map((v) => [v.attributes.for, v.attributes.value]),
      );
    expect(values(nodes[0]!)).toEqual({
      helix_role: 'education',
      degree: '1',
      betweenness: '0.25',
      region: 'NL213',
    });
    // A node without a region has no region value.
    expect(values(nodes[2]!)).not.toHaveProperty('region');
    const edges = child(graph, 'edges').children;
    expect(edges.map((e) => e.attributes)).toEqual([
      { id: 'e0', source: '999', target: '998', weight: '2' },
    ]);
  });

  it('escapes & < > " \' in labels, ids and text', () => {
    const tricky = `Q&A <"R'D"> B.V.`;
    const xml = networkGexf({
      nodes: [node(tricky, tricky, { region: tricky })],
      edges: [],
      description: tricky,
    });
    expect(xml).toContain('Q&amp;A &lt;&quot;R&apos;D&quot;&gt; B.V.');
    expect(xml).not.toContain(tricky);
    const root = parseXml(xml);
    const parsed = child(child(child(root, 'graph'), 'nodes'), 'node');
    expect(parsed.attributes).toEqual({ id: tricky, label: tricky });
    expect(child(child(root, 'meta'), 'description').text).toBe(tricky);
  });

  it('leaves out the betweenness of a node that has none, instead of writing 0', () => {
    const xml = networkGexf({ nodes: [node('1', 'alone', { betweenness: null })], edges: [] });
    expect(xml).not.toContain('for="betweenness"');
    expect(() => parseXml(xml)).not.toThrow();
  });

  it('keeps line breaks and tabs in attribute values as character references', () => {
    const xml = networkGexf({ nodes: [node('1', 'two\nlines\tand tab')], edges: [] });
    expect(xml).toContain('two&#10;lines&#9;and tab');
    const parsed = child(child(child(parseXml(xml), 'graph'), 'nodes'), 'node');
    expect(parsed.attributes.label).toBe('two\nlines\tand tab');
  });

  it('replaces characters XML 1.0 cannot carry', () => {
    const xml = networkGexf({ nodes: [node('1', 'bell\u0007 nul\u0000 lone\uD800')], edges: [] });
    expect(xml).toContain('bell\uFFFD nul\uFFFD lone\uFFFD');
    expect(() => parseXml(xml)).not.toThrow();
  });

  it('writes non-finite numbers as xsd:double does', () => {
    const xml = networkGexf({
      nodes: [node('1', 'x', { betweenness: Number.NaN })],
      edges: [{ source: '1', target: '1', weight: Number.POSITIVE_INFINITY }],
    });
    expect(xml).toContain('value="NaN"');
    expect(xml).toContain('weight="INF"');
  });

  it('round-trips any mix of markup characters, accents and emoji', () => {
    const text = fc
      .array(fc.constantFrom('&', '<', '>', '"', "'", ';', '#', 'a', 'é', '€', '😀', ' ', '\n'))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (id, label) => {
        const parsed = child(
          child(
            child(parseXml(networkGexf({ nodes: [node(id, label)], edges: [] })), 'graph'),
            'nodes',
          ),
          'node',
        );
        expect(parsed.attributes).toEqual({ id, label });
      }),
    );
  });
});
