import { countryName as countryNameIn } from '../../services/analytics/measure-status.js';
import type { DossierBlock } from '../dossier-blocks.js';
import type { DossierModel } from '../dossier-model.js';
import type { MessageKey, Texts } from '../i18n.js';

/** The name of the region's country in the dossier's language. */
function countryName(model: DossierModel, x: Texts): string {
  return countryNameIn(model.region.country, x.lang);
}

/** Why topics 1 and 2 cannot be measured for the region, in words; null when they can. */
export function notMeasuredText(model: DossierModel, x: Texts): string | null {
  const m = model.measurement;
  if (m.available || m.reason_code === null) return null;
  return x.t('measure.unavailable', {
    reason: x.t(`measure.reason.${m.reason_code}` as MessageKey, {
      country: countryName(model, x),
      deepest: m.coverage.deepest_level ?? 0,
      level: m.coverage.level,
    }),
  });
}

/** The paragraph that replaces a topic's figures when they cannot be measured. */
export function notMeasuredBlock(text: string): DossierBlock {
  return { kind: 'paragraph', tone: 'empty', text };
}

/** A figure that is known once the region is measured (the sections check that first). */
export function measured<T>(value: T | null): T {
  if (value === null) throw new Error('a measured figure is missing from the dossier model');
  return value;
}

/** The coverage of the placed participations and the projects' years, in sentences. */
export function coverageText(model: DossierModel, x: Texts): string {
  const c = model.measurement.coverage;
  const country = countryName(model, x);
  const pct = (share: number | null) =>
    share === null ? x.t('value.unknown') : x.percent(share, 0);
  const parts: string[] = [];
  if (c.level === 0)
    parts.push(
      x.t('sources.coverage.country', { count: x.number(c.placed_participations), country }),
    );
  else if (c.placed_participations === 0)
    parts.push(
      x.t('sources.coverage.none', {
        count: x.number(c.unplaced_participations),
        country,
        level: c.level,
        business:
          c.unplaced_participations > 0
            ? x.percent(c.unplaced_business_participations / c.unplaced_participations, 0)
            : x.percent(0, 0),
      }),
    );
  else {
    parts.push(
      x.t('sources.coverage.placed', {
        share: pct(c.placed_share),
        contribution: pct(c.placed_contribution_share),
        country,
        level: c.level,
      }),
    );
    if (c.unplaced_participations > 0)
      parts.push(
        x.t('sources.coverage.unplaced', {
          count: x.number(c.unplaced_participations),
          business: x.percent(c.unplaced_business_participations / c.unplaced_participations, 0),
        }),
      );
  }
  const p = model.measurement.period;
  if (p) parts.push(x.t('sources.period', { first: p.first_year, last: p.last_year }));
  return parts.join(' ');
}

/**
 * Whether the region is measured yet the data place no organisation in it: its counts are then
 * all 0 and say nothing about it (its organisations may be among the unplaced participations).
 */
export function hasNoPlacedOrganisations(model: DossierModel): boolean {
  return model.measurement.available && model.measurement.coverage.region_organisations === 0;
}

/**
 * That no organisation in CORDIS is placed in the region, and how many of the country's
 * participations could not be placed in a region; null when some organisation is placed.
 */
export function noPlacedText(model: DossierModel, x: Texts): string | null {
  if (!hasNoPlacedOrganisations(model)) return null;
  const c = model.measurement.coverage;
  const name = x.name(model.region.name);
  const country = countryName(model, x);
  const total = c.placed_participations + c.unplaced_participations;
  const coverage =
    c.unplaced_participations > 0
      ? x.t('placement.none.unplaced', {
          total: x.number(total),
          country,
          unplaced: x.number(c.unplaced_participations),
          share: x.percent(c.unplaced_participations / total, 0),
          name,
        })
      : x.t('placement.none.allPlaced', { total: x.number(total), country, name });
  return `${x.t('placement.none', { name })} ${coverage}`;
}
