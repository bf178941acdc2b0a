import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels, type LabelNode, type PlacedLabel } from './label-placement.js';

const OPTIONS = { size: 800, font: 26, limit: 8 } as const;

const meet = (a: PlacedLabel['box'], b: PlacedLabel['box']) =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

const onCircle = (box: PlacedLabel['box'], c: LabelNode) => {
  const nx = Math.min(Math.max(c.x, box[0]), box[2]);
  const ny = Math.min(Math.max(c.y, box[1]), box[3]);
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < c.r ** 2;
};

/** A hub with a ring of small nodes close around it, and a few nodes further out. */
function crowded(): LabelNode[] {
  const ring = Array.from({ length: 16 }, (_, i) => ({
    text: `PARTNER ${i + 1} BV`,
    x: 400 + 60 * Math.cos((i * Math.PI) / 8),
    y: 400 + 60 * Math.sin((i * Math.PI) / 8),
    r: 6,
  }));
  return [
    { text: 'UNIVERSITEIT TWENTE', x: 400, y: 400, r: 26 },
    ...ring,
    { text: 'STICHTING SAXION', x: 700, y: 120, r: 10 },
    { text: 'DEMCON ADVANCED MECHATRONICS', x: 780, y: 780, r: 8 },
  ];
}

describe('placeLabels', () => {
  it('puts a label right of its node when there is room', () => {
    const [label] = placeLabels([{ text: 'SOLMATES BV', x: 100, y: 100, r: 10 }], OPTIONS);
    expect(label).toMatchObject({ text: 'SOLMATES BV', x: 114, y: 100, anchor: 'start' });
    expect(label!.leader).toBeNull();
  });

  it('puts a label left of a node at the right-hand edge, inside the picture', () => {
    const [label] = placeLabels([{ text: 'SOLMATES BV', x: 780, y: 400, r: 10 }], OPTIONS);
    expect(label!.anchor).toBe('end');
    expect(label!.box[2]).toBeLessThanOrEqual(800);
  });

  it('places no label over another, over a circle or past the edge of a crowded picture', () => {
    const nodes = crowded();
    const labels = placeLabels(nodes, OPTIONS);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThanOrEqual(OPTIONS.limit);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1))
        expect(meet(a.box, b.box), `${a.text} | ${b.text}`).toBe(false);
      for (const node of nodes)
        expect(onCircle(a.box, node), `${a.text} on ${node.text}`).toBe(false);
      expect(a.box[0]).toBeGreaterThanOrEqual(0);
      expect(a.box[1]).toBeGreaterThanOrEqual(0);
      expect(a.box[2]).toBeLessThanOrEqual(OPTIONS.size);
      expect(a.box[3]).toBeLessThanOrEqual(OPTIONS.size);
    }
  });

  it('names the hub of a crowded picture away from its ring, with a line back to it', () => {
    const [hub] = placeLabels(crowded(), OPTIONS);
    expect(hub!.text).toBe('UNIVERSITEIT TWENTE');
    expect(hub!.leader).not.toBeNull();
    // The line starts on the hub's circle and ends on the label's box.
    const [x1, y1, x2, y2] = hub!.leader!;
    expect(Math.hypot(x1 - 400, y1 - 400)).toBeCloseTo(26, 5);
    expect(x2).toBeGreaterThanOrEqual(hub!.box[0]);
    expect(x2).toBeLessThanOrEqual(hub!.box[2]);
    expect(y2).toBeGreaterThanOrEqual(hub!.box[1]);
    expect(y2).toBeLessThanOrEqual(hub!.box[3]);
  });

  it('leaves a node unlabelled when its name fits nowhere, rather than cover something', () => {
    // Two nodes on top of each other in a picture too small for either name beside them.
    const labels = placeLabels(
      [
        { text: 'A LONG ORGANISATION NAME', x: 50, y: 50, r: 10 },
        { text: 'ANOTHER LONG NAME', x: 50, y: 50, r: 10 },
      ],
      { size: 100, font: 26, limit: 8 },
    );
    expect(labels).toEqual([]);
  });

  it('names at most `limit` nodes, the first ones given', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({
      text: `ORG ${i}`,
      x: 100,
      y: 40 + i * 60,
      r: 6,
    }));
    const labels = placeLabels(nodes, { ...OPTIONS, limit: 3 });
    expect(labels.map((l) => l.text)).toEqual(['ORG 0', 'ORG 1', 'ORG 2']);
  });
});

describe('labelWidth', () => {
  it('counts capitals wider than small letters, and grows with the font', () => {
    expect(labelWidth('SAXION', 26)).toBeGreaterThan(labelWidth('saxion', 26));
    expect(labelWidth('SAXION', 52)).toBeCloseTo(2 * labelWidth('SAXION', 26), 5);
  });
});
