import type { NetworkGraph } from './network-graph.js';

/**
 * Attribute assortativity of a categorical node attribute, exactly as NetworkX's
 * `attribute_assortativity_coefficient`: with e the mixing matrix of attribute values over link
 * ends (each link counted in both directions, normalised to sum 1), a and b its row and column
 * sums, r = (trace(e) - sum(a_i b_i)) / (1 - sum(a_i b_i)). 1 when links only join equal
 * values, negative when they prefer different values. Null where NetworkX gives NaN: a graph
 * without links, or one whose link ends all share one value.
 *
 * @example
 * // 0 - 1 - 2 with roles business, business, research: ends (b,b) x2, (b,r) x2 of 4;
 * // e = [[1/2, 1/4], [1/4, 0]], a = b = [3/4, 1/4], sum(a b) = 10/16, trace 1/2:
 * // r = (1/2 - 10/16) / (1 - 10/16) = -1/3
 * networkAttributeAssortativity(path, ['business', 'business', 'research']); // -0.333...
 */
export function networkAttributeAssortativity(
  graph: NetworkGraph,
  attribute: readonly string[],
): number | null {
  if (graph.edgeCount === 0) return null;
  const codeOf = new Map<string, number>();
  const codes = new Int32Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    const value = attribute[v]!;
    let code = codeOf.get(value);
    if (code === undefined) {
      code = codeOf.size;
      codeOf.set(value, code);
    }
    codes[v] = code;
  }
  const k = codeOf.size;
  const mixing = new Float64Array(k * k);
  for (let e = 0; e < graph.edgeCount; e++) {
    const a = codes[graph.edgeSource[e]!]!;
    const b = codes[graph.edgeTarget[e]!]!;
    mixing[a * k + b]! += 1;
    mixing[b * k + a]! += 1;
  }
  const total = 2 * graph.edgeCount;
  let trace = 0;
  let sumAB = 0;
  for (let i = 0; i < k; i++) {
    trace += mixing[i * k + i]! / total;
    let row = 0;
    let column = 0;
    for (let j = 0; j < k; j++) {
      row += mixing[i * k + j]! / total;
      column += mixing[j * k + i]! / total;
    }
    sumAB += row * column;
  }
  if (sumAB === 1) return null;
  return (trace - sumAB) / (1 - sumAB);
}
