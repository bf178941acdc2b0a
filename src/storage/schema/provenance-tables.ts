// The provenance of every figure: data sets and the imports that read them.

/** A data set or document figures come from: publisher, licence, address. */
export interface DatasetTable {
  id: string;
  title: string;
  publisher: string;
  licence: string | null;
  url: string | null;
  retrieved_at: string | null;
}

/** One run of an importer: provenance of every row it wrote. */
export interface ImportTable {
  id: string;
  dataset_id: string | null;
  kind: string;
  file: string;
  checksum: string;
  started_at: string;
  finished_at: string | null;
  rows_read: number;
  rows_inserted: number;
  rows_updated: number;
  rows_refused: number;
  status: string;
}
