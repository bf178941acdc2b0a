import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { h2020NlNetworkInput } from '../../../test/support/h2020-nl-network.js';
import { collaborationNetwork, type CollaborationNetwork } from './collaboration-network.js';
import { networkBetweenness } from './network-betweenness.js';
import { networkRegionMeasures, type NetworkRegionMeasures } from './network-region-measures.js';
import { debianPython } from '../../../test/support/python.js';

// Our network measures against NetworkX on the real Dutch H2020 collaboration network
// (participations with country NL, organisations linked by shared project). python3 with
// NetworkX must be installed: without it this test fails, it never skips.

interface NetworkxMeasures {
  readonly networkx_version: string;
  readonly nodes: number;
  readonly edges: number;
  readonly density: number;
  readonly components: number;
  readonly largest_component_share: number | null;
  readonly assortativity: number | null;
  readonly degree_centrality: Readonly<Record<string, number>>;
  readonly betweenness: Readonly<Record<string, number>>;
  readonly betweenness_seconds: number;
}

const repoRoot = new URL('../../../', import.meta.url).pathname;
const TOLERANCE = 1e-9;

function requireNetworkx(): void {
  const probe = spawnSync(debianPython, ['-c', 'import networkx'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'The NetworkX comparison needs python3 with NetworkX (Debian: apt-get install ' +
        `python3-networkx). ${probe.error?.message ?? probe.stderr.trim()}`,
    );
  }
}

describe('network measures on the Dutch H2020 network, compared with NetworkX', () => {
  let network: CollaborationNetwork;
  let ours: NetworkRegionMeasures;
  let theirs: NetworkxMeasures;
  let workDir: string;

  beforeAll(() => {
    requireNetworkx();
    const input = h2020NlNetworkInput();
    network = collaborationNetwork(input.participations);
    // The whole Dutch network as one "region", listed in another order than the network's own,
    // so the subgraph's renumbering is exercised too.
    const organisations = [...network.organisations].sort();
    ours = networkRegionMeasures(network, organisations, input.roleOf);

    workDir = mkdtempSync(join(tmpdir(), 'regiokracht-networkx-'));
    const inFile = join(workDir, 'network.json');
    const outFile = join(workDir, 'networkx.json');
    const { graph } = network;
    const edges = Array.from(graph.edgeSource, (s, e) => [
      network.organisations[s],
      network.organisations[graph.edgeTarget[e]!],
      graph.edgeWeight[e],
    ]);
    const nodes = network.organisations.map((id) => ({ id, role: input.roleOf.get(id) }));
    writeFileSync(inFile, JSON.stringify({ nodes, edges }));
    execFileSync(
      debianPython,
      [join(repoRoot, 'scripts', 'networkx_measures.py'), inFile, outFile],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    theirs = JSON.parse(readFileSync(outFile, 'utf8')) as NetworkxMeasures;
  });

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('has the size of the Dutch network: about 2,000 organisations and 5,900 links', () => {
    expect(ours.nodes).toBe(theirs.nodes);
    expect(ours.edges).toBe(theirs.edges);
    expect(ours.nodes).toBeGreaterThan(1900);
    expect(ours.edges).toBeGreaterThan(5500);
  });

  it('has the same density, number of components and largest component share', () => {
    expect(ours.density).not.toBeNull();
    expect(Math.abs(ours.density! - theirs.density)).toBeLessThanOrEqual(TOLERANCE);
    expect(ours.components).toBe(theirs.components);
    expect(
      Math.abs(ours.largestComponentShare! - theirs.largest_component_share!),
    ).toBeLessThanOrEqual(TOLERANCE);
  });

  it('has the same helix-role assortativity', () => {
    expect(ours.assortativity).not.toBeNull();
    expect(theirs.assortativity).not.toBeNull();
    expect(Math.abs(ours.assortativity! - theirs.assortativity!)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('has the same degree centrality for every organisation', () => {
    let compared = 0;
    for (const organisation of ours.organisations) {
      const expected = theirs.degree_centrality[organisation.id];
      expect(expected, organisation.id).toBeDefined();
      expect(organisation.degreeCentrality, organisation.id).not.toBeNull();
      expect(
        Math.abs(organisation.degreeCentrality! - expected!),
        organisation.id,
      ).toBeLessThanOrEqual(TOLERANCE);
      compared++;
    }
    expect(compared).toBe(theirs.nodes);
  });

  it('has the same betweenness for every organisation', () => {
    let worst = 0;
    for (const organisation of ours.organisations) {
      const expected = theirs.betweenness[organisation.id];
      expect(expected, organisation.id).toBeDefined();
      expect(organisation.betweenness, organisation.id).not.toBeNull();
      worst = Math.max(worst, Math.abs(organisation.betweenness! - expected!));
    }
    expect(worst).toBeLessThanOrEqual(TOLERANCE);
    console.info(`largest betweenness difference from NetworkX: ${worst.toExponential(2)}`);
    // Not every value is 0: the comparison has teeth.
    expect(ours.organisations.filter((o) => o.betweenness! > 0.001).length).toBeGreaterThan(10);
  });

  it('gives the same betweenness on the network in its own node order', () => {
    const started = performance.now();
    const betweenness = networkBetweenness(network.graph);
    const ms = performance.now() - started;
    // Reported, not asserted: timings belong to the benchmarks, beside the peer in the same run.
    console.info(
      `betweenness of ${network.graph.nodeCount} nodes: ours ${ms.toFixed(0)} ms, NetworkX ` +
        `${theirs.networkx_version} ${(theirs.betweenness_seconds * 1000).toFixed(0)} ms`,
    );
    network.organisations.forEach((id, v) => {
      expect(Math.abs(betweenness[v]! - theirs.betweenness[id]!), id).toBeLessThanOrEqual(
        TOLERANCE,
      );
    });
  });
});
