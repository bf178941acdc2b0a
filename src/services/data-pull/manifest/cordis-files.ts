import type { DataFile } from '../data-file.js';
import { CORDIS_DATA, EC_LICENCE, mirrorOnly } from './manifest-entries.js';

/* The European Commission's CORDIS exports and reference data. */

const CORDIS_H2020_ZIP = 'official/cordis/cordis-h2020projects-csv.zip';
const CORDIS_PUBLISHER = 'European Commission, CORDIS';

/** A CORDIS file only a mirror has. */
function cordisMirror(
  path: string,
  licence: string,
  description: string,
  where: Parameters<typeof mirrorOnly>[4],
): DataFile {
  return mirrorOnly(path, CORDIS_PUBLISHER, licence, description, where);
}

/** A CORDIS file as the publisher offers it, at `${CORDIS_DATA}/<folder><name>`; not in the mirror. */
function cordisDownload(name: string, description: string, folder = ''): DataFile {
  return {
    path: `official/cordis/${name}`,
    url: `${CORDIS_DATA}/${folder}${name}`,
    inMirror: false,
    publisher: CORDIS_PUBLISHER,
    licence: EC_LICENCE,
    description,
  };
}

export const CORDIS: readonly DataFile[] = [
  cordisMirror(
    'cordis/h2020_participations_eunets.csv.gz',
    `${EC_LICENCE}; the cleaned copy is MIT (zambujo/eunets)`,
    'Derived: Horizon 2020 participations (project, organisation PIC, activity type, EC contribution), cleaned from the CORDIS export of December 2020',
    { publisherEquivalents: [CORDIS_H2020_ZIP] },
  ),
  cordisMirror(
    'cordis/h2020_programme_parts_eunets.csv.gz',
    `${EC_LICENCE}; the cleaned copy is MIT (zambujo/eunets)`,
    'Derived: the Horizon 2020 programme part (ERC, MSCA, LEIT, SC1-SC7, ...) of every project',
    { publisherEquivalents: [CORDIS_H2020_ZIP] },
  ),
  cordisMirror(
    'cordis/h2020_organisations_2017_odfest.csv',
    `${EC_LICENCE}; the network copy is MIT (spaghetti-open-data/ODFest2017-horizon2020-network)`,
    'Derived: Horizon 2020 organisations with address and network measures, from the 2017 CORDIS export',
    { publisherEquivalents: [CORDIS_H2020_ZIP] },
  ),
  cordisMirror(
    'cordis/cordisref-H2020programmes.csv',
    EC_LICENCE,
    'CORDIS reference data: Horizon 2020 programmes (2017 copy, `;`-separated)',
    { publisherEquivalents: ['official/cordis/cordisref-H2020programmes-csv.zip'] },
  ),
  cordisMirror(
    'cordis/cordisref-H2020topics.csv',
    EC_LICENCE,
    'CORDIS reference data: Horizon 2020 topics (2017 copy)',
    { publisherEquivalents: ['official/cordis/cordisref-H2020topics-csv.zip'] },
  ),
  cordisMirror(
    'cordis/cordisref-organizationActivityType.csv',
    EC_LICENCE,
    'CORDIS reference data: organisation activity types (PRC, HES, REC, PUB, OTH; 2017 copy)',
    { landingPage: 'https://data.europa.eu/data/datasets/cordisref-data' },
  ),
  cordisMirror(
    'cordis/cordisref-sicCode.csv',
    EC_LICENCE,
    'CORDIS reference data: subject index classification codes (2017 copy)',
    { landingPage: 'https://data.europa.eu/data/datasets/cordisref-data' },
  ),
  cordisDownload(
    'cordis-h2020projects-csv.zip',
    'CORDIS Horizon 2020 projects export: project.csv, organization.csv (with nutsCode) and more, `;`-separated, zipped',
  ),
  cordisDownload(
    'cordisref-H2020programmes-csv.zip',
    'CORDIS reference data: Horizon 2020 programmes, CSV, zipped',
    'reference/',
  ),
  cordisDownload(
    'cordisref-H2020topics-csv.zip',
    'CORDIS reference data: Horizon 2020 topics, CSV, zipped',
    'reference/',
  ),
  cordisMirror(
    'official/cordis/horizon_euroSciVoc.xlsx',
    EC_LICENCE,
    'CORDIS Horizon Europe euroSciVoc export (sheet DATA), re-saved in Excel by a public repository',
    { publisherEquivalents: ['official/cordis/cordis-HORIZONprojects-xlsx.zip'] },
  ),
  cordisDownload(
    'cordis-HORIZONprojects-xlsx.zip',
    'CORDIS Horizon Europe projects export as XLSX (project, organization, euroSciVoc, ...), zipped',
  ),
];
