/** A table with its caption; every chart has one with the same figures. */
export interface DossierTable {
  readonly caption: string;
  readonly columns: readonly {
    readonly label: string;
    readonly align?: 'left' | 'right';
    readonly width?: number;
  }[];
  readonly rows: readonly (readonly string[])[];
}

export interface DossierFigure {
  readonly id: string;
  /** The chart; its width and height attributes give its size in points. */
  readonly svg: string;
  readonly caption: string;
  readonly table: DossierTable | null;
}

/** One entry of a list of practices, funds or contact points: a title and labelled lines. */
export interface DossierItem {
  readonly title: string;
  readonly subtitle?: string;
  readonly lines: readonly { readonly label: string; readonly text: string }[];
}

export type DossierBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'lead' | 'note' | 'empty' }
  | {
      readonly kind: 'facts';
      readonly items: readonly { readonly label: string; readonly value: string }[];
    }
  | { readonly kind: 'figure'; readonly figure: DossierFigure }
  | { readonly kind: 'table'; readonly table: DossierTable }
  | { readonly kind: 'items'; readonly items: readonly DossierItem[] }
  | {
      readonly kind: 'source';
      readonly title: string;
      readonly lines: readonly { readonly label: string; readonly text: string }[];
    };

export interface DossierSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly DossierBlock[];
}

/** Width of the charts in points (A4 minus margins); the HTML scales them. */
export const CHART_WIDTH = 483;
