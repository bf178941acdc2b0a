/** Indicators: the list with years and levels, and one indicator's values per level and year. */
import { Type, type Static } from 'typebox';
import {
  Named,
  NullableNumber,
  NullableString,
  Nullable,
  pageQueryProperties,
  Source,
  closed,
} from './common.js';
import { CountryCode, NutsLevel } from './regions.js';

/** An indicator's names, its unit in words and the concept it belongs to. */
const labelProperties = {
  name_nl: Type.String({ description: 'The indicator in words, in Dutch' }),
  name_en: Type.String({ description: 'The indicator in words, in English' }),
  unit: Type.String({ description: "The unit's code (Eurostat's, e.g. PC_GDP)" }),
  unit_nl: Type.String({ description: 'The unit in words, in Dutch' }),
  unit_en: Type.String({ description: 'The unit in words, in English' }),
  concept: Type.String({
    description: 'Shared by every id that is the same indicator from another file, unit or version',
  }),
};

/** An indicator's unit in words and the concept it belongs to (one per indicator, whatever file). */
export const IndicatorLabelled = Type.Object(labelProperties, closed);
export type IndicatorLabelled = Static<typeof IndicatorLabelled>;

/** An indicator with the years and NUTS levels that hold values, labelled for readers. */
export const Indicator = Type.Object(
  {
    id: Type.String(),
    ...labelProperties,
    group: Type.String({ description: 'The theme: rd, patents, science, education, ...' }),
    group_nl: Type.String(),
    group_en: Type.String(),
    order: Type.Integer({ description: 'Sort key: themes in order, then indicators' }),
    preference: Type.Integer({
      description: "0 for the concept's preferred source, higher for the others",
    }),
    source_nl: Nullable(Type.String(), { description: 'The dataset or file, in Dutch' }),
    source_en: Nullable(Type.String(), { description: 'The dataset or file, in English' }),
    aggregation: Type.String(),
    years: Type.Array(Type.Integer()),
    levels: Type.Array(Type.Integer()),
    dataset: NullableString,
  },
  closed,
);
export type Indicator = Static<typeof Indicator>;

/** One region's value of an indicator in one year. */
export const IndicatorValue = Type.Object(
  {
    region: Type.String(),
    ...Named.properties,
    value: NullableNumber,
    flags: NullableString,
  },
  closed,
);
export type IndicatorValue = Static<typeof IndicatorValue>;

/** The values of one indicator for one NUTS level and year, with the source of the figures. */
export const IndicatorValues = Type.Object(
  {
    indicator: Type.String(),
    ...labelProperties,
    level: Type.Integer(),
    country: NullableString,
    year: Nullable(Type.Integer()),
    years: Type.Array(Type.Integer()),
    source: Source,
    values: Type.Array(IndicatorValue),
  },
  closed,
);
export type IndicatorValues = Static<typeof IndicatorValues>;

// What clients send.

/** The indicator list is short: one page of up to 1000 by default. */
export const IndicatorListQuery = Type.Object(
  { ...pageQueryProperties, limit: Type.Integer({ ...pageQueryProperties.limit, default: 1000 }) },
  closed,
);

export const IndicatorParam = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 120 }) },
  closed,
);

/** A year of figures. */
export const Year = Type.Integer({ minimum: 1900, maximum: 2100 });

export const IndicatorValuesQuery = Type.Object(
  {
    level: Type.Integer({ ...NutsLevel, default: 2 }),
    year: Type.Optional(Year),
    country: Type.Optional(CountryCode),
  },
  closed,
);
