/**
 * Topic 2: a region's activity, share of the national total and location quotient per key area
 * (GET /api/regions/:code/keyareas), and the query pieces of every figure by key area.
 */
import { Type, type Static } from 'typebox';
import { Nullable, NullableNumber, NullableString, Source, StringEnum, closed } from './common.js';
import { coveredProperties, langQuery } from './measure-status.js';

/** What a key area's activity is counted in. */
export const KeyAreaMeasure = StringEnum(['participations', 'ec_contribution', 'organisations']);
export type KeyAreaMeasure = Static<typeof KeyAreaMeasure>;

/** `taxonomy`, `measure`, `limit` and `lang` of the figures by key area, all optional. */
export const keyAreaQueryProperties = {
  taxonomy: Type.Optional(
    Type.String({ description: 'key-area taxonomy id (default topsectoren-2011)' }),
  ),
  measure: Type.Optional(KeyAreaMeasure),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  lang: Type.Optional(langQuery),
};

export const KeyAreasQuery = Type.Object(
  {
    taxonomy: keyAreaQueryProperties.taxonomy,
    measure: keyAreaQueryProperties.measure,
    reference: Type.Optional(
      Type.String({
        description: 'reference area for the LQ: a region code, or ALL (default: the country)',
      }),
    ),
    lang: keyAreaQueryProperties.lang,
  },
  closed,
);
export type KeyAreasQuery = Static<typeof KeyAreasQuery>;

const keyAreaNames = {
  key_area: Type.String(),
  code: Type.String(),
  name_nl: Type.String(),
  name_en: Type.String(),
};

/** A key area as the taxonomy names it. */
export const KeyAreaMember = Type.Object(keyAreaNames, closed);

/** One measured row: a key area, or several the classification cannot tell apart. */
export const KeyAreaRow = Type.Object(
  {
    ...keyAreaNames,
    value: NullableNumber,
    share_of_national: NullableNumber,
    lq: NullableNumber,
    note: Nullable(Type.String(), {
      description:
        'why share or LQ is null, when one is; or which key areas are measured together; in the language asked for',
    }),
    not_measured: Type.Array(
      Type.Object(
        {
          measure: StringEnum(['share_of_national', 'lq']),
          reason_code: StringEnum([
            'no-classified-activity',
            'no-placed-organisations',
            'reference-key-area-zero',
            'reference-total-zero',
            'region-total-zero',
          ]),
          reason: Type.String({ description: 'why it is null, in the language asked for' }),
        },
        closed,
      ),
      {
        description:
          'the share and LQ of this row that are null although the region is measured, each with its reason; empty when both are measured or the region is not (`reason` says why)',
      },
    ),
    members: Type.Array(KeyAreaMember, {
      description:
        'the key areas measured in this row: one, or several the classification cannot tell apart',
    }),
  },
  closed,
);
export type KeyAreaRow = Static<typeof KeyAreaRow>;

const UnclassifiedActivity = Type.Object(
  { value: NullableNumber, share: NullableNumber, note: NullableString },
  {
    description:
      'activity in projects classified into no key area (ERC, MSCA, SME instrument ...), with its share of all the region’s activity',
    ...closed,
  },
);

/**
 * A region's figures per key area; values are null when the region cannot be measured or no
 * organisation is placed in it (`coverage.region_organisations` 0; each row's note says so).
 */
export const KeyAreas = Type.Object(
  {
    region: Type.String(),
    ...coveredProperties,
    country: Type.String(),
    taxonomy: Type.String(),
    classification: StringEnum(['legal_basis', 'programme_part'], {
      description:
        "what the projects are classified by: CORDIS's legal-basis and topic codes (project file loaded) or programme parts",
    }),
    measure: KeyAreaMeasure,
    unit: Type.String(),
    reference: Type.String(),
    region_total: NullableNumber,
    areas: Type.Array(KeyAreaRow),
    unclassified: UnclassifiedActivity,
    source: Source,
  },
  closed,
);
export type KeyAreas = Static<typeof KeyAreas>;
