/** A4 in points, and the margins of the text area. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
export const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BOTTOM = PAGE.height - MARGIN.bottom;

/** The three standard PDF fonts the dossier uses (none embedded). */
export const FONT = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
} as const;
/** The dossier's colours. */
export const COLOUR = {
  text: '#1a1a1a',
  heading: '#154273',
  muted: '#4d4d4d',
  rule: '#bfbfbf',
  fill: '#eef3f8',
};
