import { h, uid, type Child } from './dom.js';
import type { CsvTable, CsvValue } from './figure-csv.js';
import { withScrollCue } from './scroll-cue.js';

/** Each table's data for a CSV download: raw values where columns give them, else the text. */
const tableData = new WeakMap<Element, () => CsvTable>();

/** The data of a table made by `dataTable`, as a CSV table; undefined for any other element. */
export function dataTableCsv(element: Element): CsvTable | undefined {
  return tableData.get(element)?.();
}

export interface Column<T> {
  readonly label: string;
  /** A short second line under the label (a weight, a unit), in small type. */
  readonly labelNote?: string;
  readonly numeric?: boolean;
  /** The row header column (th scope=row). */
  readonly rowHeader?: boolean;
  readonly cell: (row: T) => Child;
  /**
   * The value in a CSV download: a number unformatted, null where absent. Without it the cell's
   * text is taken, so a numeric column should give one (its text is formatted for the language).
   */
  readonly value?: (row: T) => CsvValue;
}

/**
 * An accessible table in NL Design System style, in a container that scrolls sideways on narrow
 * screens (and can be scrolled with the keyboard), with a visible cue while it does.
 */
export function dataTable<T>(options: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  captionHidden?: boolean;
  testId?: string;
  /** An extra class on the table, for a page's own column widths. */
  className?: string;
  /**
   * On a phone, a row per block instead of a wide table: the row header on its own line, each
   * other cell after its column's name. For a table of few, short columns beside a long name.
   */
  stacked?: boolean;
}): HTMLDivElement {
  const classes = [
    'utrecht-table',
    'rk-table',
    options.className,
    options.stacked && 'rk-table--stacked',
  ];
  const captionId = uid('caption');
  const table = h(
    'table',
    {
      class: classes.filter(Boolean).join(' '),
      'aria-labelledby': captionId,
      'data-testid': options.testId,
    },
    h(
      'caption',
      {
        class: `utrecht-table__caption${options.captionHidden ? ' rk-visually-hidden' : ''}`,
        id: captionId,
      },
      options.caption,
    ),
    h(
      'thead',
      { class: 'utrecht-table__header' },
      h(
        'tr',
        { class: 'utrecht-table__row' },
        options.columns.map((c) =>
          h(
            'th',
            {
              class: `utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric' : ''}`,
              scope: 'col',
            },
            c.label,
            c.labelNote ? [' ', h('span', { class: 'rk-table__note' }, c.labelNote)] : null,
          ),
        ),
      ),
    ),
    h(
      'tbody',
      { class: 'utrecht-table__body' },
      options.rows.map((row) =>
        h(
          'tr',
          { class: 'utrecht-table__row' },
          options.columns.map((c) =>
            c.rowHeader
              ? h('th', { class: 'utrecht-table__header-cell', scope: 'row' }, c.cell(row))
              : h(
                  'td',
                  {
                    class: `utrecht-table__cell${c.numeric ? ' utrecht-table__cell--numeric' : ''}`,
                    // The column's name before the value when the table is stacked (CSS).
                    'data-label': options.stacked ? c.label : undefined,
                  },
                  c.cell(row),
                ),
          ),
        ),
      ),
    ),
  );
  const container = withScrollCue(
    h(
      'div',
      {
        class: 'utrecht-table-container rk-table-scroll',
        role: 'region',
        tabindex: 0,
        'aria-labelledby': captionId,
      },
      table,
    ),
  );
  tableData.set(container, () => ({
    columns: options.columns.map((c) => c.label),
    rows: options.rows.map((row) =>
      options.columns.map((c) => (c.value ? c.value(row) : cellText(c.cell(row)))),
    ),
  }));
  return container;
}

function cellText(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (Array.isArray(child)) return (child as readonly Child[]).map(cellText).join('');
  if (typeof child === 'string' || typeof child === 'number') return String(child);
  return (child as Node).textContent ?? '';
}
