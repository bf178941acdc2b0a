import type { DossierBlock, DossierItem, DossierTable } from '../dossier-blocks.js';
import type { MessageKey, Texts } from '../i18n.js';

/** A message prefix with a `.heading` and a `.none` text: the name of a part (`similar`, `stars`...). */
export type PartKey = {
  [K in MessageKey]: K extends `${infer P}.heading`
    ? `${P}.none` extends MessageKey
      ? P
      : never
    : never;
}[MessageKey];

/** The paragraph that stands where a part of a section has nothing to show. */
export function emptyBlock(text: string): DossierBlock {
  return { kind: 'paragraph', tone: 'empty', text };
}

/**
 * A part of a section: its heading, then what `blocks` shows when `shown`, else the paragraph
 * `none`.
 *
 * @example part('Funds', funds.length > 0, 'No funds known.', () => [listItems(funds, fundItem)])
 */
export function part(
  heading: string,
  shown: boolean,
  none: string,
  blocks: () => readonly DossierBlock[],
): DossierBlock[] {
  return [{ kind: 'heading', text: heading }, ...(shown ? blocks() : [emptyBlock(none)])];
}

/** A table captioned `caption`, one row per entry of `list`. */
export function listTable<T>(
  caption: string,
  columns: DossierTable['columns'],
  list: readonly T[],
  row: (entry: T) => readonly string[],
): DossierBlock {
  return { kind: 'table', table: { caption, columns, rows: list.map((entry) => row(entry)) } };
}

/** A list of items, one per entry of `list`. */
export function listItems<T>(list: readonly T[], item: (entry: T) => DossierItem): DossierBlock {
  return { kind: 'items', items: list.map((entry) => item(entry)) };
}

/** The labelled lines of an item, leaving out those without a text. */
export function itemLines(
  lines: readonly (readonly [label: string, text: string | null | undefined])[],
): DossierItem['lines'] {
  return lines.flatMap(([label, text]) => (text ? [{ label, text }] : []));
}

/**
 * A part that shows a list as one table captioned as the part is headed (`<key>.heading`), after
 * an optional lead paragraph; the paragraph `<key>.none` (with `params`) when the list is empty.
 */
export function tablePart<T>(
  x: Texts,
  key: PartKey,
  params: Readonly<Record<string, string | number>>,
  table: {
    readonly lead?: string;
    readonly columns: DossierTable['columns'];
    readonly list: readonly T[];
    readonly row: (entry: T) => readonly string[];
  },
): DossierBlock[] {
  const heading = x.t(`${key}.heading`);
  const lead: DossierBlock[] =
    table.lead === undefined ? [] : [{ kind: 'paragraph', text: table.lead }];
  return part(heading, table.list.length > 0, x.t(`${key}.none`, params), () => [
    ...lead,
    listTable(heading, table.columns, table.list, table.row),
  ]);
}
