import type { DataFile } from './data-file.js';

/*
 * Every file of the open data set and every publisher's address, in one place.
 * docs/data-sources.md renders this list (a test keeps the two the same).
 *
 * Mirror paths are the paths in shared/data. Where the publisher's download differs in format or
 * content from the mirror's copy (the mirror holds cleaned or derived copies from public
 * repositories), the publisher's download is listed under a path of its own.
 */

const GISCO_NUTS = 'https://gisco-services.ec.europa.eu/distribution/v2/nuts/geojson';
const EUROSTAT_API = 'https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data';
const CORDIS_DATA = 'https://cordis.europa.eu/data';
const PDOK_CBS_2015 = 'https://service.pdok.nl/cbs/gebiedsindelingen/2015/wfs/v1_0';
const CBS_ODATA = 'https://datasets.cbs.nl/odata/v1/CBS';

const GISCO_LICENCE =
  '© EuroGeographics for the administrative boundaries (GISCO terms; check before commercial use)';
const EC_LICENCE = 'CC BY 4.0 (European Commission reuse policy)';
const CBS_LICENCE = 'CC BY 4.0 (CBS open data)';
const EUROSTAT_TSV_NOTE = 'Eurostat dissemination API, TSV (gzip), all dimensions and years';

/** The Eurostat dissemination API address of a data set as gzipped TSV. */
export function eurostatTsvUrl(dataset: string): string {
  return `${EUROSTAT_API}/${dataset.toUpperCase()}?format=TSV&compressed=true`;
}

/** The path of a Eurostat data set's gzipped TSV from the API in the data directory. */
export function eurostatTsvPath(dataset: string): string {
  return `official/eurostat_tsv/${dataset.toLowerCase()}.tsv.gz`;
}

/** A GISCO NUTS GeoJSON file: in the mirror and at the publisher under the same name. */
function gisco(name: string, description: string, uncertain?: string): DataFile {
  return {
    path: `geo/${name}`,
    url: `${GISCO_NUTS}/${name}`,
    inMirror: true,
    publisher: 'Eurostat GISCO',
    licence: GISCO_LICENCE,
    description,
    ...(uncertain ? { uncertain } : {}),
  };
}

/** A Eurostat data set from the dissemination API, not in the mirror. */
function eurostat(dataset: string, description: string, uncertain?: string): DataFile {
  return {
    path: eurostatTsvPath(dataset),
    url: eurostatTsvUrl(dataset),
    inMirror: false,
    publisher: 'Eurostat',
    licence: EC_LICENCE,
    description: `${description} (${dataset}; ${EUROSTAT_TSV_NOTE})`,
    ...(uncertain ? { uncertain } : {}),
  };
}

/** A file only a mirror has. */
function mirrorOnly(
  path: string,
  publisher: DataFile['publisher'],
  licence: string,
  description: string,
  where: { publisherEquivalents?: readonly string[]; landingPage?: string } = {},
): DataFile {
  return { path, url: null, inMirror: true, publisher, licence, description, ...where };
}

const PATENTS_UNCERTAIN =
  "the mirror's regional patent figures end in 2012 and Eurostat may have discontinued these tables; the address follows the documented API pattern but whether the data set is still served was not confirmed";

/** The Eurostat data sets behind eurostat/eurostat_regional_innovation_indicators_long.csv. */
const INNOVATION_DATASETS = [
  'rd_e_gerdreg',
  'pat_ep_rtot',
  'pat_ep_rtec',
  'hrst_st_rcat',
  'rd_p_persreg',
];
/** The Eurostat data sets behind eurostat/eurostat_nuts2_2016_indicators_2007_2018_long.csv. */
const NUTS2_DATASETS = [
  'tgs00096',
  'tgs00003',
  'tgs00040',
  'tgs00010',
  'tgs00101',
  'tgs00026',
  'tepsr_lm220',
  'tgs00049',
];

