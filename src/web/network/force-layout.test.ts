import { describe, expect, it } from 'vitest';
import { expectInsideBox } from '../../../test/support/layout-box.js';
import { forceLayout } from './force-layout.js';

const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const links = [
  { source: 'a', target: 'b', weight: 3 },
  { source: 'b', target: 'c', weight: 1 },
  { source: 'd', target: 'e', weight: 1 },
];

describe('force layout', () => {
  it('places every node inside the unit square', () => {
    const positions = forceLayout(nodes, links);
    expect(positions.size).toBe(5);
    expectInsideBox(positions, 1, 1);
  });

  it('draws the same network the same way every time', () => {
    expect([...forceLayout(nodes, links, { seed: 3 })]).toEqual([
      ...forceLayout(nodes, links, { seed: 3 }),
    ]);
  });

  it('keeps linked nodes closer together than unlinked ones', () => {
    const p = forceLayout(nodes, links);
    const distance = (a: string, b: string) =>
      Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    expect(distance('a', 'b')).toBeLessThan(distance('a', 'e'));
  });

  it('ignores links to nodes it does not know', () => {
    expect(forceLayout([{ id: 'a' }], [{ source: 'a', target: 'x', weight: 1 }]).size).toBe(1);
  });
});
