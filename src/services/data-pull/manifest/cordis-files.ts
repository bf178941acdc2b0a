import type { DataFile } from '../data-file.js';
import { CORDIS_DATA, EC_LICENCE, mirrorOnly } from './manifest-entries.js';

/* The European Commission's CORDIS exports and reference data. */

const CORDIS_H2020_ZIP = 'official/cordis/cordis-h2020projects-csv.zip';

export const CORDIS: readonly DataFile[] = [
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
