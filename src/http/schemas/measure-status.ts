/**
 * What region figures from placed participations say about their own coverage: whether the figure
 * is measured and why not, how much of the country's participations the data places, and the
 * projects' years. Shared by the analytics and the links routes.
 */
import { Type, type Static } from 'typebox';
import { Nullable, StringEnum, closed } from './common.js';
import { HELIX_SYNERGY_UNDEFINED_REASONS } from '../../core/helix/helix-synergy-undefined.js';
import { NETWORK_UNDEFINED_REASONS } from '../../core/network/network-undefined-measures.js';
import { NO_PLACED_ORGANISATIONS } from '../../core/placement/region-measurability.js';

/** `lang` of a figure: the language of `reason` and `coverage.note`. */
export const langQuery = StringEnum(['en', 'nl'], {
  description: 'language of `reason` and `coverage.note` (default en)',
});
export type TextLang = Static<typeof langQuery>;

/** `available`, `reason_code`, `reason`: whether the figure is measured, and why not. */
export const measureStatusProperties = {
  available: Type.Boolean({
    description:
      'false when the loaded data cannot measure the region (its counts are then null, not 0)',
  }),
  reason_code: Nullable(
    StringEnum([
      'no_participations',
      'country_level_only',
      'coarser_than_region',
      NO_PLACED_ORGANISATIONS,
    ]),
    {
      description:
        'why not: the data cannot measure the region, or (similar regions, partners, cluster stars, built on its key-area activity) no organisation is placed in it',
    },
  ),
  reason: Nullable(Type.String(), { description: 'why it is not available, in words' }),
};

/** Whether a region figure is measured; when not, why (in the language asked for). */
export const MeasureStatus = Type.Object(measureStatusProperties, closed);
export type MeasureStatus = Static<typeof MeasureStatus>;

/** How much of the country's participations the data places at the region's level. */
export const coverageSchema = Type.Object(
  {
    country: Type.String(),
    level: Type.Integer(),
    deepest_level: Nullable(Type.Integer()),
    placed_participations: Type.Integer(),
    unplaced_participations: Type.Integer(),
    unplaced_business_participations: Type.Integer(),
    placed_share: Nullable(Type.Number()),
    placed_contribution_share: Nullable(Type.Number()),
    region_organisations: Type.Integer({
      minimum: 0,
      description:
        'organisations the loaded data places in the region or a region inside it; 0: none is, so the region’s counts are no finding about it (its organisations may be among the unplaced participations)',
    }),
    note: Type.String(),
  },
  {
    description:
      "How much of the country's participations the loaded data places at the region's NUTS level or below",
    ...closed,
  },
);
export type Coverage = Static<typeof coverageSchema>;

const FigurePeriodObject = Type.Object(
  { first_year: Type.Integer(), last_year: Type.Integer() },
  closed,
);
/** First and last start year of the projects behind a figure. */
export type FigurePeriod = Static<typeof FigurePeriodObject>;

export const periodSchema = Nullable(FigurePeriodObject, {
  description: "first and last start year of the region's projects behind the figure",
});

/** Status, coverage and period: what topic 1 and 2 results carry. */
export const coveredProperties = {
  ...measureStatusProperties,
  coverage: coverageSchema,
  period: periodSchema,
};

/** What topic 1 and 2 figures carry: status, coverage and the projects' years. */
export const Covered = Type.Object(coveredProperties, closed);
export type Covered = Static<typeof Covered>;

/**
 * `not_measured`: the measures of a measured region that are null because its data do not define
 * them (too few projects or organisations, a helix that does not vary), each with its reason.
 * A measure never shows 0 in their place.
 */
export function notMeasuredSchema<Measure extends string>(measures: readonly Measure[]) {
  return Type.Array(
    Type.Object(
      {
        measure: StringEnum(measures),
        reason_code: StringEnum([
          NO_PLACED_ORGANISATIONS,
          ...HELIX_SYNERGY_UNDEFINED_REASONS,
          ...NETWORK_UNDEFINED_REASONS,
        ]),
        reason: Type.String({ description: 'why the measure is null, in the language asked for' }),
      },
      closed,
    ),
    {
      description:
        'measures that are null although the region is measured, because its data do not define them, each with the reason; empty when the region is not measured (`reason` says why)',
    },
  );
}
