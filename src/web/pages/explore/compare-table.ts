import { href } from '../../app/router.js';
import { t } from '../../i18n/i18n.js';
import { h } from '../../ui/dom.js';
import { withScrollCue } from '../../ui/scroll-cue.js';
import { columnName, type CompareColumn } from './compare-column.js';
import { compareNotes } from './compare-notes.js';
import type { CompareRow } from './compare-rows.js';

/**
 * One topic of the comparison as a table: a row per measure, a column per region, each region's
 * header with its link and a link that takes it out (`without` gives that address), and under the
 * table the reasons of the values it lacks, each once, numbered as the cells refer to them.
 */
export function compareTable(
  topic: 1 | 2 | 3,
  rows: readonly CompareRow[],
  columns: readonly CompareColumn[],
  without: (code: string) => string,
): HTMLElement {
  const header = (c: CompareColumn) =>
    h(
      'th',
      { class: 'utrecht-table__header-cell', scope: 'col' },
      h('a', { class: 'utrecht-link', href: href(`/regio/${c.code}`) }, columnName(c)),
      h('br'),
      h(
        'a',
        {
          class: 'utrecht-link rk-small',
          href: without(c.code),
          'aria-label': t('compare.remove.label', { name: columnName(c) }),
        },
        t('compare.remove'),
      ),
    );
  const notes = compareNotes(topic);
  // The cells are made first, row by row: their reasons are numbered in reading order.
  const body = h(
    'tbody',
    { class: 'utrecht-table__body' },
    rows.map(([label, cell]) =>
      h(
        'tr',
        { class: 'utrecht-table__row' },
        h('th', { class: 'utrecht-table__header-cell', scope: 'row' }, label),
        columns.map((c) =>
          h('td', { class: 'utrecht-table__cell utrecht-table__cell--numeric' }, cell(c, notes)),
        ),
      ),
    ),
  );
  return withColumnCount(
    h(
      'section',
      { class: 'rk-topic', 'aria-labelledby': `compare-topic-${topic}` },
      h(
        'h2',
        { class: 'utrecht-heading-2 rk-topic__heading', id: `compare-topic-${topic}` },
        h('span', { class: 'rk-topic__number' }, String(topic)),
        t(`topic.${topic}`),
      ),
      withScrollCue(
        h(
          'div',
          {
            class: 'utrecht-table-container rk-table-scroll',
            role: 'region',
            tabindex: 0,
            'aria-labelledby': `compare-topic-${topic}`,
          },
          h(
            'table',
            {
              class: 'utrecht-table rk-table rk-compare',
              'data-testid': `compare-topic-${topic}`,
            },
            h(
              'caption',
              { class: 'utrecht-table__caption rk-visually-hidden' },
              t(`topic.${topic}`),
            ),
            h(
              'thead',
              { class: 'utrecht-table__header' },
              h(
                'tr',
                { class: 'utrecht-table__row' },
                h(
                  'th',
                  { class: 'utrecht-table__header-cell', scope: 'col' },
                  t('compare.measure'),
                ),
                columns.map(header),
              ),
            ),
            body,
          ),
        ),
      ),
      notes.list(),
    ),
    columns.length,
  );
}

/** Tells the stylesheet how many region columns a comparison table has (its width on phones). */
function withColumnCount(section: HTMLElement, count: number): HTMLElement {
  section
    .querySelector<HTMLElement>('.rk-compare')
    ?.style.setProperty('--rk-columns', String(count));
  return section;
}
