import { referenceName } from '../../../domain/reference-name.js';
import { ApiError } from '../../api/client.js';
import type { MeasureStatus, RegionDetail } from '../../api/types.js';
import { HELIX_ROLES, helixLabelKey } from '../../app/helix-roles.js';
import { formatMeasured, formatNumber, formatPercent, lang, nameOf, t } from '../../i18n/i18n.js';
import { h, type Child } from '../../ui/dom.js';
import { hasNoPlacedOrganisations } from '../../ui/no-placed-organisations.js';
import { groupText, isMeasured, type MeasuredIndex } from '../region/region-index.js';
import { columnName, missingCell, scoreCell, type CompareColumn } from './compare-column.js';
import type { CompareNotes } from './compare-notes.js';

/**
 * A row of a comparison table: its label and the cell it shows for each region; a missing value's
 * cell gives its reasons to the table's notes.
 */
export type CompareRow = [string, (c: CompareColumn, notes: CompareNotes) => Child];

/** A figure the loaded data cannot measure for the region: "n/a", with the server's reason. */
function notAvailableCell(status: MeasureStatus, notes: CompareNotes): HTMLElement {
  return notes.cell(
    h('abbr', { title: t('measure.na.full') }, t('measure.na')),
    [status.reason],
    'not-available-cell',
  );
}

/** A measure the region's data do not define: "not measured" with the server's reasons, else "–". */
function notMeasuredCell(reasons: readonly string[], notes: CompareNotes): Child {
  return reasons.length ? notes.cell(t('measure.notMeasured'), reasons, 'not-measured-value') : '–';
}

/**
 * A count or measure of a region where the data place no organisation: "not measured", with that
 * one reason for all of the region's topic 1 and 2 cells (its zeros would say nothing).
 */
function noPlacedCell(c: CompareColumn, notes: CompareNotes): Child {
  return notMeasuredCell([t('placement.none', { name: columnName(c) })], notes);
}

/** A cell of the index rows: the figure where the region has an index, else why not. */
function measuredIndexCell(
  cell: (index: MeasuredIndex) => Child,
): (c: CompareColumn, notes: CompareNotes) => Child {
  return (c, notes) => {
    if (c.index instanceof ApiError) return missingCell(c.index, notes);
    if (!isMeasured(c.index)) return notes.cell(t('value.none'), [c.index.reason], 'index-none');
    return cell(c.index);
  };
}

/**
 * How many spearheads a region has registered itself, or "not registered" with the profile's
 * sentence on hover: no registration is no count, not 0 (a province's spearheads may be its COROP
 * areas').
 */
function spearheadsCell(region: RegionDetail): Child {
  if (region.spearheads.length > 0) return formatNumber(region.spearheads.length);
  return h(
    'span',
    {
      class: 'rk-missing',
      title: t('region.spearheads.none', { name: nameOf(region) }),
      'data-testid': 'spearheads-none',
    },
    t('compare.spearheads.none'),
  );
}

/** The years and the reference set of a column's figures, or why they are not available. */
export function basisCell(c: CompareColumn, keyAreas: boolean, notes: CompareNotes): Child {
  const figures = keyAreas ? c.keyAreas : c.helix;
  if (figures instanceof ApiError) return missingCell(figures, notes);
  if (!figures.available)
    return notes.cell(t('measure.na.full'), [figures.reason], 'not-available-basis');
  if (hasNoPlacedOrganisations(figures)) return noPlacedCell(c, notes);
  const p = figures.period;
  const years = p ? { first: p.first_year, last: p.last_year } : null;
  if (keyAreas && 'reference' in figures)
    return years
      ? t('compare.basis.keyareas', {
          ...years,
          reference: referenceName(figures.reference, lang()),
        })
      : t('compare.basis.none');
  const coverage = figures.coverage;
  const placed = t('compare.basis.value', {
    first: years?.first ?? '–',
    last: years?.last ?? '–',
    level: coverage.level,
    country: coverage.country,
    share: coverage.placed_share === null ? '–' : formatPercent(coverage.placed_share, 0),
  });
  return years ? placed : t('compare.basis.none');
}

