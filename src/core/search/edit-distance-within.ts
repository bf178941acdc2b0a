/**
 * The edit distance between `a` and `b` (insertions, deletions, substitutions and swaps of two
 * neighbouring characters, each one edit: the optimal-string-alignment distance), or null when it
 * exceeds `max`. Bounded, so comparing a query with thousands of names costs little: the work
 * stops as soon as every cell of a row is beyond `max`.
 *
 * @example
 * editDistanceWithin('twnte', 'twente', 1); // 1
 * editDistanceWithin('mnuchen', 'munchen', 1); // 1 (a swap)
 * editDistanceWithin('twente', 'drenthe', 1); // null
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null;
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return null;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length]!;
  return distance <= max ? distance : null;
}
