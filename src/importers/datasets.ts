import datasets from './datasets.json' with { type: 'json' };
import type { DatasetInfo } from './importer.js';

/**
 * The data sets the file importers record as the source of what they write, kept as data in
 * datasets.json: CORDIS H2020, the two long Eurostat extracts, CBS's places and GISCO's TERCET.
 */
export const DATASETS: Readonly<Record<keyof typeof datasets, DatasetInfo>> = datasets;
