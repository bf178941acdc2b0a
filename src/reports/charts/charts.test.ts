import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../../test/support/dossier-inputs-fixture.js';
import { matchFileSnapshot, normaliseSvg } from '../../../test/support/file-snapshot.js';
import { expectInsideBox } from '../../../test/support/layout-box.js';
import { HELIX_ROLES } from '../../core/helix-role.js';
import { CHART_WIDTH } from '../dossier-blocks.js';
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

/** An accessible chart holding each of the given texts, and the same as its stored snapshot. */
function expectSnapshot(name: string, svg: string, texts: readonly string[] = []): void {
  for (const text of texts) expect(svg).toContain(text);
  expectAccessible(svg);
  const result = matchFileSnapshot(`${SNAPSHOTS}${name}.svg`, normaliseSvg(svg));
  expect(result.ok, result.message).toBe(true);
}

const fmt = (decimals: number) => (v: number) => v.toFixed(decimals);

/** What every dossier chart carries: its id, title and description, at the dossier's width. */
const frame = (id: string, title: string, description: string) => ({
  id,
  title,
  description,
  width: CHART_WIDTH,
});

const ROLE_LABELS = {
  business: 'Business',
  research: 'Research',
  education: 'Education',
  government: 'Government',
  other: 'Other',
};
const ROLE_NAMES = HELIX_ROLES.map((role) => ROLE_LABELS[role]);

/** A bar panel of the helix composition: one bar per role, in the order of HELIX_ROLES. */
const helixPanel = (heading: string, counts: readonly number[]) => ({
  heading,
  bars: counts.map((v, i) => ({ label: ROLE_NAMES[i]!, value: v, valueLabel: String(v) })),
});

describe('the dossier charts', () => {
  // Charts drawn from one input each: the snapshot and the texts each must hold.
  it.each([
    {
      title: 'draw the helix composition as two labelled bar panels',
      snapshot: 'bar-chart-helix',
      texts: ['>Research</text>', '>177</text>'],
      draw: () =>
        barChart({
          ...frame(
            'helix',
            'Helix composition of Twente',
            '54 organisations and 323 participations per helix role.',
          ),
          panels: [
            helixPanel('Organisations', [44, 1, 2, 2, 5]),
            helixPanel('Project participations', [137, 1, 177, 2, 6]),
          ],
        }),
    },
    {
      title: 'draw T with its interval on an axis through zero, each side named',
      snapshot: 'interval-chart-synergy',
      texts: ['synergy (T &lt; 0)', '>0</text>'],
      draw: () =>
        intervalChart({
          ...frame('t', 'Synergy T of Twente', 'T = -4.7 millibits; 95% interval -23.6 to 5.3.'),
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
        }),
    },
    {
      title: 'draw location quotients with a reference line at 1 and the share of the country',
      snapshot: 'lq-bars',
      texts: [
        'stroke-dasharray="4 3"',
        '>LQ = 1: as strong as NL</text>',
        'font-weight="bold">1.42</text>',
      ],
      draw: () =>
        lqBars({
          ...frame('lq', 'Specialisation of Twente', 'Specialised in HTSM (1.42).'),
          referenceLabel: 'LQ = 1: as strong as NL',
          noteHeading: 'Share of NL',
          rows: [
            { label: 'Agri & Food', lq: 0.44, lqLabel: '0.44', note: '1.6%' },
            { label: 'High Tech Systems & Materials', lq: 1.42, lqLabel: '1.42', note: '5.1%' },
            { label: 'Water & Maritime', lq: null, lqLabel: 'none', note: 'none' },
          ],
        }),
    },
  ])('$title', ({ snapshot, texts, draw }) => {
    expectSnapshot(snapshot, draw(), texts);
  });

  it('draw the index trend with the reference line at 100, and say so when there is none', () => {
    const svg = trendLine({
      ...frame(
        'trend',
        'Innovation index of Overijssel',
        'From 2011 to 2012 the index went from 95.2 to 88.6.',
      ),
      points: [
        { year: 2011, value: 95.2 },
        { year: 2012, value: 88.6 },
      ],
      format: fmt(1),
      reference: { value: 100, label: 'EU27_2020 = 100' },
      emptyLabel: 'No index',
    });
    expectSnapshot('trend-line', svg, ['<polyline', '>88.6</text>']);
    const empty = trendLine({
      ...frame('trend-empty', 'Innovation index', 'No index in the years held.'),
      points: [],
      format: fmt(1),
      emptyLabel: 'No index in the years held',
    });
    expectSnapshot('trend-line-empty', empty, ['>No index in the years held</text>']);
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
      ...frame(
        'network',
        'Collaboration network of Twente',
        'Seven organisations; most central ORGANISATION 0.',
      ),
      height: 300,
      nodes,
      links,
      roleLabels: ROLE_LABELS,
      emptyLabel: 'No links',
    };
    const svg = networkPicture(input);
    expect(svg).toBe(networkPicture(input));
    expectSnapshot('network-picture', svg, [
      '>ORGANISATION 0</text>',
      ...ROLE_NAMES.map((role) => `>${role}</text>`),
    ]);
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
    expectInsideBox(a, 400, 300);
  });

  it('draw the region dark and named within its province outline and the other regions', () => {
    // Twente, the two other COROP regions of Overijssel and the province, from the dossier's map.
    const map = dossierInputsFixture().map!;
    const svg = regionMap({
      ...frame(
        'map',
        'Location of Twente',
        'Twente in dark among the other COROP regions; Overijssel outlined.',
      ),
      width: 300,
      height: 330,
      region: { code: 'NL213', name: 'Twente', geometry: map.region!.geometry },
      context: map.context
        .filter((c) => c.code.startsWith('NL21'))
        .map((c) => ({ code: c.code, name: c.name_en, geometry: c.geometry })),
      parent: { code: 'NL21', name: 'Overijssel', geometry: map.parent!.geometry },
      legend: { region: 'Twente', context: 'Other COROP regions', parent: 'Overijssel' },
    });
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svgSize(svg)).toEqual({ width: 300, height: 330 });
    expectSnapshot('region-map', svg, ['font-weight="bold">Twente</text>']);
  });

  it('draw the region beside its country and the EU as marks on a 0-1 track, "no data" for a gap', () => {
    const svg = benchmarkDots({
      ...frame(
        'benchmark',
        'Overijssel beside Netherlands and the EU-27 on each indicator, 2015',
        'Normalised score per indicator for Overijssel, Netherlands and the EU-27.',
      ),
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
    // a score of 0 is a mark at the start of the track, unlike a missing score
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expectSnapshot('benchmark-dots', svg, [
      '>no data: Netherlands</text>',
      '>no data: EU-27</text>',
    ]);
  });
});
