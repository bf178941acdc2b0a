import type { HelixRole } from '../../core/helix-role.js';
import { networkLayout } from './network-layout.js';
import { c, PALETTE, svgDocument, text, type SvgFrame } from './svg.js';
import { fitText, textWidth } from './text-width.js';

export interface NetworkPictureInput extends Omit<SvgFrame, 'height'> {
  readonly height: number;
  readonly nodes: readonly {
    readonly id: string;
    readonly label: string;
    readonly role: HelixRole;
    readonly community: number;
    /** Drawn size grows with it (e.g. the degree). */
    readonly weight: number;
    /** Print the label beside the node. */
    readonly labelled: boolean;
  }[];
  readonly links: readonly { source: string; target: string; weight: number }[];
  /** Legend text per helix role, e.g. { business: 'Business', … }. */
  readonly roleLabels: Readonly<Record<HelixRole, string>>;
  readonly emptyLabel: string;
  readonly seed?: number;
}

/** Colour and shape per helix role: the shape carries the role too, so colour is not needed. */
const ROLE_STYLE: Readonly<Record<HelixRole, { fill: string; shape: string }>> = {
  business: { fill: PALETTE.primary, shape: 'circle' },
  research: { fill: PALETTE.accent, shape: 'square' },
  education: { fill: PALETTE.positive, shape: 'triangle' },
  government: { fill: '#a64b00', shape: 'diamond' },
  other: { fill: '#595959', shape: 'cross' },
};

const LEGEND = 20;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlaps(a: Box, b: Box, pad: number): boolean {
  return (
    a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad
  );
}

function mark(role: HelixRole, x: number, y: number, r: number): string {
  const { fill, shape } = ROLE_STYLE[role];
  const stroke = 'stroke="#ffffff" stroke-width="0.8"';
  switch (shape) {
    case 'square':
      return `<rect x="${c(x - r * 0.88)}" y="${c(y - r * 0.88)}" width="${c(r * 1.76)}" height="${c(r * 1.76)}" fill="${fill}" ${stroke}/>`;
    case 'triangle':
      return `<polygon points="${c(x)},${c(y - r * 1.15)} ${c(x + r * 1.05)},${c(y + r * 0.75)} ${c(x - r * 1.05)},${c(y + r * 0.75)}" fill="${fill}" ${stroke}/>`;
    case 'diamond':
      return `<polygon points="${c(x)},${c(y - r * 1.2)} ${c(x + r * 1.2)},${c(y)} ${c(x)},${c(y + r * 1.2)} ${c(x - r * 1.2)},${c(y)}" fill="${fill}" ${stroke}/>`;
    case 'cross': {
      const a = r * 0.4;
      const b = r * 1.1;
      return `<polygon points="${[
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ]
        .map(([dx, dy]) => `${c(x + dx!)},${c(y + dy!)}`)
        .join(' ')}" fill="${fill}" ${stroke}/>`;
    }
    default:
      return `<circle cx="${c(x)}" cy="${c(y)}" r="${c(r)}" fill="${fill}" ${stroke}/>`;
  }
}

/**
 * The collaboration network as a picture: organisations placed by a seeded force layout, links
 * thicker with more shared projects, each organisation's helix role shown by colour and shape
 * (legend below), size by weight, and the most central organisations named.
 *
 * @example
 * networkPicture({ id: 'net', title: 'Network', description: '…', width: 480, height: 320,
 *   nodes: [...], links: [...], roleLabels: { business: 'Business', … }, emptyLabel: 'No links' });
 */
export function networkPicture(input: NetworkPictureInput): string {
  const body: string[] = [];
  const plotHeight = input.height - LEGEND - 6;
  if (input.nodes.length === 0) {
    body.push(text(input.width / 2, plotHeight / 2, input.emptyLabel, { anchor: 'middle' }));
  } else {
    const layout = networkLayout(input.nodes, input.links, {
      width: input.width,
      height: plotHeight,
      seed: input.seed ?? 1,
    });
    const maxWeight = Math.max(...input.nodes.map((n) => n.weight), 1);
    const radius = (w: number) => 3 + 5 * Math.sqrt(w / maxWeight);
    const at = (id: string) => layout.get(id) ?? { x: input.width / 2, y: plotHeight / 2 };
    for (const link of input.links) {
      const a = at(link.source);
      const b = at(link.target);
      body.push(
        `<line x1="${c(a.x)}" y1="${c(a.y)}" x2="${c(b.x)}" y2="${c(b.y)}" stroke="#8c8c8c" stroke-width="${c(0.6 + Math.min(link.weight, 5) * 0.5)}"/>`,
      );
    }
    // Boxes already taken (nodes, then labels), so labels do not cover each other.
    const taken: Box[] = input.nodes.map((node) => {
      const p = at(node.id);
      const r = radius(node.weight);
      return { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r };
    });
    for (const node of input.nodes) {
      const p = at(node.id);
      body.push(mark(node.role, p.x, p.y, radius(node.weight)));
    }
    for (const node of input.nodes.filter((n) => n.labelled)) {
      const p = at(node.id);
      const label = fitText(node.label, 130, 8);
      const w = textWidth(label, 8) + 2;
      const r = radius(node.weight) + 2;
      const right = { x: p.x + r, y: p.y - 5, w, h: 10 };
      const left = { x: p.x - r - w, y: p.y - 5, w, h: 10 };
      // Labels point away from the middle of the picture first.
      const candidates: Box[] = [
        ...(p.x >= input.width / 2 ? [right, left] : [left, right]),
        { x: p.x - w / 2, y: p.y - r - 10, w, h: 10 },
        { x: p.x - w / 2, y: p.y + r, w, h: 10 },
        { x: p.x + r, y: p.y - 15, w, h: 10 },
        { x: p.x + r, y: p.y + 5, w, h: 10 },
        { x: p.x - r - w, y: p.y - 15, w, h: 10 },
        { x: p.x - r - w, y: p.y + 5, w, h: 10 },
      ].filter((b) => b.x >= 0 && b.x + b.w <= input.width && b.y >= 0 && b.y + b.h <= plotHeight);
      const free = candidates.find((b) => !taken.some((t) => overlaps(t, b, 0)));
      // No free place: the name stays in the table only.
      const box = free;
      if (!box) continue;
      taken.push(box);
      body.push(
        `<rect x="${c(box.x)}" y="${c(box.y)}" width="${c(box.w)}" height="10" fill="#ffffff" fill-opacity="0.85"/>`,
        text(box.x + 1, box.y + 7.5, label, { size: 8 }),
      );
    }
  }
  // Legend: shape, colour and name of each role.
  let lx = 0;
  const ly = input.height - LEGEND / 2;
  for (const role of Object.keys(ROLE_STYLE) as HelixRole[]) {
    body.push(mark(role, lx + 6, ly - 3, 4.5));
    body.push(text(lx + 14, ly + 1, input.roleLabels[role], { size: 9 }));
    lx += 24 + textWidth(input.roleLabels[role], 9);
  }
  return svgDocument(input, body);
}
