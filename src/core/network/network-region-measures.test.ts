import { describe, expect, it } from 'vitest';
import { projectParticipations } from '../../../test/support/project-participations.js';
import type { HelixRole } from '../helix-role.js';
import { collaborationNetwork } from './collaboration-network.js';
import { networkRegionMeasures } from './network-region-measures.js';

describe('networkRegionMeasures', () => {
  // Region: a (business), b (research), c (education), d (other). Outside: x (government), y.
  // p1: a, b, x; p2: a, b; p3: b, c; p4: c, y; p5: d alone.
  // Whole network: a-b 2, a-x 1, b-x 1, b-c 1, c-y 1; d isolated.
  // Region subgraph: a-b (2), b-c (1), d isolated: n = 4, m = 2.
  const network = collaborationNetwork(
    projectParticipations({
      p1: ['a', 'b', 'x'],
      p2: ['a', 'b'],
      p3: ['b', 'c'],
      p4: ['c', 'y'],
      p5: ['d'],
    }),
  );
  const roleOf = new Map<string, HelixRole>([
    ['a', 'business'],
    ['b', 'research'],
    ['c', 'education'],
    ['x', 'government'],
    ['y', 'business'],
  ]);
  const measures = networkRegionMeasures(network, ['a', 'b', 'c', 'd'], roleOf, { seed: 3 });

  it('measures the size, density and components of the region', () => {
    // density = 2 / (4 x 3 / 2) = 1/3; components {a, b, c} and {d}: largest share 3/4.
    expect(measures).toMatchObject({ nodes: 4, edges: 2, components: 2 });
    expect(measures.density).toBeCloseTo(1 / 3, 15);
    expect(measures.largestComponentShare).toBe(0.75);
  });

  it('lists the links among the organisations of the region, sorted by their ends, with weights', () => {
    const ids = measures.organisations.map((o) => o.id);
    const links = Array.from(measures.links.source, (s, e) => [
      ids[s],
      ids[measures.links.target[e]!],
      measures.links.weight[e],
    ]);
    expect(links).toEqual([
      ['a', 'b', 2],
      ['b', 'c', 1],
    ]);
  });

  it('gives each organisation its role, degree, centralities and links outside the region', () => {
    // Degree centrality = degree / 3. Betweenness: b lies on the pair (a, c): 1 x 2 / (3 x 2).
    // Outside links: a-x, b-x, c-y, each one project. d has no role given: 'other'.
    const rows = measures.organisations.map((o) => [
      o.id,
      o.role,
      o.degree,
      o.degreeCentrality,
      o.betweenness,
      o.externalLinks,
      o.externalWeight,
    ]);
    expect(rows).toEqual([
      ['a', 'business', 1, 1 / 3, 0, 1, 1],
      ['b', 'research', 2, 2 / 3, 1 / 3, 1, 1],
      ['c', 'education', 1, 1 / 3, 0, 1, 1],
      ['d', 'other', 0, 0, 0, 0, 0],
    ]);
  });

  it('measures assortativity and links per pair of roles against random mixing', () => {
    // Link ends: business 1, research 2, education 1 of 4; every link joins different roles.
    // e has 1/4 at (bus,res), (res,bus), (res,edu), (edu,res); trace 0;
    // sum a_i^2 = 1/16 + 4/16 + 1/16 = 3/8; r = (0 - 3/8) / (1 - 3/8) = -3/5.
    expect(measures.assortativity).toBeCloseTo(-3 / 5, 15);
    // business-research: 1 link, expected 2 m a_bus a_res = 2 x 2 x 1/4 x 1/2 = 0.5.
    const businessResearch = measures.roleMixing.find(
      (c) => c.roles[0] === 'business' && c.roles[1] === 'research',
    );
    expect(businessResearch).toEqual({
      roles: ['business', 'research'],
      links: 1,
      expected: 0.5,
      ratio: 2,
      ratioUndefined: null,
    });
  });

  it('puts the isolated organisation in a community of its own', () => {
    const community = new Map(measures.organisations.map((o) => [o.id, o.community]));
    expect(community.get('a')).toBe(community.get('b'));
    expect(community.get('d')).not.toBe(community.get('a'));
    expect(measures.communities.count).toBeGreaterThanOrEqual(2);
  });

  it('lists no undefined measure for a region of four organisations with links of two roles', () => {
    expect(measures.undefinedMeasures).toEqual([]);
  });

  it('gives no density, components or shares for a region without organisations in the network, with the reasons', () => {
    const empty = networkRegionMeasures(network, ['nobody'], roleOf);
    expect(empty).toMatchObject({
      nodes: 0,
      edges: 0,
      density: null,
      components: null,
      largestComponentShare: null,
      assortativity: null,
      organisations: [],
    });
    expect(empty.undefinedMeasures).toContainEqual({
      measure: 'density',
      reason: 'no_organisations',
    });
    expect(empty.undefinedMeasures).toContainEqual({
      measure: 'components',
      reason: 'no_organisations',
    });
  });

  it('gives one organisation no density and no centralities instead of 0 and 1', () => {
    // NetworkX: density 0, degree centrality 1, betweenness 0. None of them is measured.
    const one = networkRegionMeasures(network, ['d'], roleOf);
    expect(one).toMatchObject({ nodes: 1, edges: 0, density: null, components: 1 });
    expect(one.organisations[0]).toMatchObject({
      id: 'd',
      degreeCentrality: null,
      betweenness: null,
    });
    expect(one.undefinedMeasures.map((u) => [u.measure, u.reason])).toEqual([
      ['density', 'fewer_than_two_organisations'],
      ['assortativity_helix', 'no_links'],
      ['modularity', 'no_links'],
      ['degree_centrality', 'fewer_than_two_organisations'],
      ['betweenness_centrality', 'fewer_than_three_organisations'],
    ]);
  });

  it('gives two linked organisations a density and degree centrality but no betweenness', () => {
    const two = networkRegionMeasures(network, ['a', 'b'], roleOf);
    expect(two.density).toBe(1);
    expect(two.organisations.map((o) => [o.degreeCentrality, o.betweenness])).toEqual([
      [1, null],
      [1, null],
    ]);
  });
});
