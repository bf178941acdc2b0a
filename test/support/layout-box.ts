import { expect } from 'vitest';

/** Asserts that every laid-out point lies inside the box from (0, 0) to (width, height). */
export function expectInsideBox(
  positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
  width: number,
  height: number,
): void {
  for (const p of positions.values()) {
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.x).toBeLessThanOrEqual(width);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.y).toBeLessThanOrEqual(height);
  }
}
