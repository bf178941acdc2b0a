import { randomMulberry32 } from '../../core/random/random-mulberry32.js';

export interface LayoutNode {
  readonly id: string;
  /** Nodes of one community start next to each other on the circle. */
  readonly community: number;
}

export interface LayoutLink {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

export type Positions = Map<string, { x: number; y: number }>;

/** The connected components of the nodes, largest first (ties: first node's input order). */
function components(nodes: readonly LayoutNode[], links: readonly LayoutLink[]): LayoutNode[][] {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a !== undefined && b !== undefined) parent[find(a)] = find(b);
  }
  const groups = new Map<number, LayoutNode[]>();
  nodes.forEach((n, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(n);
    else groups.set(root, [n]);
  });
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/**
 * The start of a component's layout: the nodes on the unit circle, those of one community next to
 * each other (then in input order), each moved by a seeded jitter of at most 0.05 per axis.
 */
export function communityCircle(
  nodes: readonly LayoutNode[],
  seed: number,
): { x: Float64Array; y: Float64Array } {
  const n = nodes.length;
  const random = randomMulberry32(seed);
  const order = nodes
    .map((node, i) => ({ node, i }))
    .sort((a, b) => a.node.community - b.node.community || a.i - b.i);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  order.forEach(({ i }, k) => {
    const angle = (2 * Math.PI * k) / n;
    x[i] = Math.cos(angle) + (random() - 0.5) * 0.1;
    y[i] = Math.sin(angle) + (random() - 0.5) * 0.1;
  });
  return { x, y };
}

/**
 * Fruchterman-Reingold for one connected set of nodes: they start on a circle ordered by
 * community with a seeded jitter and move for a fixed number of iterations with a cooling step
 * and a pull to the centre. Positions in [0, 1]², each axis filled.
 */
export function forceLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  seed: number,
  iterations: number,
): Positions {
  const n = nodes.length;
  if (n === 1) return new Map([[nodes[0]!.id, { x: 0.5, y: 0.5 }]]);
  const { x, y } = communityCircle(nodes, seed);
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const edges = links
    .map((l) => [index.get(l.source), index.get(l.target), Math.min(l.weight, 3)] as const)
    .filter(
      (e): e is readonly [number, number, number] => e[0] !== undefined && e[1] !== undefined,
    );
  const k = Math.sqrt(4 / n);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = 0.25;
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = x[i]! - x[j]!;
        let ddy = y[i]! - y[j]!;
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 1e-9) {
          ddx = 1e-3 * (((i * 7 + j) % 5) - 2 || 1);
          ddy = 1e-3;
          d2 = ddx * ddx + ddy * ddy;
        }
        const f = (k * k) / d2;
        dx[i]! += ddx * f;
        dy[i]! += ddy * f;
        dx[j]! -= ddx * f;
        dy[j]! -= ddy * f;
      }
    }
    for (const [a, b, w] of edges) {
      const ddx = x[a]! - x[b]!;
      const ddy = y[a]! - y[b]!;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1e-6;
      const f = (d / k) * (1 + (w - 1) * 0.3);
      dx[a]! -= ddx * f;
      dy[a]! -= ddy * f;
      dx[b]! += ddx * f;
      dy[b]! += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i]! -= x[i]! * k * 0.5;
      dy[i]! -= y[i]! * k * 0.5;
      const d = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1e-9;
      const step = Math.min(d, temperature);
      x[i]! += (dx[i]! / d) * step;
      y[i]! += (dy[i]! / d) * step;
    }
    temperature = Math.max(0.003, temperature * 0.98);
  }
  return fisheyeUnitSquare(nodes, x, y);
}

/**
 * The finish of a component's layout: a square-root fisheye around the centre (dense cores open
 * up, far outliers come closer), then each axis scaled to [0, 1] (an axis without extent sits in
 * the middle). `x` and `y` are changed in place.
 */
export function fisheyeUnitSquare(
  nodes: readonly LayoutNode[],
  x: Float64Array,
  y: Float64Array,
): Positions {
  const n = nodes.length;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += x[i]! / n;
    cy += y[i]! / n;
  }
  let rmax = 0;
  for (let i = 0; i < n; i++) rmax = Math.max(rmax, Math.hypot(x[i]! - cx, y[i]! - cy));
  if (rmax > 0)
    for (let i = 0; i < n; i++) {
      const r = Math.hypot(x[i]! - cx, y[i]! - cy);
      const scale = r > 0 ? Math.sqrt(r / rmax) * (rmax / r) : 0;
      x[i] = cx + (x[i]! - cx) * scale;
      y[i] = cy + (y[i]! - cy) * scale;
    }
  const span = (v: Float64Array) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const a of v) {
      lo = Math.min(lo, a);
      hi = Math.max(hi, a);
    }
    return { lo, size: hi - lo };
  };
  const sx = span(x);
  const sy = span(y);
  return new Map(
    nodes.map((node, i) => [
      node.id,
      {
        x: sx.size > 1e-9 ? (x[i]! - sx.lo) / sx.size : 0.5,
        y: sy.size > 1e-9 ? (y[i]! - sy.lo) / sy.size : 0.5,
      },
    ]),
  );
}

/**
 * A deterministic layout of a network in a `width` x `height` box: the largest connected component
 * by a seeded force-directed layout in the main area, the smaller components side by side in a
 * strip of at most four rows below it (each laid out the same way in its own cell). The same input
 * and seed give the same positions.
 *
 * @example
 * networkLayout(nodes, links, { width: 480, height: 280 }).get('ut'); // { x: 241.3, y: 118.9 }
 */
export function networkLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  box: { width: number; height: number; seed?: number; margin?: number },
): Positions {
  const out: Positions = new Map();
  if (nodes.length === 0) return out;
  const seed = box.seed ?? 1;
  const margin = box.margin ?? 12;
  const [main = [], ...rest] = components(nodes, links);
  const inner = (group: readonly LayoutNode[]) => {
    const ids = new Set(group.map((g) => g.id));
    return links.filter((l) => ids.has(l.source) && ids.has(l.target));
  };
  const place = (
    group: readonly LayoutNode[],
    area: { x: number; y: number; w: number; h: number },
    s: number,
  ) => {
    const positions = forceLayout(group, inner(group), s, group.length > 60 ? 150 : 250);
    // At most 1.6 times wider than high, centred.
    const w = Math.min(area.w, area.h * 1.6);
    const x0 = area.x + (area.w - w) / 2;
    for (const [id, p] of positions) out.set(id, { x: x0 + p.x * w, y: area.y + p.y * area.h });
  };
  const usable = box.width - 2 * margin;
  const perRowWanted = Math.max(1, Math.floor(usable / 64));
  const rows = Math.min(4, Math.ceil(rest.length / perRowWanted));
  const perRow = rows ? Math.ceil(rest.length / rows) : 1;
  const cell = Math.min(64, usable / perRow);
  const rowHeight = 40;
  const strip = rows * rowHeight;
  place(main, { x: margin, y: margin, w: usable, h: box.height - strip - 2 * margin }, seed);
  rest.forEach((group, i) => {
    const row = Math.floor(i / perRow);
    const col = i - row * perRow;
    place(
      group,
      {
        x: margin + col * cell + 8,
        y: box.height - margin - strip + row * rowHeight + 8,
        w: Math.max(cell - 16, 4),
        h: rowHeight - 16,
      },
      seed + i + 1,
    );
  });
  return out;
}
