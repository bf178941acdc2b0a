/** A position [longitude, latitude] in degrees. */
export type Position = readonly [number, number];

/**
 * Douglas-Peucker simplification of a line or ring: keeps the points that lie farther than
 * `tolerance` (in degrees) from the simplified shape. First and last points are always kept,
 * so a closed ring stays closed. A ring never drops below four points.
 *
 * @example simplifyLine([[0, 0], [1, 0.001], [2, 0]], 0.01) // [[0, 0], [2, 0]]
 */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  const n = points.length;
  if (n <= 4 || tolerance <= 0) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let worst = -1;
    let worstDistance = t2;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistanceSquared(points[i]!, points[from]!, points[to]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([from, worst], [worst, to]);
    }
  }
  const out = points.filter((_, i) => keep[i] === 1);
  return out.length >= 4 ? out : points.slice();
}

function segmentDistanceSquared(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  let t = length2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}
