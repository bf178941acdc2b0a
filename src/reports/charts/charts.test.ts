import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchFileSnapshot, normaliseSvg } from '../../../test/support/file-snapshot.js';
import { barChart } from './bar-chart.js';
import { benchmarkDots } from './benchmark-dots.js';
import { intervalChart } from './interval-chart.js';
import { lqBars } from './lq-bars.js';
import { networkLayout } from './network-layout.js';
import { networkPicture } from './network-picture.js';
import { regionMap } from './region-map.js';
import { svgSize } from './svg.js';
import { trendLine } from './trend-line.js';

const SNAPSHOTS = fileURLToPath(new URL('./__snapshots__/', import.meta.url));

/** Every chart: an accessible image with a title and a description, labels as text. */
function expectAccessible(svg: string): void {
  expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="([^" ]+)-title \1-desc"/);
  expect(svg).toMatch(/<title id="[^"]+-title">[^<]+<\/title>/);
  expect(svg).toMatch(/<desc id="[^"]+-desc">[^<]+<\/desc>/);
  // No CSS: presentation attributes only, so svg-to-pdfkit draws the same chart.
  expect(svg).not.toMatch(/<style|class="/);
}

function expectSnapshot(name: string, svg: string): void {
  expectAccessible(svg);
  const result = matchFileSnapshot(`${SNAPSHOTS}${name}.svg`, normaliseSvg(svg));
  expect(result.ok, result.message).toBe(true);
}

const fmt = (decimals: number) => (v: number) => v.toFixed(decimals);

const square = (x: number, y: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ] as [number, number][],
  ],
});