/** Topic 1: projects, synergy T and actors per helix role, and the basis of the figures. */
export function helixRows(): CompareRow[] {
  return [
    [
      t('region.t.projects'),
      (c, notes) =>
        c.helix instanceof ApiError
          ? missingCell(c.helix, notes)
          : hasNoPlacedOrganisations(c.helix)
            ? noPlacedCell(c, notes)
            : c.helix.projects === null
              ? notAvailableCell(c.helix, notes)
              : formatNumber(c.helix.projects),
    ],
    [
      t('compare.t'),
      (c, notes) =>
        c.helix instanceof ApiError
          ? missingCell(c.helix, notes)
          : !c.helix.available
            ? notAvailableCell(c.helix, notes)
            : hasNoPlacedOrganisations(c.helix)
              ? noPlacedCell(c, notes)
              : c.helix.t_millibits === null
                ? notMeasuredCell(
                    c.helix.not_measured
                      .filter((m) => m.measure === 't_millibits')
                      .map((m) => m.reason),
                    notes,
                  )
                : `${formatNumber(c.helix.t_millibits, 1)}${c.helix.t_ci95_millibits ? ` [${formatNumber(c.helix.t_ci95_millibits[0], 1)}; ${formatNumber(c.helix.t_ci95_millibits[1], 1)}]` : ''}`,
    ],
    ...HELIX_ROLES.map(
      (role) =>
        [
          t('compare.actors', { role: t(helixLabelKey(role)) }),
          (c: CompareColumn, notes: CompareNotes) =>
            c.helix instanceof ApiError
              ? missingCell(c.helix, notes)
              : hasNoPlacedOrganisations(c.helix)
                ? noPlacedCell(c, notes)
                : c.helix.composition === null
                  ? notAvailableCell(c.helix, notes)
                  : formatNumber(c.helix.composition.actors[role]),
        ] as CompareRow,
    ),
    [t('compare.basis'), (c, notes) => basisCell(c, false, notes)],
  ];
}

/** Topic 2: the location quotient of every key area any of the regions has. */
export function keyAreaRows(columns: readonly CompareColumn[]): CompareRow[] {
  const keyAreaIds: { id: string; label: string }[] = [];
  for (const c of columns) {
    if (c.keyAreas instanceof ApiError) continue;
    for (const a of c.keyAreas.areas) {
      if (!keyAreaIds.some((k) => k.id === a.key_area))
        keyAreaIds.push({ id: a.key_area, label: nameOf(a) });
    }
  }
  return keyAreaIds.map((k) => [
    t('compare.lq', { area: k.label }),
    (c, notes) => {
      if (c.keyAreas instanceof ApiError) return missingCell(c.keyAreas, notes);
      if (!c.keyAreas.available) return notAvailableCell(c.keyAreas, notes);
      if (hasNoPlacedOrganisations(c.keyAreas)) return noPlacedCell(c, notes);
      const area = c.keyAreas.areas.find((a) => a.key_area === k.id);
      const lq = area?.lq;
      // A null LQ's reason is the row's note (no activity, no national total ...).
      return lq === null || lq === undefined
        ? notMeasuredCell(area?.note ? [area.note] : [], notes)
        : scoreCell(formatNumber(lq, 2), Math.min(1, lq / 2), lq >= 1);
    },
  ]);
}

/** Topic 3: spearheads, the index with its edition, group and ranks, and every indicator's score. */
export function indexRows(
  columns: readonly CompareColumn[],
  indicatorName: (id: string) => string,
): CompareRow[] {
  const indicatorIds = [
    ...new Set(
      columns.flatMap((c) =>
        c.index instanceof ApiError ? [] : c.index.indicators.map((i) => i.id),
      ),
    ),
  ];
  return [
    [
      t('region.spearheads.short'),
      (c, notes) =>
        c.region instanceof ApiError ? missingCell(c.region, notes) : spearheadsCell(c.region),
    ],
    [
      t('compare.index.computedFor'),
      (c, notes) =>
        c.index instanceof ApiError
          ? missingCell(c.index, notes)
          : (c.index.computed_for ?? c.index.region),
    ],
    [
      t('compare.index.edition'),
      measuredIndexCell((i) => {
        const edition = i.edition ?? i.year;
        return i.mode === 'year'
          ? t('compare.index.year.value', { year: i.year, of: i.of })
          : t('compare.index.edition.value', {
              edition,
              from: edition - (i.lag ?? 0),
              to: edition,
              of: i.of,
            });
      }),
    ],
    [
      t('region.index.value'),
      measuredIndexCell((i) => scoreCell(formatNumber(i.index, 3), i.index)),
    ],
    [t('region.index.relative'), measuredIndexCell((i) => formatMeasured(i.relative, 1))],
    [t('region.index.group'), measuredIndexCell((i) => groupText(i.group, i.band))],
    [
      t('region.index.rankRange'),
      measuredIndexCell((i) =>
        t('region.index.rankRange.value', { best: i.rank_range[0], worst: i.rank_range[1] }),
      ),
    ],
    ...indicatorIds.map(
      (id) =>
        [
          t('compare.score', { indicator: indicatorName(id) }),
          (c: CompareColumn, notes: CompareNotes) => {
            if (c.index instanceof ApiError) return missingCell(c.index, notes);
            const found = c.index.indicators.find((i) => i.id === id);
            if (!found) return '–';
            const year = found.year == null ? '' : ` (${found.year})`;
            return found.score === null
              ? notes.cell(t('value.none'), [found.score_reason], 'index-score-none')
              : scoreCell(`${formatNumber(found.score, 2)}${year}`, found.score);
          },
        ] as CompareRow,
    ),
  ];
}
