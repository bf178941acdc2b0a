import type { DataFile } from '../data-file.js';
import { CBS_LICENCE, CBS_ODATA, mirrorOnly, PDOK_CBS_2015 } from './manifest-entries.js';

/*
 * CBS's files: 2015 boundaries from PDOK, the town and municipality tables, and the joined Dutch
 * table.
 */

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

export const CBS_OFFICIAL: readonly DataFile[] = [
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

export const NL: readonly DataFile[] = [
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
