import type { MethodText } from '../sources/method-text.js';
import type { AnalyticsCatalogue } from './analytics-catalogue.js';
import type { AnalyticsContext, AnalyticsInputs } from './analytics-context.js';
import type { Covered, Measured, Sourced } from './figure-shapes.js';
import { placedOrganisations } from './derived-data.js';
import { participationSource } from './figure-sources.js';
import { NO_PLACED_ORGANISATIONS } from '../../core/placement/region-measurability.js';
import {
  coverageStatement,
  measureStatus,
  type MeasureStatus,
  type TextLang,
} from './measure-status.js';
import { noPlacedReason } from './not-measured.js';
import { projectsPeriod, type RegionPlacement } from './region-placement.js';

/** What a region's figure is computed from: the analytics inputs and the region's placement. */
export interface RegionFigureInputs {
  readonly inputs: AnalyticsInputs;
  readonly placement: RegionPlacement;
}

/**
 * A region's figure kept under `key` and the catalogue's fingerprint; `compute` gets the analytics
 * inputs and the region's placement, read only when neither the memory nor the `figures` table
 * holds the figure.
 */
export function regionFigure<T>(
  context: AnalyticsContext,
  known: AnalyticsCatalogue,
  region: string,
  key: string,
  compute: (read: RegionFigureInputs) => Promise<T>,
): Promise<T> {
  return context.figure(key, known.fingerprint, async () => {
    const inputs = await context.inputs();
    return compute({ inputs, placement: await context.placement(inputs, region) });
  });
}

/** `figures` with the region's status, coverage and period (topic 1 and 2), in `lang`. */
export function withCoverage<T extends object>(
  figures: T,
  { inputs, placement }: RegionFigureInputs,
  region: string,
  lang: TextLang,
): T & Covered {
  const measured = placement.measurability.available;
  return {
    ...figures,
    ...measureStatus(placement, lang),
    coverage: coverageStatement(placement, lang, placedOrganisations(inputs.derived, region)),
    period: measured ? projectsPeriod(inputs.data, inputs.derived.projectsIn(region)) : null,
  };
}

/**
 * `figures` with the region's status in `lang` and the participations' source under `method`;
 * where the region cannot be measured, `notMeasured` replaces the lists it would hold. Such a
 * figure is built on the region's own activity (similar regions, partners, cluster stars): where
 * no organisation is placed in the region it is not measured either, with that reason, rather
 * than empty as if none had been found.
 */
export async function withMeasureStatus<T extends object>(
  context: AnalyticsContext,
  figures: T,
  notMeasured: Partial<T>,
  { inputs, placement }: RegionFigureInputs,
  region: string,
  lang: TextLang,
  method: MethodText,
): Promise<T & Measured & Sourced> {
  const status: MeasureStatus =
    placement.measurability.available && placedOrganisations(inputs.derived, region) === 0
      ? { available: false, reason_code: NO_PLACED_ORGANISATIONS, reason: noPlacedReason(lang) }
      : measureStatus(placement, lang);
  return {
    ...figures,
    ...(status.available ? {} : notMeasured),
    ...status,
    source: await participationSource(context, method),
  };
}

/** `figures` with the participations' source under `method`, and the region's coverage. */
export async function withSourceAndCoverage<T extends object>(
  context: AnalyticsContext,
  figures: T,
  read: RegionFigureInputs,
  region: string,
  lang: TextLang,
  method: MethodText,
): Promise<T & Sourced & Covered> {
  return withCoverage(
    { ...figures, source: await participationSource(context, method) },
    read,
    region,
    lang,
  );
}
