/** The GISCO NUTS 2021 boundaries (regions and their geometry per map scale). */
export const GISCO_DATASET = {
  id: 'gisco-nuts-2021',
  title: 'NUTS 2021 regions (GeoJSON, EPSG:4326; 1:60M, 1:20M, 1:3M)',
  publisher: 'Eurostat GISCO',
  licence: '© EuroGeographics for the administrative boundaries',
  url: 'https://gisco-services.ec.europa.eu/distribution/v2/nuts/',
  retrieved_at: null,
} as const;

/** CBS area boundaries (provinces, COROP areas, municipalities) as TopoJSON. */
export const CBS_GEO_DATASET = {
  id: 'cbs-gebiedsindelingen',
  title: 'CBS gebiedsindelingen: provinces, COROP areas and municipalities (TopoJSON, WGS 84)',
  publisher: 'CBS / PDOK',
  licence: null,
  url: 'https://www.cbs.nl/nl-nl/dossier/nederland-regionaal/geografische-data',
} as const;

/** The map scale under which CBS boundaries are stored beside GISCO's 60M, 20M and 03M. */
export const CBS_SCALE = 'CBS';

/**
 * CBS province codes and the NUTS 2 region each is (the Dutch NUTS 2 regions are the provinces;
 * CBS publishes this correspondence with its regional classifications).
 */
export const CBS_PROVINCE_NUTS2: Readonly<Record<string, string>> = {
  PV20: 'NL11', // Groningen
  PV21: 'NL12', // Fryslân
  PV22: 'NL13', // Drenthe
  PV23: 'NL21', // Overijssel
  PV24: 'NL23', // Flevoland
  PV25: 'NL22', // Gelderland
  PV26: 'NL31', // Utrecht
  PV27: 'NL32', // Noord-Holland
  PV28: 'NL33', // Zuid-Holland
  PV29: 'NL34', // Zeeland
  PV30: 'NL41', // Noord-Brabant
  PV31: 'NL42', // Limburg
};