describe('the dossier charts', () => {
  it('draw the helix composition as two labelled bar panels', () => {
    const roles = ['Business', 'Research', 'Education', 'Government', 'Other'];
    const svg = barChart({
      id: 'helix',
      title: 'Helix composition of Twente',
      description: '54 organisations and 323 participations per helix role.',
      width: 483,
      panels: [
        {
          heading: 'Organisations',
          bars: [44, 1, 2, 2, 5].map((v, i) => ({
            label: roles[i]!,
            value: v,
            valueLabel: String(v),
          })),
        },
        {
          heading: 'Project participations',
          bars: [137, 1, 177, 2, 6].map((v, i) => ({
            label: roles[i]!,
            value: v,
            valueLabel: String(v),
          })),
        },
      ],
    });
    expect(svg).toContain('>Research</text>');
    expect(svg).toContain('>177</text>');
    expectSnapshot('bar-chart-helix', svg);
  });

  it('draw T with its interval on an axis through zero, each side named', () => {
    const svg = intervalChart({
      id: 't',
      title: 'Synergy T of Twente',
      description: 'T = -4.7 millibits; 95% interval -23.6 to 5.3.',
      width: 483,
      value: -4.68,
      interval: [-23.63, 5.26],
      format: fmt(0),
      labels: {
        value: 'T = -4.7 millibits',
        interval: '95% interval -23.6 to 5.3',
        below: 'synergy (T < 0)',
        above: 'no synergy (T > 0)',
        zero: '0 = neither synergy nor counteraction',
      },
    });
    expect(svg).toContain('synergy (T &lt; 0)');
    expect(svg).toContain('>0</text>');
    expectSnapshot('interval-chart-synergy', svg);
  });

  it('draw location quotients with a reference line at 1 and the share of the country', () => {
    const svg = lqBars({
      id: 'lq',
      title: 'Specialisation of Twente',
      description: 'Specialised in HTSM (1.42).',
      width: 483,
      referenceLabel: 'LQ = 1: as strong as NL',
      noteHeading: 'Share of NL',
      rows: [
        { label: 'Agri & Food', lq: 0.44, lqLabel: '0.44', note: '1.6%' },
        { label: 'High Tech Systems & Materials', lq: 1.42, lqLabel: '1.42', note: '5.1%' },
        { label: 'Water & Maritime', lq: null, lqLabel: 'none', note: 'none' },
      ],
    });
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain('>LQ = 1: as strong as NL</text>');
    expect(svg).toContain('font-weight="bold">1.42</text>');
    expectSnapshot('lq-bars', svg);
  });

  it('draw the index trend with the reference line at 100, and say so when there is none', () => {
    const svg = trendLine({
      id: 'trend',
      title: 'Innovation index of Overijssel',
      description: 'From 2011 to 2012 the index went from 95.2 to 88.6.',
      width: 483,
      points: [
        { year: 2011, value: 95.2 },
        { year: 2012, value: 88.6 },
      ],
      format: fmt(1),
      reference: { value: 100, label: 'EU27_2020 = 100' },
      emptyLabel: 'No index',
    });
    expect(svg).toContain('<polyline');
    expect(svg).toContain('>88.6</text>');
    expectSnapshot('trend-line', svg);
    const empty = trendLine({
      id: 'trend-empty',
      title: 'Innovation index',
      description: 'No index in the years held.',
      width: 483,
      points: [],
      format: fmt(1),
      emptyLabel: 'No index in the years held',
    });
    expect(empty).toContain('>No index in the years held</text>');
    expectSnapshot('trend-line-empty', empty);
  });

  it('draw the network with roles by shape and colour, the central organisations named', () => {
    const roles = [
      'education',
      'business',
      'business',
      'government',
      'other',
      'business',
      'research',
    ] as const;
    const nodes = roles.map((role, i) => ({
      id: `o${i}`,
      label: `ORGANISATION ${i}`,
      role,
      community: i < 4 ? 0 : 1,
      weight: i === 0 ? 4 : 1,
      labelled: i < 3,
    }));
    const links = [
      { source: 'o0', target: 'o1', weight: 2 },
      { source: 'o0', target: 'o2', weight: 1 },
      { source: 'o0', target: 'o3', weight: 1 },
      { source: 'o1', target: 'o2', weight: 1 },
      { source: 'o0', target: 'o4', weight: 1 },
      { source: 'o5', target: 'o6', weight: 1 },
    ];
    const input = {
      id: 'network',
      title: 'Collaboration network of Twente',
      description: 'Seven organisations; most central ORGANISATION 0.',
      width: 483,
      height: 300,
      nodes,
      links,
      roleLabels: {
        business: 'Business',
        research: 'Research',
        education: 'Education',
        government: 'Government',
        other: 'Other',
      },
      emptyLabel: 'No links',
    };
    const svg = networkPicture(input);
    expect(svg).toBe(networkPicture(input));
    expect(svg).toContain('>ORGANISATION 0</text>');
    for (const role of ['Business', 'Research', 'Education', 'Government', 'Other'])
      expect(svg).toContain(`>${role}</text>`);
    expectSnapshot('network-picture', svg);
    expectSnapshot(
      'network-picture-empty',
      networkPicture({ ...input, id: 'network-empty', nodes: [], links: [] }),
    );
  });

  it('lay the network out deterministically, every node inside the box', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, community: i % 3 }));
    const links = nodes.slice(1).map((n, i) => ({ source: `n${i % 4}`, target: n.id, weight: 1 }));
    const a = networkLayout(nodes, links, { width: 400, height: 300 });
    expect(networkLayout(nodes, links, { width: 400, height: 300 })).toEqual(a);
    expect(a.size).toBe(12);
    for (const p of a.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(400);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(300);
    }
  });

  it('draw the region dark and named within its province outline and the other regions', () => {
    const svg = regionMap({
      id: 'map',
      title: 'Location of Twente',
      description: 'Twente in dark among the other COROP regions; Overijssel outlined.',
      width: 300,
      height: 330,
      region: { code: 'NL213', name: 'Twente', geometry: square(6.5, 52.1, 0.5) },
      context: [
        { code: 'NL211', name: 'Noord-Overijssel', geometry: square(6, 52.6, 0.5) },
        { code: 'NL212', name: 'Zuidwest-Overijssel', geometry: square(6, 52.1, 0.5) },
        { code: 'NL213', name: 'Twente', geometry: square(6.5, 52.1, 0.5) },
      ],
      parent: {
        code: 'NL21',
        name: 'Overijssel',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [6, 52.1],
              [7, 52.1],
              [7, 52.6],
              [6.5, 52.6],
              [6.5, 53.1],
              [6, 53.1],
              [6, 52.1],
            ],
          ],
        },
      },
      legend: { region: 'Twente', context: 'Other COROP regions', parent: 'Overijssel' },
    });
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toContain('font-weight="bold">Twente</text>');
    expect(svgSize(svg)).toEqual({ width: 300, height: 330 });
    expectSnapshot('region-map', svg);
  });

  it('draw the region beside its country and the EU as marks on a 0-1 track, "no data" for a gap', () => {
    const svg = benchmarkDots({
      id: 'benchmark',
      title: 'Overijssel beside Netherlands and the EU-27 on each indicator, 2015',
      description: 'Normalised score per indicator for Overijssel, Netherlands and the EU-27.',
      width: 483,
      series: ['Overijssel', 'Netherlands', 'EU-27'],
      rows: [
        { label: 'Business R&D expenditure, % of GDP', values: [0.49, 0.52, 0.41] },
        { label: 'Broadband access of households', values: [0.8, null, 0.6] },
        { label: 'EPO patent applications per million inhabitants', values: [0, 0.3, null] },
      ],
      labels: {
        noData: (areas) => `no data: ${areas}`,
        scale: '0 = lowest, 1 = highest region compared',
        source: 'Source: Eurostat, Regional innovation indicators',
        year: 'Edition 2015; retrieved: 28 November 2026',
      },
    });
    expect(svg).toContain('>no data: Netherlands</text>');
    expect(svg).toContain('>no data: EU-27</text>');
    // a score of 0 is a mark at the start of the track, unlike a missing score
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expectSnapshot('benchmark-dots', svg);
  });
});
