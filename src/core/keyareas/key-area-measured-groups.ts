/**
 * The key areas a classification can tell apart. `units` are the distinct ways activity is
 * classified (one weight vector per programme part, topic or hand-set project classification:
 * key area -> weight). Two key areas that receive weight in the same units in the same proportion
 * (every unit giving A weight gives B `c` times that weight, with one `c` for all units) cannot be
 * told apart by any measure built on these units: their columns would always be proportional and
 * their location quotients identical. Such key areas form one group, measured as one column.
 *
 * Groups follow the order of `keyAreas` (a group sits where its first member sits, and lists its
 * members in that order). A key area that no unit classifies into is a group of its own: it is not
 * measured at all, which is a different thing from being measured together with another.
 *
 * @example
 * const units = [
 *   new Map([['agri-food', 0.6], ['horticulture', 0.2], ['water', 0.2]]), // SC2
 *   new Map([['water', 0.5], ['chemistry', 0.5]]), // SC5
 * ];
 * keyAreaMeasuredGroups(['agri-food', 'horticulture', 'water', 'chemistry'], units);
 * // [['agri-food', 'horticulture'], ['water'], ['chemistry']]
 */
export function keyAreaMeasuredGroups<K extends string>(
  keyAreas: readonly K[],
  units: readonly ReadonlyMap<K, number>[],
  tolerance = 1e-9,
): K[][] {
  const vectors = keyAreas.map((k) => units.map((u) => u.get(k) ?? 0));
  const groups: { members: K[]; vector: readonly number[] }[] = [];
  keyAreas.forEach((k, i) => {
    const vector = vectors[i] ?? [];
    const group = vector.some((w) => w > 0)
      ? groups.find((g) => proportional(g.vector, vector, tolerance))
      : undefined;
    if (group) group.members.push(k);
    else groups.push({ members: [k], vector });
  });
  return groups.map((g) => g.members);
}

/** True when b = c·a for one c > 0 (both non-zero somewhere), within a relative tolerance. */
function proportional(a: readonly number[], b: readonly number[], tolerance: number): boolean {
  const sumA = a.reduce((s, v) => s + v, 0);
  const sumB = b.reduce((s, v) => s + v, 0);
  if (!(sumA > 0) || !(sumB > 0)) return false;
  const c = sumB / sumA;
  return a.every((v, i) => Math.abs((b[i] ?? 0) - c * v) <= tolerance * Math.max(1, c * v));
}
