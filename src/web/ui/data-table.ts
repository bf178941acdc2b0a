import { h, uid, type Child } from './dom.js';

export interface Column<T> {
  readonly label: string;
  /** A short second line under the label (a weight, a unit), in small type. */
  readonly labelNote?: string;
  readonly numeric?: boolean;
  /** The row header column (th scope=row). */
  readonly rowHeader?: boolean;
  readonly cell: (row: T) => Child;
}

/**
 * An accessible table in NL Design System style, in a container that scrolls sideways on narrow
 * screens (and can be scrolled with the keyboard).
 */
export function dataTable<T>(options: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  captionHidden?: boolean;
  testId?: string;
  /** An extra class on the table, for a page's own column widths. */
  className?: string;
}): HTMLDivElement {
  const captionId = uid('caption');
  const table = h(
    'table',
    {
      class: `utrecht-table rk-table${options.className ? ` ${options.className}` : ''}`,
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
                  },
                  c.cell(row),
                ),
          ),
        ),
      ),
    ),
  );
  return h(
    'div',
    {
      class: 'utrecht-table-container rk-table-scroll',
      role: 'region',
      tabindex: 0,
      'aria-labelledby': captionId,
    },
    table,
  );
}
