/**
 * Quality figures of a network drawing, for bench/layouts.ts. Every layout is first scaled into
 * the unit square the same way (centred, the longer side filling it, the aspect kept), so the
 * figures compare drawings, not coordinate systems.
 */
export interface Link {
  readonly source: string;
  readonly target: string;
}

export type Layout = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

export interface LayoutQuality {
  /** Kamada-Kawai stress against hop distances, after the best uniform scaling; lower is better. */
  readonly stress: number;
  /** Spread of the link lengths (coefficient of variation); lower means more even links. */
  readonly edgeLengthCv: number;
  /** Pairs of nodes nearer than 1/40 of the picture (their circles touch); lower is better. */
  readonly overlaps: number;
  /** Pairs of links that cross; lower is better. */
  readonly crossings: number;
}

function unitSquare(layout: Layout): Map<string, { x: number; y: number }> {
  const points = [...layout.values()];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(x1 - x0, y1 - y0) || 1;
  return new Map(
    [...layout].map(([id, p]) => [
      id,
      { x: 0.5 + (p.x - (x0 + x1) / 2) / span, y: 0.5 + (p.y - (y0 + y1) / 2) / span },
    ]),
  );
}

/** Hop distances between every pair of nodes (breadth-first from each); absent: not connected. */
function hops(ids: readonly string[], links: readonly Link[]): Map<string, Map<string, number>> {
  const next = new Map(ids.map((id) => [id, [] as string[]]));
  for (const l of links) {
    next.get(l.source)?.push(l.target);
    next.get(l.target)?.push(l.source);
  }
  return new Map(
    ids.map((from) => {
      const seen = new Map([[from, 0]]);
      const queue = [from];
      for (let i = 0; i < queue.length; i++) {
        const at = queue[i]!;
        for (const to of next.get(at) ?? [])
          if (!seen.has(to)) {
            seen.set(to, seen.get(at)! + 1);
            queue.push(to);
          }
      }
      return [from, seen];
    }),
  );
}

function crosses(
  a: { x: number; y: number },
  b: { x: number; y: number },
  c: { x: number; y: number },
  d: { x: number; y: number },
): boolean {
  const side = (p: typeof a, q: typeof a, r: typeof a) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** The quality figures of `layout` for the network `links` (nodes: the layout's keys). */
export function layoutQuality(layout: Layout, links: readonly Link[]): LayoutQuality {
  const at = unitSquare(layout);
  const ids = [...at.keys()];
  const distance = (a: string, b: string) =>
    Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
  const d = hops(ids, links);
  // Stress with weights 1/d²: the best scale s minimises Σ (s·e − d)²/d², s = Σ(e/d) / Σ(e²/d²).
  const pairs: [number, number][] = [];
  let overlaps = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const e = distance(ids[i]!, ids[j]!);
      if (e < 1 / 40) overlaps++;
      const hop = d.get(ids[i]!)?.get(ids[j]!);
      if (hop !== undefined) pairs.push([e, hop]);
    }
  const scale =
    pairs.reduce((s, [e, h]) => s + e / h, 0) /
    pairs.reduce((s, [e, h]) => s + (e * e) / (h * h), 0);
  const stress = pairs.reduce((s, [e, h]) => s + (scale * e - h) ** 2 / (h * h), 0) / pairs.length;
  const lengths = links.map((l) => distance(l.source, l.target));
  const mean = lengths.reduce((s, v) => s + v, 0) / lengths.length;
  const sd = Math.sqrt(lengths.reduce((s, v) => s + (v - mean) ** 2, 0) / lengths.length);
  let crossings = 0;
  for (let i = 0; i < links.length; i++)
    for (let j = i + 1; j < links.length; j++) {
      const [p, q] = [links[i]!, links[j]!];
      if (new Set([p.source, p.target, q.source, q.target]).size < 4) continue;
      if (crosses(at.get(p.source)!, at.get(p.target)!, at.get(q.source)!, at.get(q.target)!))
        crossings++;
    }
  return { stress, edgeLengthCv: sd / mean, overlaps, crossings };
}
