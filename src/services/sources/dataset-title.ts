import { EUROSTAT_DATASET_TITLES } from '../../importers/eurostat/indicator-meta.js';

/** A data set's title in Dutch and in English. */
export interface DatasetTitles {
  readonly nl: string;
  readonly en: string;
}

/** The Dutch titles of the data sets Regiokracht loads whose stored title is English. */
const DUTCH_TITLES: Readonly<Record<string, { nl: string }>> = {
  'cordis:h2020': {
    nl: 'CORDIS – EU-onderzoeksprojecten onder Horizon 2020 (projecten, deelnemers, organisaties)',
  },
  'gisco-nuts-2021': {
    nl: 'NUTS 2021-regio’s (GeoJSON, EPSG:4326; 1:60M, 1:20M, 1:3M)',
  },
  'cbs-gebiedsindelingen': {
    nl: 'CBS gebiedsindelingen: provincies, COROP-gebieden en gemeenten (TopoJSON, WGS 84)',
  },
  'cbs:woonplaatsen-gemeenten-corop': {
    nl: "CBS 'Woonplaatsen in Nederland' met gemeente en COROP-gebied",
  },
  'gisco:tercet-postcodes': {
    nl: 'GISCO TERCET: tabellen van postcode naar NUTS 3-regio',
  },
  'regiokracht-default-mappings': {
    nl: 'Standaardkoppelingen van Regiokracht tussen indelingen in sleutelgebieden en van speerpunten naar sleutelgebieden (aanpasbaar)',
  },
  'eurostat:regional-innovation-long': {
    nl: 'Eurostat regionale R&D, octrooien, menselijk kapitaal in wetenschap en technologie en R&D-personeel (lang formaat, via nestauk/eurito_indicators)',
  },
  'eurostat:nuts2-2016-indicators': {
    nl: 'Eurostat NUTS 2-indicatoren 2007-2018 (NUTS 2016, via andrea-ballatore/open-geo-data-education)',
  },
};

/**
 * A data set's title in both languages, from its id: the stored title is the English one (the
 * importers write English titles); the data sets Regiokracht knows (CORDIS, GISCO, CBS, Eurostat
 * tables, templates) have a Dutch one too; any other (a press release, a region's own file) is
 * given as stored in both.
 *
 * @example datasetTitles('eurostat:tgs00042', '…').nl // 'Bruto binnenlandse uitgaven aan R&D … (tgs00042)'
 */
export function datasetTitles(id: string, stored: string): DatasetTitles {
  return { nl: dutchTitle(id) ?? stored, en: stored };
}

function dutchTitle(id: string): string | null {
  const known = DUTCH_TITLES[id];
  if (known) return known.nl;
  const eurostat = /^eurostat:(.+)$/.exec(id);
  const table = eurostat ? EUROSTAT_DATASET_TITLES[eurostat[1]!] : undefined;
  if (eurostat && table) return `${table.nl} (${eurostat[1]})`;
  const template = /^template:(.+)$/.exec(id);
  if (template) return `Ingevoerd door de regio (sjabloon ${template[1]})`;
  return null;
}
