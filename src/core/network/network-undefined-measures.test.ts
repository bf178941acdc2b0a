import { describe, expect, it } from 'vitest';
import { networkUndefinedMeasures } from './network-undefined-measures.js';

describe('networkUndefinedMeasures', () => {
  it('leaves out every measure of an empty network, saying there are no organisations', () => {
    expect(networkUndefinedMeasures({ nodes: 0, edges: 0, assortativity: null })).toEqual([
      { measure: 'density', reason: 'no_organisations' },
      { measure: 'components', reason: 'no_organisations' },
      { measure: 'largest_component_share', reason: 'no_organisations' },
      { measure: 'assortativity_helix', reason: 'no_organisations' },
      { measure: 'modularity', reason: 'no_organisations' },
      { measure: 'degree_centrality', reason: 'no_organisations' },
      { measure: 'betweenness_centrality', reason: 'no_organisations' },
    ]);
  });

  it('gives one organisation its components but no density or centralities', () => {
    expect(networkUndefinedMeasures({ nodes: 1, edges: 0, assortativity: null })).toEqual([
      { measure: 'density', reason: 'fewer_than_two_organisations' },
      { measure: 'assortativity_helix', reason: 'no_links' },
      { measure: 'modularity', reason: 'no_links' },
      { measure: 'degree_centrality', reason: 'fewer_than_two_organisations' },
      { measure: 'betweenness_centrality', reason: 'fewer_than_three_organisations' },
    ]);
  });

  it('gives two linked organisations everything but betweenness and, of one role, assortativity', () => {
    expect(networkUndefinedMeasures({ nodes: 2, edges: 1, assortativity: null })).toEqual([
      { measure: 'assortativity_helix', reason: 'one_role_at_link_ends' },
      { measure: 'betweenness_centrality', reason: 'fewer_than_three_organisations' },
    ]);
  });

  it('gives a network of three or more with links of two roles every measure', () => {
    expect(networkUndefinedMeasures({ nodes: 3, edges: 2, assortativity: -0.5 })).toEqual([]);
  });

  it('has a density of 0, not undefined, for organisations without links', () => {
    // Ten organisations without a link: density 0 is measured (none of 45 possible links).
    expect(networkUndefinedMeasures({ nodes: 10, edges: 0, assortativity: null })).toEqual([
      { measure: 'assortativity_helix', reason: 'no_links' },
      { measure: 'modularity', reason: 'no_links' },
    ]);
  });
});
