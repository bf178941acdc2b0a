import { HELIX_ROLES, type HelixRole } from '../helix-role.js';
import type { NetworkGraph } from './network-graph.js';

/**
 * Why a role pair's ratio is not defined: the network has no links (`no_links`), or no link
 * ends at an organisation of one of the two roles (`role_without_links`); either way nothing is
 * expected and observed / expected would divide by 0.
 */
export const ROLE_MIXING_UNDEFINED_REASONS = ['no_links', 'role_without_links'] as const;
export type RoleMixingUndefinedReason = (typeof ROLE_MIXING_UNDEFINED_REASONS)[number];

/** Links between two helix roles, observed and expected under random mixing. */
export interface NetworkRoleMixing {
  /** The pair of roles, in HELIX_ROLES order; equal for links within a role. */
  readonly roles: readonly [HelixRole, HelixRole];
  readonly links: number;
  readonly expected: number;
  /** links / expected; null when nothing is expected (`ratioUndefined` says why). */
  readonly ratio: number | null;
  /** Why `ratio` is null; null when it is measured. */
  readonly ratioUndefined: RoleMixingUndefinedReason | null;
}

/**
 * Links per pair of helix roles (unweighted), against the number expected under random mixing
 * that keeps every node's degree (the configuration model, as in Newman's modularity): with m
 * links and a_i the share of link ends held by role i (sum of its nodes' degrees / 2m),
 * expected links within role i = m a_i^2 and between roles i != j = 2 m a_i a_j. The 15 pairs
 * (5 within, 10 between) each appear once; the expectations sum to m. A pair expected 0 times
 * (no links, or a role at no link's end) has no ratio, and says why.
 *
 * @example
 * // 0 - 1 - 2, roles business, business, research: m = 2, ends business 3/4, research 1/4.
 * networkRoleMixing(path, ['business', 'business', 'research']);
 * // business-business: links 1, expected 2 (3/4)^2 = 1.125;
 * // business-research: links 1, expected 2 * 2 (3/4)(1/4) = 0.75; research-research: 0, 0.125;
 * // government-business: links 0, expected 0, ratio null, ratioUndefined 'role_without_links'
 */
export function networkRoleMixing(
  graph: NetworkGraph,
  roles: readonly HelixRole[],
): readonly NetworkRoleMixing[] {
  const r = HELIX_ROLES.length;
  const roleIndex = new Map<HelixRole, number>(HELIX_ROLES.map((role, i) => [role, i]));
  const code = (v: number) => roleIndex.get(roles[v]!)!;
  const links = new Float64Array(r * r);
  const ends = new Float64Array(r);
  for (let e = 0; e < graph.edgeCount; e++) {
    const a = code(graph.edgeSource[e]!);
    const b = code(graph.edgeTarget[e]!);
    links[Math.min(a, b) * r + Math.max(a, b)]! += 1;
    ends[a]! += 1;
    ends[b]! += 1;
  }
  const m = graph.edgeCount;
  const share = (i: number) => (m === 0 ? 0 : ends[i]! / (2 * m));
  const cells: NetworkRoleMixing[] = [];
  for (let i = 0; i < r; i++) {
    for (let j = i; j < r; j++) {
      const expected = (i === j ? 1 : 2) * m * share(i) * share(j);
      const observed = links[i * r + j]!;
      cells.push({
        roles: [HELIX_ROLES[i]!, HELIX_ROLES[j]!],
        links: observed,
        expected,
        ratio: expected > 0 ? observed / expected : null,
        ratioUndefined: expected > 0 ? null : m === 0 ? 'no_links' : 'role_without_links',
      });
    }
  }
  return cells;
}
