/**
 * npm run bench:layouts — the two hand-written force layouts against the kept libraries d3-force
 * and ForceAtlas2 (graphology-layout-forceatlas2) on a real network, in one run: wall time
 * (median of --runs) and quality figures (bench/layout-quality.ts) side by side.
 *
 *   tsx bench/layouts.ts [--db FILE] [--regions NL213,NL33] [--runs 21]
 *
 * The networks are the regions' collaboration networks in the Dutch H2020 network, as the analytics
 * service measures them (the database is read, never written: figures are not stored); Twente is
 * the dossier's example, Zuid-Holland fills the web's 150 organisations. Two cases per region:
 *   dossier: the organisations the PDF dossier draws (the 40 most central with a link among
 *            them), its largest component, laid out by the reports' layout
 *            (src/reports/charts/network-layout.ts: a community circle, Fruchterman-Reingold,
 *            a fisheye); the libraries start from the same circle and get the same fisheye;
 *   web:     the 150 most central linked organisations the network page draws, laid out by the
 *            web's layout (src/web/network/force-layout.ts: seeded random start,
 *            Fruchterman-Reingold, 300 iterations); the libraries start from the same points.
 * Every contender runs the same number of iterations as the hand-written layout of its case.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomMulberry32 } from '../src/core/random/random-mulberry32.js';
import { openStore } from '../src/main.js';
import {
  communityCircle,
  fisheyeUnitSquare,
  forceLayout as dossierForceLayout,
  type LayoutLink,
  type LayoutNode,
} from '../src/reports/charts/network-layout.js';
import { dossierNetwork } from '../src/reports/model/dossier-network.js';
import { AnalyticsService } from '../src/services/analytics/analytics-service.js';
import { forceLayout as webForceLayout } from '../src/web/network/force-layout.js';
import { layoutQuality, type Layout } from './layout-quality.js';

// CommonJS (`module.exports = layout`) typed as `export default`: take whichever the runtime gives.
type ForceAtlas2 = typeof forceAtlas2Module.default;
const forceAtlas2: ForceAtlas2 =
  (forceAtlas2Module as { default?: ForceAtlas2 }).default ??
  (forceAtlas2Module as unknown as ForceAtlas2);

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dbPath = arg('--db') ?? join(tmpdir(), 'regiokracht-bench-analytics.db');
const regions = (arg('--regions') ?? 'NL213,NL33').split(',');
const runs = Number(arg('--runs') ?? 21);

type Start = { x: Float64Array; y: Float64Array };

/** d3-force from `start`: many-body repulsion, links, a pull to the centre, cooled over `iterations`. */
function d3Layout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  start: Start,
  iterations: number,
  seed: number,
) {
  const simulation = forceSimulation(
    nodes.map((n, i) => ({ id: n.id, x: start.x[i]! * 100, y: start.y[i]! * 100 })),
  )
    .randomSource(randomMulberry32(seed))
    .force('charge', forceManyBody())
    .force(
      'link',
      forceLink(links.map((l) => ({ ...l }))).id((d) => (d as { id: string }).id),
    )
    .force('x', forceX())
    .force('y', forceY())
    .alphaDecay(1 - 0.001 ** (1 / iterations))
    .stop();
  simulation.tick(iterations);
  const x = Float64Array.from(simulation.nodes(), (n) => n.x ?? 0);
  const y = Float64Array.from(simulation.nodes(), (n) => n.y ?? 0);
  return { x, y };
}

/** ForceAtlas2 from `start` with the settings the library infers for the graph's size. */
function fa2Layout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  start: Start,
  iterations: number,
) {
  const graph = new UndirectedGraph();
  nodes.forEach((n, i) => graph.addNode(n.id, { x: start.x[i]!, y: start.y[i]! }));
  for (const l of links) graph.mergeEdge(l.source, l.target, { weight: l.weight });
  const positions = forceAtlas2(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: forceAtlas2.inferSettings(graph),
  });
  const x = Float64Array.from(nodes, (n) => positions[n.id]!.x);
  const y = Float64Array.from(nodes, (n) => positions[n.id]!.y);
  return { x, y };
}

const asLayout = (nodes: readonly LayoutNode[], p: Start): Layout =>
  new Map(nodes.map((n, i) => [n.id, { x: p.x[i]!, y: p.y[i]! }]));

