/**
 * The number of classes of every choropleth in the application (home, the map page): quantiles
 * with five classes, see docs/methods.md, "Map classes".
 */
export const MAP_CLASS_COUNT = 5;

/**
 * Class breaks for a choropleth: `classes` classes with about equally many regions in each
 * (quantiles), returned as the upper bounds of all but the last class, without duplicates.
 * `classBreaks([1, 2, 3, 4, 5, 6], 3)` is `[2, 4]`.
 */
export function classBreaks(values: readonly number[], classes: number): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0 || classes < 2) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const position = (k * sorted.length) / classes;
    const value = sorted[Math.min(sorted.length - 1, Math.ceil(position) - 1)]!;
    if (value < sorted.at(-1)! && (breaks.length === 0 || value > breaks.at(-1)!))
      breaks.push(value);
  }
  return breaks;
}

/** The class (0-based) of a value: the first break it does not exceed. */
export function classOf(value: number, breaks: readonly number[]): number {
  const index = breaks.findIndex((b) => value <= b);
  return index === -1 ? breaks.length : index;
}

/**
 * Sequential blues from light to dark (ColorBrewer Blues), one per class; the darker classes keep
 * 3:1 contrast against the light ones and against white borders.
 */
export const SEQUENTIAL_BLUES: readonly (readonly string[])[] = [
  [],
  ['#6baed6'],
  ['#c6dbef', '#2171b5'],
  ['#deebf7', '#6baed6', '#08519c'],
  ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
  ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
];

/** The colours for a number of classes (1 to 5). */
export function classColours(count: number): readonly string[] {
  return SEQUENTIAL_BLUES[Math.max(1, Math.min(5, count))]!;
}
