import { basename } from 'node:path';
import type { DatasetInfo } from '../importer.js';
import { EUROSTAT_DATASET_TITLES } from './indicator-meta.js';

/**
 * The Eurostat dataset code a bulk file holds, from its name (TSV files do not name it inside):
 * `estat_tgs00042.tsv` -> `tgs00042`, `Eurostat TGS00024.tsv.gz` -> `tgs00024`,
 * `edat_lfse_22_tabular.tsv.gz` -> `edat_lfse_22`.
 */
export function datasetCodeFromFileName(file: string): string {
  let name = basename(file).toLowerCase();
  name = name.replace(/(\.(tsv|csv|txt|json|gz))+$/g, '');
  name = name.replace(/^(estat_|eurostat[ _-]+)/, '');
  name = name.replace(/(_tabular|_en|_sdmx)$/, '');
  const token = /[a-z0-9_]+$/.exec(name.replace(/\s+/g, '_'));
  return token ? token[0] : name;
}

/** The `datasets` row of a Eurostat dataset. */
export function eurostatDataset(code: string): DatasetInfo {
  const title = EUROSTAT_DATASET_TITLES[code];
  return {
    id: `eurostat:${code}`,
    title: title ? `${title.en} (${code})` : `Eurostat dataset ${code}`,
    publisher: 'Eurostat',
    licence: 'CC BY 4.0 (Commission reuse policy)',
    url: `https://ec.europa.eu/eurostat/databrowser/view/${code}/default/table`,
  };
}
