import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectParticipations } from '../../../test/support/project-participations.js';
import {
  collaborationNetwork,
  type CollaborationNetwork,
  type CollaborationParticipation,
} from './collaboration-network.js';

/** The links as 'a-b:weight' strings, a < b by name, sorted. */
function linksOf(network: CollaborationNetwork): string[] {
  const { graph, organisations } = network;
  return Array.from(graph.edgeSource, (s, e) => {
    const [a, b] = [organisations[s]!, organisations[graph.edgeTarget[e]!]!].sort();
    return `${a}-${b}:${graph.edgeWeight[e]}`;
  }).sort();
}

/** The same links counted the slow, obvious way: every pair of every project. */
function naiveLinks(participations: readonly CollaborationParticipation[]): string[] {
  const members = new Map<string, Set<string>>();
  for (const { projectId, organisationId } of participations) {
    members.set(projectId, (members.get(projectId) ?? new Set()).add(organisationId));
  }
  const weights = new Map<string, number>();
  for (const set of members.values()) {
    const list = [...set].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}-${list[j]}`;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  return [...weights].map(([key, w]) => `${key}:${w}`).sort();
}

describe('collaborationNetwork', () => {
  it('links organisations that share projects, weighted by the number shared', () => {
    // p1: ut, tno; p2: ut, tno, acme. Pairs: p1 ut-tno; p2 ut-tno, ut-acme, tno-acme.
    // Weights: ut-tno 1 + 1 = 2, ut-acme 1, tno-acme 1.
    const network = collaborationNetwork(
      projectParticipations({ p1: ['ut', 'tno'], p2: ['ut', 'tno', 'acme'] }),
    );
    expect(network.organisations).toEqual(['ut', 'tno', 'acme']);
    expect(network.indexOf.get('acme')).toBe(2);
    expect(linksOf(network)).toEqual(['acme-tno:1', 'acme-ut:1', 'tno-ut:2']);
  });

  it('counts an organisation listed twice in a project once', () => {
    const network = collaborationNetwork(projectParticipations({ p1: ['ut', 'ut', 'tno'] }));
    expect(linksOf(network)).toEqual(['tno-ut:1']);
  });

  it('keeps an organisation without partners as an isolated node', () => {
    const network = collaborationNetwork(
      projectParticipations({ p1: ['solo'], p2: ['ut', 'tno'] }),
    );
    expect(network.organisations).toEqual(['solo', 'ut', 'tno']);
    expect(network.graph.offsets[1]! - network.graph.offsets[0]!).toBe(0);
  });

  it('links all 11,175 pairs of a 150-participant project', () => {
    // 150 * 149 / 2 = 11,175 links, each of weight 1.
    const participations = projectParticipations({
      big: Array.from({ length: 150 }, (_, i) => `org${i}`),
    });
    const network = collaborationNetwork(participations);
    expect(network.graph.edgeCount).toBe(11_175);
    expect(network.graph.edgeWeight.every((w) => w === 1)).toBe(true);
  });

  it('gives the same links as counting every pair of every project', () => {
    const participation = fc.record({
      projectId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      organisationId: fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8'),
    });
    fc.assert(
      fc.property(fc.array(participation, { maxLength: 40 }), (participations) => {
        const network = collaborationNetwork(participations);
        expect(linksOf(network)).toEqual(naiveLinks(participations));
        expect(new Set(network.organisations)).toEqual(
          new Set(participations.map((x) => x.organisationId)),
        );
      }),
    );
  });
});
