// Indicators, their values and the computed figures kept for reading.

export interface IndicatorTable {
  id: string;
  name_en: string;
  name_nl: string;
  unit: string;
  /** 'count' (harmonised by summing) or 'rate' (harmonised with population weights). */
  aggregation: string;
  dataset_id: string | null;
}

export interface IndicatorValueTable {
  indicator_id: string;
  region_code: string;
  year: number;
  value: number | null;
  flags: string | null;
  import_id: string | null;
}

/** A NUTS level and year that hold a value of an indicator; kept current by every import. */
export interface IndicatorSummaryTable {
  indicator_id: string;
  level: number;
  year: number;
}

/**
 * A computed figure (migration 0006): the JSON a service method returned, under the key of the
 * method and its options, with the fingerprint of the data and code it was computed from.
 */
export interface FigureTable {
  key: string;
  fingerprint: string;
  value: string;
  computed_at: string;
}
