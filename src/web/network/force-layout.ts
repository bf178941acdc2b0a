export interface LayoutNode {
  readonly id: string;
}

export interface LayoutLink {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A small seeded generator (mulberry32), so the same network is always drawn the same way. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Positions for a network drawing in the unit square [0, 1]², by the Fruchterman-Reingold
 * force-directed method: linked nodes pull together, all nodes push apart, with a cooling
 * temperature and a weak pull to the centre so that separate components stay in view.
 * Deterministic for the same input and seed. O(n²) per iteration: meant for up to a few hundred nodes.
 */
export function forceLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  options: { iterations?: number; seed?: number } = {},
): Map<string, Point> {
  const n = nodes.length;
  const random = mulberry32(options.seed ?? 42);
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = random();
    y[i] = random();
  }
  const edges = links.flatMap((l) => {
    const a = index.get(l.source);
    const b = index.get(l.target);
    return a === undefined || b === undefined || a === b
      ? []
      : [[a, b, Math.log2(1 + l.weight)] as const];
  });
  const k = Math.sqrt(1 / Math.max(1, n));
  const iterations = options.iterations ?? 300;
  let temperature = 0.1;
  const cool = temperature / (iterations + 1);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = x[i]! - x[j]!;
        let ey = y[i]! - y[j]!;
        let d2 = ex * ex + ey * ey;
        if (d2 < 1e-9) {
          ex = (random() - 0.5) * 1e-3;
          ey = (random() - 0.5) * 1e-3;
          d2 = ex * ex + ey * ey;
        }
        const force = (k * k) / d2;
        dx[i]! += ex * force;
        dy[i]! += ey * force;
        dx[j]! -= ex * force;
        dy[j]! -= ey * force;
      }
    }
    for (const [a, b, w] of edges) {
      const ex = x[a]! - x[b]!;
      const ey = y[a]! - y[b]!;
      const d = Math.sqrt(ex * ex + ey * ey) || 1e-6;
      const force = (d * w) / k;
      dx[a]! -= ex * force;
      dy[a]! -= ey * force;
      dx[b]! += ex * force;
      dy[b]! += ey * force;
    }
    for (let i = 0; i < n; i++) {
      dx[i]! += (0.5 - x[i]!) * k * 2;
      dy[i]! += (0.5 - y[i]!) * k * 2;
      const length = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1e-9;
      const move = Math.min(length, temperature);
      x[i]! += (dx[i]! / length) * move;
      y[i]! += (dy[i]! / length) * move;
    }
    temperature -= cool;
  }
  // Scale into the unit square with a margin.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const positions = new Map<string, Point>();
  nodes.forEach((node, i) => {
    positions.set(node.id, {
      x: 0.05 + 0.9 * ((x[i]! - minX) / spanX),
      y: 0.05 + 0.9 * ((y[i]! - minY) / spanY),
    });
  });
  return positions;
}