const GEO: readonly DataFile[] = [
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

/** CBS 2015 boundaries from PDOK's web feature service, as GeoJSON in RD New (EPSG:28992). */
function pdok2015(layer: string, what: string, uncertain?: string): DataFile {
  const query = `service=WFS&version=2.0.0&request=GetFeature&typeNames=gebiedsindelingen:${layer}_gegeneraliseerd&outputFormat=application/json`;
  return {
    path: `official/cbs/${layer}_gegeneraliseerd_2015.geojson`,
    url: `${PDOK_CBS_2015}?${query}`,
    inMirror: false,
    publisher: 'CBS',
    licence: CBS_LICENCE,
    description: `CBS ${what}, 2015 boundaries (generalised), GeoJSON in RD New (EPSG:28992), from PDOK's WFS`,
    ...(uncertain ? { uncertain } : {}),
  };
}

const CBS_OFFICIAL: readonly DataFile[] = [
  pdok2015(
    'provincie',
    'provinces',
    'the layer name is documented for the 2022-2026 services; for 2015 only gemeente_gegeneraliseerd was confirmed',
  ),
  pdok2015(
    'coropgebied',
    'COROP areas',
    'the layer name is documented for the 2022-2026 services; for 2015 only gemeente_gegeneraliseerd was confirmed',
  ),
  pdok2015('gemeente', 'municipalities'),
  {
    path: 'official/cbs/85877NED_woonplaatsen_codes.json',
    url: `${CBS_ODATA}/85877NED/WoonplaatsenCodes`,
    inMirror: false,
    publisher: 'CBS',
    licence: CBS_LICENCE,
    description:
      "CBS 'Woonplaatsen in Nederland': code and name of every town (OData v4 JSON; first page of at most 10 000 rows)",
    uncertain:
      'table 85877NED is the one the script that generated the mirror copy reads; its edition year was not confirmed',
  },
  {
    path: 'official/cbs/85877NED_woonplaats_gemeente.json',
    url: `${CBS_ODATA}/85877NED/Observations?$filter=Measure%20eq%20%27GM000B%27&$select=Woonplaatsen,Measure,StringValue`,
    inMirror: false,
    publisher: 'CBS',
    licence: CBS_LICENCE,
    description:
      "CBS 'Woonplaatsen in Nederland': the municipality code of every town (OData v4 JSON)",
    uncertain:
      'table 85877NED is the one the script that generated the mirror copy reads; its edition year was not confirmed',
  },
  {
    path: 'official/cbs/85755NED_gemeente_corop.json',
    url: `${CBS_ODATA}/85755NED/Observations?$filter=Measure%20in%20(%27CR0001%27,%27CR0002%27,%27GM000C_1%27,%27GM000B%27)&$select=RegioS,Measure,StringValue`,
    inMirror: false,
    publisher: 'CBS',
    licence: CBS_LICENCE,
    description:
      "CBS 'Gebieden in Nederland': the COROP area (code and name) of every municipality (OData v4 JSON)",
    uncertain:
      'table 85755NED is the one the script that generated the mirror copy reads; its edition year was not confirmed',
  },
];

const EUROSTAT: readonly DataFile[] = [
  mirrorOnly(
    'eurostat/eurostat_regional_innovation_indicators_long.csv',
    'Eurostat',
    `${EC_LICENCE}; the compilation is MIT (nestauk/eurito_indicators)`,
    'Derived: regional R&D expenditure by sector, EPO patents, human resources in S&T and R&D personnel, NUTS 0-3, long format',
    { publisherEquivalents: INNOVATION_DATASETS.map(eurostatTsvPath) },
  ),
  mirrorOnly(
    'eurostat/eurostat_nuts2_2016_indicators_2007_2018_long.csv',
    'Eurostat',
    `${EC_LICENCE}; the compilation is for educational, non-commercial use`,
    'Derived: population, GDP, patents, unemployment, life expectancy, income, employment gap, broadband by NUTS 2 (2016), 2007-2018, long format',
    { publisherEquivalents: NUTS2_DATASETS.map(eurostatTsvPath) },
  ),
  eurostat('rd_e_gerdreg', 'R&D expenditure (GERD) by sector of performance and NUTS 2 region'),
  eurostat(
    'pat_ep_rtot',
    'Patent applications to the EPO by priority year and NUTS 3 region',
    PATENTS_UNCERTAIN,
  ),
  eurostat(
    'pat_ep_rtec',
    'High-tech patent applications to the EPO by priority year and NUTS 3 region',
    PATENTS_UNCERTAIN,
  ),
  eurostat(
    'hrst_st_rcat',
    'Human resources in science and technology by category and NUTS 2 region',
  ),
  eurostat('rd_p_persreg', 'R&D personnel and researchers by sector and NUTS 2 region'),
  eurostat('tgs00096', 'Population on 1 January by NUTS 2 region'),
  eurostat('tgs00003', 'Regional gross domestic product by NUTS 2 region, million EUR'),
  eurostat(
    'tgs00040',
    'Patent applications to the EPO per million inhabitants by NUTS 2 region',
    PATENTS_UNCERTAIN,
  ),
  eurostat('tgs00010', 'Unemployment rate by NUTS 2 region'),
  eurostat('tgs00101', 'Life expectancy at birth by sex and NUTS 2 region'),
  eurostat('tgs00026', 'Disposable income of private households by NUTS 2 region'),
  eurostat('tepsr_lm220', 'Gender employment gap by NUTS 2 region'),
  eurostat('tgs00049', 'Households with broadband access by NUTS 2 region'),
];

const CORDIS_H2020_ZIP = 'official/cordis/cordis-h2020projects-csv.zip';

const CORDIS: readonly DataFile[] = [
  mirrorOnly(
    'cordis/h2020_participations_eunets.csv.gz',
    'European Commission, CORDIS',
    `${EC_LICENCE}; the cleaned copy is MIT (zambujo/eunets)`,
    'Derived: Horizon 2020 participations (project, organisation PIC, activity type, EC contribution), cleaned from the CORDIS export of December 2020',
    { publisherEquivalents: [CORDIS_H2020_ZIP] },
  ),
  mirrorOnly(
    'cordis/h2020_programme_parts_eunets.csv.gz',
    'European Commission, CORDIS',
    `${EC_LICENCE}; the cleaned copy is MIT (zambujo/eunets)`,
    'Derived: the Horizon 2020 programme part (ERC, MSCA, LEIT, SC1-SC7, ...) of every project',
    { publisherEquivalents: [CORDIS_H2020_ZIP] },
  ),
  mirrorOnly(
    'cordis/h2020_organisations_2017_odfest.csv',
    'European Commission, CORDIS',
    `${EC_LICENCE}; the network copy is MIT (spaghetti-open-data/ODFest2017-horizon2020-network)`,
    'Derived: Horizon 2020 organisations with address and network measures, from the 2017 CORDIS export',
    { publisherEquivalents: [CORDIS_H2020_ZIP] },
  ),
  mirrorOnly(
    'cordis/cordisref-H2020programmes.csv',
    'European Commission, CORDIS',
    EC_LICENCE,
    'CORDIS reference data: Horizon 2020 programmes (2017 copy, `;`-separated)',
    { publisherEquivalents: ['official/cordis/cordisref-H2020programmes-csv.zip'] },
  ),
  mirrorOnly(
    'cordis/cordisref-H2020topics.csv',
    'European Commission, CORDIS',
    EC_LICENCE,
    'CORDIS reference data: Horizon 2020 topics (2017 copy)',
    { publisherEquivalents: ['official/cordis/cordisref-H2020topics-csv.zip'] },
  ),
  mirrorOnly(
    'cordis/cordisref-organizationActivityType.csv',
    'European Commission, CORDIS',
    EC_LICENCE,
    'CORDIS reference data: organisation activity types (PRC, HES, REC, PUB, OTH; 2017 copy)',
    { landingPage: 'https://data.europa.eu/data/datasets/cordisref-data' },
  ),
  mirrorOnly(
    'cordis/cordisref-sicCode.csv',
    'European Commission, CORDIS',
    EC_LICENCE,
    'CORDIS reference data: subject index classification codes (2017 copy)',
    { landingPage: 'https://data.europa.eu/data/datasets/cordisref-data' },
  ),
  {
    path: CORDIS_H2020_ZIP,
    url: `${CORDIS_DATA}/cordis-h2020projects-csv.zip`,
    inMirror: false,
    publisher: 'European Commission, CORDIS',
    licence: EC_LICENCE,
    description:
      'CORDIS Horizon 2020 projects export: project.csv, organization.csv (with nutsCode) and more, `;`-separated, zipped',
  },
  {
    path: 'official/cordis/cordisref-H2020programmes-csv.zip',
    url: `${CORDIS_DATA}/reference/cordisref-H2020programmes-csv.zip`,
    inMirror: false,
    publisher: 'European Commission, CORDIS',
    licence: EC_LICENCE,
    description: 'CORDIS reference data: Horizon 2020 programmes, CSV, zipped',
  },
  {
    path: 'official/cordis/cordisref-H2020topics-csv.zip',
    url: `${CORDIS_DATA}/reference/cordisref-H2020topics-csv.zip`,
    inMirror: false,
    publisher: 'European Commission, CORDIS',
    licence: EC_LICENCE,
    description: 'CORDIS reference data: Horizon 2020 topics, CSV, zipped',
  },
  mirrorOnly(
    'official/cordis/horizon_euroSciVoc.xlsx',
    'European Commission, CORDIS',
    EC_LICENCE,
    'CORDIS Horizon Europe euroSciVoc export (sheet DATA), re-saved in Excel by a public repository',
    { publisherEquivalents: ['official/cordis/cordis-HORIZONprojects-xlsx.zip'] },
  ),
  {
    path: 'official/cordis/cordis-HORIZONprojects-xlsx.zip',
    url: `${CORDIS_DATA}/cordis-HORIZONprojects-xlsx.zip`,
    inMirror: false,
    publisher: 'European Commission, CORDIS',
    licence: EC_LICENCE,
    description:
      'CORDIS Horizon Europe projects export as XLSX (project, organization, euroSciVoc, ...), zipped',
  },
];

const NL: readonly DataFile[] = [
  mirrorOnly(
    'nl/nl_woonplaats_gemeente_corop_2024.csv',
    'CBS',
    `${CBS_LICENCE}; the joined table is MIT (woonstadrotterdam/woningwaardering)`,
    "Derived: every Dutch town with its municipality and COROP area, joined from CBS 'Woonplaatsen in Nederland' and 'Gebieden in Nederland'",
    {
      publisherEquivalents: [
        'official/cbs/85877NED_woonplaatsen_codes.json',
        'official/cbs/85877NED_woonplaats_gemeente.json',
        'official/cbs/85755NED_gemeente_corop.json',
      ],
    },
  ),
];

const NUTS_CONVERSION: readonly DataFile[] = [
  'n2_cm_v2010_v2021',
  'n2_cm_v2013_v2021',
  'n2_cm_v2016_v2021',
  'n2_cm_v2021_v2024',
  'n3_cm_v2013_v2021',
  'n3_cm_v2016_v2021',
  'n3_cm_v2021_v2024',
].map((name) => {
  const [level, , from, to] = name.split('_');
  return mirrorOnly(
    `nuts_conversion/${name}.csv`,
    'European Commission, JRC',
    'JRC (Pigaiani & Batista); the copy is MIT (ropensci/nuts)',
    `JRC NUTS converter matrix, level ${level?.slice(1)}, NUTS ${from?.slice(1)} to ${to?.slice(1)} (release 2025.08)`,
    { landingPage: 'https://urban.jrc.ec.europa.eu/nutsconverter' },
  );
});

/** Eurostat TSV files in the mirror: snapshots that public repositories downloaded. */
const EUROSTAT_TSV_SNAPSHOTS: readonly [string, string][] = [
  ['nama_10r_2gdp', 'GDP by NUTS 0-2 region, old bulk layout (`unit,geo\\time`), 2017 snapshot'],
  ['trng_lfse_04', 'Participation in education and training by NUTS 2 region, 2017 snapshot'],
  ['lfst_r_lfp2acedu', 'Population by educational attainment and NUTS 2 region, 2017 snapshot'],
  ['nama_10r_3gdp', 'GDP by NUTS 0-3 region, API layout (`freq,unit,geo\\TIME_PERIOD`), snapshot'],
  [
    'edat_lfse_22',
    'Young people neither in employment nor in education by NUTS 2 region, snapshot',
  ],
  ['tgs00096', 'Population on 1 January by NUTS 2 region, snapshot (CRLF)'],
  ['tgs00024', 'Population density by NUTS 2 region, old bulk layout, snapshot'],
  ['tgs00042', 'GERD as % of GDP by NUTS 2 region, snapshot (Dutch rows confidential)'],
];

const OFFICIAL_EUROSTAT: readonly DataFile[] = [
  ...EUROSTAT_TSV_SNAPSHOTS.map(([dataset, what]) =>
    mirrorOnly(`official/eurostat_tsv/${dataset}.tsv`, 'Eurostat', EC_LICENCE, what, {
      publisherEquivalents: [eurostatTsvPath(dataset)],
    }),
  ),
  {
    path: 'official/eurostat_tsv/demo_r_pjangrp3.tsv.gz',
    url: eurostatTsvUrl('demo_r_pjangrp3'),
    inMirror: true,
    publisher: 'Eurostat',
    licence: EC_LICENCE,
    description: `Population on 1 January by 5-year age group, sex and NUTS 3 region (demo_r_pjangrp3; ${EUROSTAT_TSV_NOTE}; the mirror holds a 2014-2022 snapshot)`,
  },
  eurostat('nama_10r_2gdp', 'Gross domestic product by NUTS 0-2 region'),
  eurostat('trng_lfse_04', 'Participation in education and training by NUTS 2 region'),
  eurostat('lfst_r_lfp2acedu', 'Population by educational attainment and NUTS 2 region'),
  eurostat('nama_10r_3gdp', 'Gross domestic product by NUTS 0-3 region'),
  eurostat(
    'edat_lfse_22',
    'Young people neither in employment nor in education and training by NUTS 2 region',
  ),
  eurostat('tgs00024', 'Population density by NUTS 2 region'),
  eurostat('tgs00042', 'GERD as % of GDP by NUTS 2 region'),
  ...(
    [
      ['tgs00001', 'population (thousands)'],
      ['tgs00038', 'human resources in science and technology, % of active population'],
      ['tgs00039', 'employment in high-tech sectors, %'],
      ['tgs00040', 'EPO patent applications per million inhabitants'],
      ['tgs00041', 'high-tech patent applications to the EPO'],
      ['tgs00042', 'GERD as % of GDP'],
      ['tgs00043', 'researchers, % of employment'],
    ] as const
  ).map(([dataset, what]) =>
    mirrorOnly(
      `official/eurostat_tsv/tgs_2011/${dataset}.tsv`,
      'Eurostat',
      EC_LICENCE,
      `Old bulk download of 2011 (NUTS 2006 codes, \`geo\\time\`): ${what} by NUTS 2 region`,
      dataset === 'tgs00040' || dataset === 'tgs00042'
        ? { publisherEquivalents: [eurostatTsvPath(dataset)] }
        : {},
    ),
  ),
  mirrorOnly(
    'official/eurostat_tsv/tgs_2011/geo.dic',
    'Eurostat',
    EC_LICENCE,
    'Old bulk download dictionary of 2011: geo code and label, tab-separated, CRLF',
  ),
  mirrorOnly(
    'official/eurostat_jsonstat/eurostat_rd_e_gerdreg.json',
    'Eurostat',
    EC_LICENCE,
    'Eurostat Statistics API JSON-stat 2.0 answer for a small rd_e_gerdreg query (transcribed test fixture)',
    { publisherEquivalents: [eurostatTsvPath('rd_e_gerdreg')] },
  ),
  mirrorOnly(
    'official/eurostat_jsonstat/eurostat_nama_10r_2gdp.json',
    'Eurostat',
    EC_LICENCE,
    'Eurostat Statistics API JSON-stat 2.0 answer for a small nama_10r_2gdp query (transcribed test fixture)',
    { publisherEquivalents: [eurostatTsvPath('nama_10r_2gdp')] },
  ),
  mirrorOnly(
    'official/eurostat_sdmxcsv/isoc_bde15ar2_sdmx.csv',
    'Eurostat',
    EC_LICENCE,
    'Enterprises using digital technologies by country (isoc_bde15ar2), SDMX-CSV snapshot',
    { publisherEquivalents: ['official/eurostat_sdmxcsv/isoc_bde15ar2.csv.gz'] },
  ),
  {
    path: 'official/eurostat_sdmxcsv/isoc_bde15ar2.csv.gz',
    url: `${EUROSTAT_API}/ISOC_BDE15AR2?format=SDMX-CSV&compressed=true`,
    inMirror: false,
    publisher: 'Eurostat',
    licence: EC_LICENCE,
    description:
      'Enterprises using digital technologies by country (isoc_bde15ar2), SDMX-CSV from the dissemination API, gzipped',
  },
];

const TERCET_FLAT_FILES = 'https://gisco-services.ec.europa.eu/tercet/flat-files';

const OFFICIAL_TERCET: readonly DataFile[] = (
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

/** Every file of the open data set. */
export const DATA_FILES: readonly DataFile[] = [
  ...GEO,
  ...CBS_OFFICIAL,
  ...EUROSTAT,
  ...CORDIS,
  ...NL,
  ...NUTS_CONVERSION,
  ...OFFICIAL_EUROSTAT,
  ...OFFICIAL_TERCET,
];
