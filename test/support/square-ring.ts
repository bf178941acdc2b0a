/** The closed ring of a square with its lower-left corner at (x, y), wound anticlockwise. */
export const squareRing = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
