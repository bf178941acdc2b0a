import type { DatasetInfo, ImportContext, Importer } from '../importer.js';
import { parseQuoted } from '../text/csv-records.js';
import { datasetCodeFromFileName, eurostatDataset } from './eurostat-dataset.js';
import { readJsonStat, jsonStatDatasetCode } from './eurostat-jsonstat.js';
import { longLayoutOf, readLongIndicatorCsv, LONG_INDICATORS_LAYOUT } from './eurostat-long-csv.js';
import { dataflowCode, isSdmxCsvHeader, readSdmxCsv } from './eurostat-sdmx-csv.js';
import { isEurostatTsvHeader, readEurostatTsv } from './eurostat-tsv.js';
import { IndicatorSink } from './indicator-sink.js';
import { openTextFile } from '../open-text-file.js';
import { DATASETS } from '../datasets.js';

export const EUROSTAT_KIND = 'eurostat';

export interface EurostatImporterOptions {
  /** The dataset code for bulk TSV files (default: from the file name, e.g. `estat_tgs00042.tsv`). */
  readonly datasetCode?: string;
}

/**
 * Eurostat regional indicators, in any of five layouts, recognised by content:
 * bulk TSV (`unit,geo\time` / `freq,unit,geo\TIME_PERIOD`), SDMX-CSV, JSON-stat 2.0, the long
 * indicator CSV (indicator, year, region_id, ..., value) and the long NUTS2 variables CSV
 * (nuts_id, ..., variable, value). Writes `indicators` and `indicator_values`, harmonising codes
 * to NUTS 2021 (see {@link IndicatorSink}).
 */
export function createEurostatImporter(options: EurostatImporterOptions = {}): Importer {
  return {
    kind: EUROSTAT_KIND,
    description:
      'Eurostat indicators: bulk TSV, SDMX-CSV, JSON-stat 2.0, or the long CSV layouts; codes harmonised to NUTS 2021',
    async run(ctx: ImportContext): Promise<void> {
      const reader = await openTextFile(ctx, 'a Eurostat TSV, CSV or JSON-stat file');
      const head = await reader.head();
      const first = head.find((l) => l.trim() !== '');
      if (first === undefined) ctx.refuseFile(1, '(header)', 'the file is empty');
      const fileCode = options.datasetCode ?? datasetCodeFromFileName(ctx.file);

      if (first.trimStart().startsWith('{')) {
        let text = '';
        for await (const lines of reader.batches()) text += lines.join('\n') + '\n';
        let code = fileCode;
        try {
          code = jsonStatDatasetCode(JSON.parse(text)) ?? fileCode;
        } catch {
          // readJsonStat reports the syntax error.
        }
        const sink = await openSink(ctx, eurostatDataset(code));
        await readJsonStat(ctx, text, sink, code);
        await sink.finish();
        return;
      }
      if (isEurostatTsvHeader(first)) {
        const sink = await openSink(ctx, eurostatDataset(fileCode));
        await readEurostatTsv(ctx, reader, sink, fileCode);
        await sink.finish();
        return;
      }
      const header = csvHeader(first);
      if (isSdmxCsvHeader(header)) {
        const flow = header.indexOf('DATAFLOW');
        const second = head[1] === undefined ? undefined : csvHeader(head[1]);
        const code = (flow === -1 ? undefined : dataflowCode(second?.[flow] ?? '')) ?? fileCode;
        const sink = await openSink(ctx, eurostatDataset(code));
        await readSdmxCsv(ctx, reader, sink, code);
        await sink.finish();
        return;
      }
      const layout = longLayoutOf(header);
      if (layout) {
        const sink = await openSink(
          ctx,
          layout === LONG_INDICATORS_LAYOUT ? DATASETS.eurostatLong : DATASETS.eurostatNuts2,
        );
        await readLongIndicatorCsv(ctx, reader, sink, layout);
        await sink.finish();
        return;
      }
      const hint =
        /[;\t]/.test(first) && !first.includes(',')
          ? ' (is the delimiter right? Eurostat CSV uses commas)'
          : '';
      ctx.refuseFile(
        1,
        '(header)',
        `not a Eurostat file: expected a bulk TSV header like "unit,geo\\time<TAB>2020", SDMX-CSV with TIME_PERIOD and OBS_VALUE, JSON-stat, or a long CSV with indicator/variable, region, year and value columns; found ${JSON.stringify(first.slice(0, 100))}${hint}`,
      );
    },
  };
}

/** The default Eurostat importer (dataset codes of TSV files from their names). */
export const eurostatImporter: Importer = createEurostatImporter();

async function openSink(ctx: ImportContext, dataset: DatasetInfo): Promise<IndicatorSink> {
  await ctx.useDataset(dataset);
  return IndicatorSink.open(ctx, dataset.id);
}

function csvHeader(line: string): string[] {
  const parsed = line.includes('"') ? parseQuoted(line, ',', '"') : line.split(',');
  return (Array.isArray(parsed) ? parsed : line.split(',')).map((c) => c.trim());
}
