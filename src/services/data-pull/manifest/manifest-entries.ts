import type { DataFile } from '../data-file.js';

/* The publishers' addresses and licences, and the shapes most entries of the manifest take. */

export const GISCO_NUTS = 'https://gisco-services.ec.europa.eu/distribution/v2/nuts/geojson';
export const EUROSTAT_API = 'https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data';
export const CORDIS_DATA = 'https://cordis.europa.eu/data';
export const PDOK_CBS_2015 = 'https://service.pdok.nl/cbs/gebiedsindelingen/2015/wfs/v1_0';
export const CBS_ODATA = 'https://datasets.cbs.nl/odata/v1/CBS';

export const GISCO_LICENCE =
  '© EuroGeographics for the administrative boundaries (GISCO terms; check before commercial use)';
export const EC_LICENCE = 'CC BY 4.0 (European Commission reuse policy)';
export const CBS_LICENCE = 'CC BY 4.0 (CBS open data)';
export const EUROSTAT_TSV_NOTE = 'Eurostat dissemination API, TSV (gzip), all dimensions and years';

/** The Eurostat dissemination API address of a data set as gzipped TSV. */
export function eurostatTsvUrl(dataset: string): string {
  return `${EUROSTAT_API}/${dataset.toUpperCase()}?format=TSV&compressed=true`;
}

/** The path of a Eurostat data set's gzipped TSV from the API in the data directory. */
export function eurostatTsvPath(dataset: string): string {
  return `official/eurostat_tsv/${dataset.toLowerCase()}.tsv.gz`;
}

/** A GISCO NUTS GeoJSON file: in the mirror and at the publisher under the same name. */
export function gisco(name: string, description: string, uncertain?: string): DataFile {
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
export function eurostat(dataset: string, description: string, uncertain?: string): DataFile {
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
export function mirrorOnly(
  path: string,
  publisher: DataFile['publisher'],
  licence: string,
  description: string,
  where: { publisherEquivalents?: readonly string[]; landingPage?: string } = {},
): DataFile {
  return { path, url: null, inMirror: true, publisher, licence, description, ...where };
}
