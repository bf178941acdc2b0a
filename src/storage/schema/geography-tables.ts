// Regions, their boundaries, municipalities, places and postcodes.

export interface RegionTable {
  code: string;
  /** 'nuts' for NUTS regions, 'country' for countries outside NUTS, 'aggregate' for EU27_2020 and the like. */
  kind: string;
  level: number;
  nuts_version: string;
  name_en: string;
  name_nl: string;
  name_latn: string;
  country_code: string;
  parent_code: string | null;
  source_id: string | null;
}

export interface RegionGeometryTable {
  region_code: string;
  /** Map scale of the source: '60M', '20M', '03M', or 'cbs' for CBS boundaries. */
  scale: string;
  geojson: string;
  source_id: string | null;
}

export interface MunicipalityTable {
  code: string;
  name: string;
  corop_code: string | null;
  nuts3_code: string | null;
  geojson: string | null;
  source_id: string | null;
}

/** A CBS woonplaats (town or village) in a municipality. */
export interface PlaceTable {
  code: string;
  name: string;
  name_key: string;
  municipality_code: string;
  source_id: string | null;
}

/** Another spelling of a place, as it occurs in addresses (DEN HAAG, HENGELO OV). */
export interface PlaceAliasTable {
  alias_key: string;
  place_code: string;
  source_id: string | null;
}

/** GISCO TERCET: postcode -> NUTS3. */
export interface PostcodeTable {
  country_code: string;
  postcode: string;
  nuts3_code: string;
  import_id: string | null;
}
