import type { DataFile } from '../data-file.js';
import {
  CBS_LICENCE,
  EC_LICENCE,
  gisco,
  GISCO_LICENCE,
  GISCO_NUTS,
  mirrorOnly,
} from './manifest-entries.js';

/*
 * Eurostat GISCO's files: NUTS boundaries (and the CBS boundaries the mirror keeps beside them)
 * and TERCET postcode tables.
 */

export const GEO: readonly DataFile[] = [
  ...[0, 1, 2, 3].map((level) =>
    gisco(
      `NUTS_RG_60M_2021_4326_LEVL_${level}.geojson`,
      `NUTS 2021 regions of level ${level}, 1:60 million, WGS84`,
    ),
  ),
  gisco(
    'NUTS_LB_2021_4326_LEVL_2.geojson',
    'NUTS 2021 label points of level 2 (one point per region), WGS84',
  ),
  ...[2, 3].map((level) =>
    gisco(
      `NUTS_RG_20M_2021_4326_LEVL_${level}.geojson`,
      `NUTS 2021 regions of level ${level}, 1:20 million, WGS84 (the mirror's copy lacks NO0B Svalbard)`,
    ),
  ),
  ...[2, 3].map((level) =>
    mirrorOnly(
      `geo/NUTS_RG_03M_2021_4326_LEVL_${level}.geojson.gz`,
      'Eurostat GISCO',
      GISCO_LICENCE,
      `NUTS 2021 regions of level ${level}, 1:3 million, WGS84, gzipped copy`,
      { publisherEquivalents: [`geo/NUTS_RG_03M_2021_4326_LEVL_${level}.geojson`] },
    ),
  ),
  ...[2, 3].map((level): DataFile => ({
    path: `geo/NUTS_RG_03M_2021_4326_LEVL_${level}.geojson`,
    url: `${GISCO_NUTS}/NUTS_RG_03M_2021_4326_LEVL_${level}.geojson`,
    inMirror: false,
    publisher: 'Eurostat GISCO',
    licence: GISCO_LICENCE,
    description: `NUTS 2021 regions of level ${level}, 1:3 million, WGS84 (the publisher's uncompressed file)`,
  })),
  ...[2, 3].map((level) =>
    mirrorOnly(
      `geo/NL_NUTS_RG_03M_2021_4326_LEVL_${level}.geojson`,
      'Eurostat GISCO',
      GISCO_LICENCE,
      `Derived: the Dutch regions of level ${level} (1:3 million) cut from the GISCO file`,
      { publisherEquivalents: [`geo/NUTS_RG_03M_2021_4326_LEVL_${level}.geojson`] },
    ),
  ),
  ...(
    [
      ['provincie', 'provinces (12)'],
      ['corop', 'COROP areas (40; CR12 = Twente)'],
      ['gemeente', 'municipalities (393)'],
    ] as const
  ).map(([name, what]) =>
    mirrorOnly(
      `geo/nl_${name}_2015.topojson`,
      'CBS',
      `${CBS_LICENCE}; the TopoJSON conversion states no licence`,
      `CBS ${what}, 2015 boundaries, converted to TopoJSON by a public repository`,
      {
        publisherEquivalents: [
          `official/cbs/${name === 'corop' ? 'coropgebied' : name}_gegeneraliseerd_2015.geojson`,
        ],
      },
    ),
  ),
];

const TERCET_FLAT_FILES = 'https://gisco-services.ec.europa.eu/tercet/flat-files';

export const OFFICIAL_TERCET: readonly DataFile[] = (
  [
    [
      'pc2020_NL_NUTS-2021_v2.0_selection.csv',
      'Selection of 100 Dutch postcodes (PC6) with NUTS 3',
    ],
    [
      'pc2020_BE_NUTS-2021_v1.0_selection.csv',
      'Selection of 6 Belgian postcodes with NUTS 3 (BOM)',
    ],
    ['pc2024_DE_NUTS-2024_v1.0.csv', 'German postcodes with their NUTS 3 region (NUTS 2024)'],
    ['pc2024_AT_NUTS-2024_v1.0.csv', 'Austrian postcodes with their NUTS 3 region (NUTS 2024)'],
    [
      'pc2024_NL_NUTS-2024_v2.0.csv',
      'Damaged copy of the Dutch file (comma-separated, PC4, lost quote) for robustness tests',
    ],
  ] as const
).map(([name, what]) =>
  mirrorOnly(
    `official/tercet/${name}`,
    'Eurostat GISCO',
    `${EC_LICENCE}; copies: MIT or GPL-3 (see shared/data/official/README.md)`,
    `GISCO TERCET postcode-to-NUTS flat file: ${what}`,
    { landingPage: TERCET_FLAT_FILES },
  ),
);
