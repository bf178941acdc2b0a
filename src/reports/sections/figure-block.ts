import { CHART_WIDTH, type DossierBlock, type DossierTable } from '../dossier-blocks.js';

/** What every chart of the dossier is drawn with: its figure's id and title, the charts' width. */
export interface ChartHead {
  readonly id: string;
  readonly title: string;
  readonly width: number;
}

/**
 * A figure of the dossier: the chart `draw` makes with the figure's id, its title and the width
 * of the charts, captioned with that title, and the table that gives the same figures.
 *
 * @example figureBlock('network', 'Network of Twente', (head) => networkPicture({ ...head, nodes }), table)
 */
export function figureBlock(
  id: string,
  title: string,
  draw: (head: ChartHead) => string,
  table: DossierTable | null,
): DossierBlock {
  return {
    kind: 'figure',
    figure: { id, svg: draw({ id, title, width: CHART_WIDTH }), caption: title, table },
  };
}
