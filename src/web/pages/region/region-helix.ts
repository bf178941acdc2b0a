import { ApiError } from '../../api/client.js';
import type { Helix, HelixCounts } from '../../api/types.js';
import { HELIX_COLOURS, HELIX_ROLES, helixLabelKey } from '../../app/helix-roles.js';
import { barChart } from '../../charts/bar-chart.js';
import { formatNumber, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { dataTable } from '../../ui/data-table.js';
import { h, type Child } from '../../ui/dom.js';
import { chartFigure } from '../../ui/figure.js';
import { unavailable } from '../../ui/notice.js';
import {
  hasNoPlacedOrganisations,
  noPlacedOrganisations,
} from '../../ui/no-placed-organisations.js';
import { sourceDetails } from '../../ui/source-details.js';
import { coverageSentence, dataAgeWarning, notMeasured } from '../../ui/measure-status.js';

/**
 * Topic 1, cooperation: the helix composition of the region's actors and participations, and
 * the synergy T with its interval and configurations; a note where it cannot be measured, and
 * where no organisation is placed in the region, that (once) instead of counts that are all 0.
 */
export function helixFigures(helix: Helix | ApiError, name: string): Child {
  if (helix instanceof ApiError) return unavailable(t('region.helix'), helix);
  if (hasNoPlacedOrganisations(helix)) return noPlacedOrganisations(helix, name, 'region');
  if (!helix.available || !helix.composition || !helix.configurations || helix.projects === null)
    return [notMeasured(t('region.helix'), helix), coverageSentence(helix)];
  const projects = helix.projects;
  const roles = HELIX_ROLES;
  const actors = helix.composition.actors;
  const parts = helix.composition.participations;
  const totalActors = roles.reduce((sum, r) => sum + (actors[r] ?? 0), 0);
  const composition = chartFigure({
    title: t('region.helix.composition', { name }),
    alt: t('region.helix.composition.alt', {
      actors: formatNumber(totalActors),
      roles: roles.map((r) => `${t(helixLabelKey(r))} ${formatNumber(actors[r] ?? 0)}`).join(', '),
    }),
    chart: h(
      'div',
      { class: 'rk-twin-bars' },
      h('p', { class: 'rk-twin-bars__title' }, t('region.helix.actors')),
      roleBars(actors),
      h('p', { class: 'rk-twin-bars__title' }, t('region.helix.participations')),
      roleBars(parts),
    ),
    table: dataTable({
      caption: t('region.helix.composition', { name }),
      columns: [
        {
          label: t('helix.role'),
          rowHeader: true,
          cell: (r: (typeof roles)[number]) => t(helixLabelKey(r)),
        },
        {
          label: t('region.helix.actors'),
          numeric: true,
          value: (r) => actors[r] ?? 0,
          cell: (r) => formatNumber(actors[r] ?? 0),
        },
        {
          label: t('region.helix.participations'),
          numeric: true,
          value: (r) => parts[r] ?? 0,
          cell: (r) => formatNumber(parts[r] ?? 0),
        },
      ],
      rows: roles,
    }),
    source: helix.source ?? null,
    testId: 'helix-composition',
  });

  const tValue = helix.t_millibits;
  const ci = helix.t_ci95_millibits;
  const configurations = Object.entries(helix.configurations);
  const synergy = h(
    'div',
    { class: 'rk-figure rk-keyfigure', 'data-testid': 'helix-t' },
    h('h3', { class: 'utrecht-heading-3' }, t('region.t.heading')),
    tValue === null
      ? tNotMeasured(helix, projects)
      : [
          h(
            'p',
            { class: 'rk-keyfigure__value' },
            h(
              'span',
              { 'data-testid': 't-value' },
              `T = ${formatNumber(tValue, 1)} ${t('unit.millibits')}`,
            ),
          ),
          ci
            ? h(
                'p',
                { class: 'rk-keyfigure__interval' },
                t('region.t.interval', { lo: formatNumber(ci[0], 1), hi: formatNumber(ci[1], 1) }),
              )
            : null,
          h(
            'p',
            { class: 'utrecht-paragraph', 'data-testid': 't-explanation' },
            explainT(tValue, ci, projects),
          ),
        ],
    leftOut(helix.projects_without_helix_role),
    h(
      'details',
      { class: 'rk-figure__table' },
      h('summary', null, t('region.t.configurations')),
      dataTable({
        caption: t('region.t.configurations'),
        columns: [
          {
            label: t('region.t.configuration'),
            rowHeader: true,
            cell: ([k]: [string, number]) => configurationLabel(k),
          },
          {
            label: t('region.t.projects'),
            numeric: true,
            value: ([, v]) => v,
            cell: ([, v]) => formatNumber(v),
          },
        ],
        rows: configurations,
      }),
    ),
    sourceDetails(helix.source ?? null),
  );
  const counted = h(
    'p',
    { class: 'rk-small', 'data-testid': 'helix-counted' },
    t('region.helix.counted', { name }),
  );
  return [composition, counted, synergy, coverageSentence(helix), dataAgeWarning(helix.period)];
}

/**
 * The region's projects left out of the helix count (none of their participants here is from
 * business, research, education or government); nothing when there are none.
 */
function leftOut(projects: number | null): HTMLElement | null {
  if (!projects) return null;
  return h(
    'p',
    { class: 'utrecht-paragraph rk-small', 'data-testid': 'helix-left-out' },
    projects === 1
      ? t('region.t.leftOut.one')
      : t('region.t.leftOut.other', { projects: formatNumber(projects) }),
  );
}

/** Why T is null: "not measured" with the server's reason, or that there are too few projects. */
function tNotMeasured(helix: Helix, projects: number): HTMLElement {
  const why = helix.not_measured.find((m) => m.measure === 't_millibits');
  if (!why)
    return h(
      'p',
      { class: 'utrecht-paragraph' },
      t('region.t.none', { projects: formatNumber(projects) }),
    );
  return h(
    'div',
    { 'data-testid': 't-not-measured', 'data-reason': why.reason_code },
    h('p', { class: 'rk-keyfigure__value' }, t('region.t.notMeasured')),
    h('p', { class: 'utrecht-paragraph rk-small' }, sentence(why.reason)),
  );
}

/** A reason as a sentence of its own: its first letter capitalised, a full stop at the end. */
function sentence(reason: string): string {
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}${reason.endsWith('.') ? '' : '.'}`;
}

/** One bar per helix role, in the role's colour; a role without a count is 0. */
function roleBars(counts: HelixCounts): HTMLElement {
  return barChart({
    bars: HELIX_ROLES.map((r) => ({
      label: t(helixLabelKey(r)),
      value: counts[r] ?? 0,
      display: formatNumber(counts[r] ?? 0),
      colour: HELIX_COLOURS[r],
    })),
  });
}

/** What T means in plain words, with the interval taken into account. */
export function explainT(
  value: number,
  ci: readonly [number, number] | null,
  projects: number,
): string {
  const base = t('region.t.projectsBase', { projects: formatNumber(projects) });
  if (ci && ci[0] <= 0 && ci[1] >= 0) return `${base} ${t('region.t.explain.uncertain')}`;
  if (value < 0) return `${base} ${t('region.t.explain.synergy')}`;
  if (value > 0) return `${base} ${t('region.t.explain.none')}`;
  return `${base} ${t('region.t.explain.zero')}`;
}

function configurationLabel(key: string): string {
  const letters: Record<string, MessageKey> = { U: 'helix.U', I: 'helix.I', G: 'helix.G' };
  return `${key}: ${key
    .split('')
    .map((c) => (letters[c] ? t(letters[c]!) : c))
    .join(' + ')}`;
}