/** The largest connected component's nodes and links. */
function largestComponent(nodes: readonly LayoutNode[], links: readonly LayoutLink[]) {
  const next = new Map(nodes.map((n) => [n.id, [] as string[]]));
  for (const l of links) {
    next.get(l.source)?.push(l.target);
    next.get(l.target)?.push(l.source);
  }
  let best = new Set<string>();
  const seen = new Set<string>();
  for (const n of nodes) {
    if (seen.has(n.id)) continue;
    const group = new Set([n.id]);
    for (const id of group) for (const to of next.get(id) ?? []) if (!group.has(to)) group.add(to);
    for (const id of group) seen.add(id);
    if (group.size > best.size) best = group;
  }
  return {
    nodes: nodes.filter((n) => best.has(n.id)),
    links: links.filter((l) => best.has(l.source) && best.has(l.target)),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const store = await openStore({ dbPath });
const service = new AnalyticsService(store, undefined, { storeFigures: false });
const networks = [];
for (const region of regions) networks.push(await service.network(region));
await store.close();

const rows: string[][] = [];
/**
 * Times the contenders of one case in turns (one run of each, then the next round), so that a
 * change in the machine's load falls on all of them alike: three unmeasured rounds, then `runs`
 * measured ones. A row per contender: median wall time, its ratio to the first (the hand-written
 * layout), and the quality figures of its layout (the same in every run: they are seeded).
 */
function compare(
  name: string,
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  iterations: number,
  contenders: readonly (readonly [string, () => Layout])[],
): void {
  const times = contenders.map((): number[] => []);
  const layouts = contenders.map(([, work]) => work());
  for (let round = 0; round < runs + 2; round++)
    contenders.forEach(([, work], i) => {
      const started = performance.now();
      work();
      if (round >= 2) times[i]!.push(performance.now() - started);
    });
  const first = median(times[0]!);
  contenders.forEach(([label], i) => {
    const q = layoutQuality(layouts[i]!, links);
    const ms = median(times[i]!);
    rows.push([
      name,
      label,
      `${nodes.length}/${links.length}`,
      String(iterations),
      ms.toFixed(2),
      `${(ms / first).toFixed(1)}x`,
      q.stress.toFixed(3),
      q.edgeLengthCv.toFixed(2),
      String(q.overlaps),
      String(q.crossings),
    ]);
  });
}

for (const network of networks) {
  // The dossier: the drawn organisations' largest component, at the reports' iteration budget.
  const drawn = dossierNetwork(network, 40, 12);
  const dossier = largestComponent(drawn.drawn, drawn.drawn_links);
  const iterations = dossier.nodes.length > 60 ? 150 : 250;
  const seed = 1;
  const circle = () => communityCircle(dossier.nodes, seed);
  const finished = (p: Start) => fisheyeUnitSquare(dossier.nodes, p.x, p.y);
  compare(`${network.region} dossier`, dossier.nodes, dossier.links, iterations, [
    [
      'hand-written (reports)',
      () => dossierForceLayout(dossier.nodes, dossier.links, seed, iterations),
    ],
    [
      'd3-force',
      () => finished(d3Layout(dossier.nodes, dossier.links, circle(), iterations, seed)),
    ],
    ['ForceAtlas2', () => finished(fa2Layout(dossier.nodes, dossier.links, circle(), iterations))],
  ]);

  // The web: the network page's 150 most central linked organisations, 300 iterations, seed 7.
  const linked = new Set(network.links.flatMap((l) => [l.source, l.target]));
  // The service lists organisations by betweenness, then degree: the page's order.
  const shown = network.organisations
    .filter((o) => linked.has(o.id))
    .slice(0, 150)
    .map((o) => ({ id: o.id, community: o.community }));
  const ids = new Set(shown.map((o) => o.id));
  const links = network.links.filter((l) => ids.has(l.source) && ids.has(l.target));
  const start = (): Start => {
    const random = randomMulberry32(7);
    const x = new Float64Array(shown.length);
    const y = new Float64Array(shown.length);
    for (let i = 0; i < shown.length; i++) [x[i], y[i]] = [random(), random()];
    return { x, y };
  };
  compare(`${network.region} web`, shown, links, 300, [
    ['hand-written (web)', () => webForceLayout(shown, links, { seed: 7, iterations: 300 })],
    ['d3-force', () => asLayout(shown, d3Layout(shown, links, start(), 300, 7))],
    ['ForceAtlas2', () => asLayout(shown, fa2Layout(shown, links, start(), 300))],
  ]);
}

console.log(
  `Force layouts on collaboration networks (${networks.map((n) => `${n.region}: ${n.nodes ?? 0} organisations, ${n.edges ?? 0} links`).join('; ')}), ` +
    `median of ${runs} runs taken in turns; machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const header = [
  'case',
  'layout',
  'nodes/links',
  'iterations',
  'median ms',
  'vs hand-written',
  'stress',
  'edge CV',
  'overlaps',
  'crossings',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows])
  console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(
  'Time: the hand-written layout of the case is 1.0x. Quality (lower is better): stress against hop distances; edge CV, the spread of link lengths; ' +
    'overlaps, node pairs nearer than 1/40 of the picture; crossings, crossing link pairs.',
);
