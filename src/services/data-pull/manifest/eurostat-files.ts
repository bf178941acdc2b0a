import type { DataFile } from '../data-file.js';
import {
  EC_LICENCE,
  eurostat,
  EUROSTAT_API,
  EUROSTAT_TSV_NOTE,
  eurostatTsvPath,
  eurostatTsvUrl,
  mirrorOnly,
} from './manifest-entries.js';

/*
 * Eurostat's files: the mirror's derived tables and snapshots, and the dissemination API's data
 * sets.
 */

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

export const EUROSTAT: readonly DataFile[] = [
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

export const OFFICIAL_EUROSTAT: readonly DataFile[] = [
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
