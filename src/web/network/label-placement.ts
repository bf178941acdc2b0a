/** A node of the picture that may carry a label: its centre and radius in the picture's units. */
export interface LabelNode {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** A label placed on the picture: where its text is anchored, and the box it covers. */
export interface PlacedLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** left, top, right, bottom in the picture's units. */
  readonly box: readonly [number, number, number, number];
  /** A line x1, y1, x2, y2 from the node to a label set away from it; null beside its node. */
  readonly leader: readonly [number, number, number, number] | null;
}

/** Room kept around a label, in the picture's units: its white halo, and a little air. */
const PAD = 4;

/**
 * How wide a text is drawn in bold at `font` units, estimated generously (wide capitals, narrow
 * punctuation) so that two labels estimated apart are apart on screen in any sans-serif font.
 *
 * @example labelWidth('MOBIDOT BV', 26) // about 190
 */
export function labelWidth(text: string, font: number): number {
  let em = 0;
  for (const c of text) {
    if (c === ' ') em += 0.34;
    else if (/[.,:;'’!|…]/.test(c)) em += c === '…' ? 1 : 0.38;
    else if (/[iljIft()[\]\-/]/.test(c)) em += 0.42;
    else if (/[MWmw@%]/.test(c)) em += 1.02;
    else if (/[A-Z0-9&]/.test(c)) em += 0.8;
    else em += 0.66;
  }
  return em * font;
}

/** Whether two boxes (left, top, right, bottom) share any area. */
function boxesMeet(
  a: readonly [number, number, number, number],
  b: readonly [number, number, number, number],
): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Whether a box comes within `pad` of a circle. */
function boxMeetsCircle(
  box: readonly [number, number, number, number],
  c: { readonly x: number; readonly y: number; readonly r: number },
  pad: number,
): boolean {
  const nx = Math.min(Math.max(c.x, box[0]), box[2]);
  const ny = Math.min(Math.max(c.y, box[1]), box[3]);
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < (c.r + pad) ** 2;
}

/**
 * Labels for the nodes, in the order given (the most central first), at most `limit`: each is
 * tried right of its node, left of it, above, below and at the four corners, first beside the
 * circle and then a step further out each time (up to three steps, then with a leader line back
 * to the node), and takes the first place that stays inside the picture and covers no other label
 * and no node; a node with no such place goes unlabelled, so that every label shown can be read
 * and no node is hidden behind one.
 *
 * @example
 * placeLabels([{ text: 'A', x: 100, y: 100, r: 10 }], { size: 800, font: 26, limit: 8 })
 * // [{ text: 'A', x: 114, y: 100, anchor: 'start', box: [114, 84.4, 134.8, 115.6], leader: null }]
 */
export function placeLabels(
  nodes: readonly LabelNode[],
  options: { readonly size: number; readonly font: number; readonly limit: number },
): PlacedLabel[] {
  const { size, font, limit } = options;
  const half = font * 0.6;
  const placed: PlacedLabel[] = [];
  for (const node of nodes) {
    if (placed.length === limit) break;
    const width = labelWidth(node.text, font);
    const free = candidates(node, width, half, font).find(
      (label) =>
        label.box[0] >= PAD &&
        label.box[1] >= PAD &&
        label.box[2] <= size - PAD &&
        label.box[3] <= size - PAD &&
        !placed.some((p) => boxesMeet(grow(label.box), p.box)) &&
        !nodes.some((other) => boxMeetsCircle(label.box, other, PAD / 2)),
    );
    if (free) placed.push(free);
  }
  return placed;
}

/** The places a node's label may take, nearest first: the sides, then the corners, step by step. */
function candidates(node: LabelNode, width: number, half: number, font: number): PlacedLabel[] {
  const all: PlacedLabel[] = [];
  for (const step of [0, 1, 2, 3]) {
    const gap = node.r + PAD + step * font;
    const corner = (node.r + PAD) * Math.SQRT1_2 + step * font;
    const places: [number, number, PlacedLabel['anchor']][] = [
      [node.x + gap, node.y, 'start'],
      [node.x - gap, node.y, 'end'],
      [node.x, node.y - gap - half, 'middle'],
      [node.x, node.y + gap + half, 'middle'],
      [node.x + corner, node.y - corner - half, 'start'],
      [node.x + corner, node.y + corner + half, 'start'],
      [node.x - corner, node.y - corner - half, 'end'],
      [node.x - corner, node.y + corner + half, 'end'],
    ];
    for (const [x, y, anchor] of places) {
      const label = at(node.text, x, y, anchor, width, half);
      all.push(step === 0 ? label : { ...label, leader: leader(node, label.box) });
    }
  }
  return all;
}

/** A line from the circle's edge to the nearest point of the label's box. */
function leader(
  node: LabelNode,
  box: readonly [number, number, number, number],
): PlacedLabel['leader'] {
  const tx = Math.min(Math.max(node.x, box[0]), box[2]);
  const ty = Math.min(Math.max(node.y, box[1]), box[3]);
  const d = Math.hypot(tx - node.x, ty - node.y) || 1;
  return [node.x + ((tx - node.x) * node.r) / d, node.y + ((ty - node.y) * node.r) / d, tx, ty];
}

function at(
  text: string,
  x: number,
  y: number,
  anchor: PlacedLabel['anchor'],
  width: number,
  half: number,
): PlacedLabel {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { text, x, y, anchor, box: [left, y - half, left + width, y + half], leader: null };
}

function grow(
  box: readonly [number, number, number, number],
): readonly [number, number, number, number] {
  return [box[0] - PAD, box[1] - PAD, box[2] + PAD, box[3] + PAD];
}
