/** What the downloads accept: the querystrings of the GeoJSON, table and file exports. */
import { Type, type Static } from 'typebox';
import { RegionCode, closed } from './common.js';
import { IndicatorParam, Year } from './indicators.js';
import { CountryCode, MapScale, NutsLevel } from './regions.js';

const country = Type.String({
  ...CountryCode,
  description: 'only the regions of this country, e.g. NL',
});
const allowEmpty = Type.Boolean({
  description:
    'send the file even when every value is missing; otherwise such an export is a 404 problem naming the years with values',
});
const region = Type.String({
  ...RegionCode,
  description:
    'only the organisations located in this region or a region below it (NUTS codes nest by prefix), e.g. NL21 or NL213',
});

/** GET /api/export/regions.geojson: one indicator in one year on the regions of a level. */
export const RegionsGeoJsonQuery = Type.Object(
  {
    indicator: Type.String({
      ...IndicatorParam.properties.id,
      description: 'indicator id (GET /api/indicators lists them)',
    }),
    year: Type.Optional(
      Type.Integer({
        ...Year,
        description: 'year of the values (default: the latest with a value)',
      }),
    ),
    level: Type.Optional(
      Type.Integer({ ...NutsLevel, default: 2, description: 'NUTS level (default 2)' }),
    ),
    country: Type.Optional(country),
    scale: Type.Optional(
      Type.Unsafe<Static<typeof MapScale>>({
        ...MapScale,
        description: 'map scale of the boundaries (default per level)',
      }),
    ),
    tolerance: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'simplification tolerance in degrees (default per level; 0 = as stored)',
      }),
    ),
    allow_empty: Type.Optional(allowEmpty),
  },
  closed,
);

/** GET /api/export/indicators.<format>: indicator values as a table. */
export const IndicatorTableQuery = Type.Object(
  {
    indicator: Type.String({
      minLength: 1,
      maxLength: 2000,
      description: 'indicator id, or several separated by commas (GET /api/indicators lists them)',
    }),
    level: Type.Optional(
      Type.Integer({ ...NutsLevel, description: 'NUTS level (default: every level)' }),
    ),
    country: Type.Optional(country),
    allow_empty: Type.Optional(allowEmpty),
  },
  closed,
);

/** GET /api/export/actors.<format> and participations.<format>: organisations of a region. */
export const OrganisationTableQuery = Type.Object({ region: Type.Optional(region) }, closed);

/** Any query an export takes, as the routes hand it on. */
export type ExportQuery = Partial<
  Static<typeof RegionsGeoJsonQuery> &
    Static<typeof IndicatorTableQuery> &
    Static<typeof OrganisationTableQuery>
>;

/** `:file` of an export that is not known: answered with a problem naming the exports. */
export const ExportFileParam = Type.Object({ file: Type.String() });
