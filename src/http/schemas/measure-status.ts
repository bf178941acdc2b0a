/**
 * What region figures from placed participations say about their own coverage: whether the figure
 * is measured and why not, how much of the country's participations the data places, and the
 * projects' years. Shared by the analytics and the links routes.
 */
import { Type, type Static } from 'typebox';
import { Nullable, StringEnum, closed } from './common.js';

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
    StringEnum(['no_participations', 'country_level_only', 'coarser_than_region']),
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
