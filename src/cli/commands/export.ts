import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import type { ExportFile } from '../../services/export/export-file.js';
import { EXPORTS, isExportKind } from '../../services/export/export-kinds.js';
import { isExportFormat } from '../../services/export/export-format.js';
import { analyticsFor, configFrom, withStore } from '../context.js';

interface ExportCommandOptions {
  format?: string;
  out?: string;
  indicator?: string;
  level?: string;
  year?: string;
  country?: string;
  region?: string;
  scale?: string;
  tolerance?: string;
  allowEmpty?: boolean;
}

/**
 * `regiokracht export <what>`: regions with an indicator as GeoJSON, indicator tables as
 * CSV/XLSX/JSON, actors and participations as CSV/XLSX/JSON, a region's network as GEXF; to
 * stdout, or to a file with --out (written beside it and renamed when complete).
 */
export function exportCommand(program: Command): void {
  program
    .command('export')
    .description(
      `export data: ${Object.entries(EXPORTS)
        .map(([what, formats]) => `${what} (${formats.join(', ')})`)
        .join('; ')}`,
    )
    .argument('<what>', `what to export: ${Object.keys(EXPORTS).join(', ')}`)
    .option(
      '--format <format>',
      'csv, xlsx, json, geojson or gexf (default: from the --out extension, else the first listed above)',
    )
    .option('--out <file>', 'write to this file instead of stdout (required for xlsx)')
    .option('--indicator <ids>', 'indicator id(s), comma-separated (regions: exactly one)')
    .option('--level <n>', 'NUTS level 0-3 (regions: default 2; indicators: every level)')
    .option('--year <year>', 'regions: the year of the values (default: the latest)')
    .option('--country <code>', 'regions, indicators: only this country, e.g. NL')
    .option(
      '--region <code>',
      'actors, participations: only organisations in this region or below it; network: the region',
    )
    .option('--scale <scale>', 'regions: map scale of the boundaries, 60M, 20M or 03M')
    .option('--tolerance <degrees>', 'regions: simplification tolerance (0 = as stored)')
    .option(
      '--allow-empty',
      'regions, indicators: write the file even when every value is missing (otherwise exit 1, naming the years with values)',
    )
    .addHelpText(
      'after',
      `
Examples:
  regiokracht export regions --format geojson --indicator rd_e_gerdreg_pc_gdp_total --year 2012 --level 2 --country NL
  regiokracht export indicators --indicator pat_ep_rtot_p_mhab,rd_e_gerdreg_eur_hab_total --level 2 --format xlsx --out indicators.xlsx
  regiokracht export participations --region NL21 --format csv --out participations-NL21.csv
  regiokracht export network --region NL213 --format gexf --out network-NL213.gexf`,
    )
    .action(async (what: string, options: ExportCommandOptions, command: Command) => {
      if (!isExportKind(what)) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `unknown export "${what}"; use one of ${Object.keys(EXPORTS).join(', ')}`,
        );
      }
      const format = options.format ?? formatOf(options.out) ?? EXPORTS[what][0];
      if (format === 'xlsx' && options.out === undefined) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          'an XLSX workbook is binary: give --out FILE.xlsx (or use --format csv for stdout)',
        );
      }
      const { exportFile } = await import('../../services/export/export-file.js');
      await withStore(configFrom(command), async (store) => {
        const file = await exportFile(
          {
            store,
            analytics: {
              networkGexf: async (code) => (await analyticsFor(store)).networkGexf(code),
            },
          },
          {
            what,
            format,
            indicators: options.indicator?.split(',').map((id) => id.trim()),
            level: integerOption('--level', options.level),
            year: integerOption('--year', options.year),
            country: options.country,
            region: options.region,
            scale: options.scale,
            tolerance: numberOption('--tolerance', options.tolerance),
            allowEmpty: options.allowEmpty,
          },
        );
        if (options.out === undefined) {
          await writeBody(file, process.stdout);
          return;
        }
        const bytes = await writeFileAtomically(file, resolve(options.out));
        console.log(`${file.format.toUpperCase()} written to ${options.out} (${bytes} bytes)`);
      });
    });
}

/** The format an output file's extension names (`.geojson`, `.csv`...), if any. */
function formatOf(out: string | undefined): string | undefined {
  const ext = out === undefined ? '' : extname(out).slice(1).toLowerCase();
  return isExportFormat(ext) ? ext : undefined;
}

function integerOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n)) {
    throw new RegiokrachtError('INVALID_INPUT', `${name} ${value} is not a whole number`);
  }
  return n;
}

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) {
    throw new RegiokrachtError('INVALID_INPUT', `${name} ${value} is not a number`);
  }
  return n;
}

/**
 * Writes the body to a stream, waiting when it is full. A reader that goes away (`| head`,
 * EPIPE) ends the export quietly.
 */
async function writeBody(file: ExportFile, out: Writable): Promise<number> {
  let failure: Error | undefined;
  const onError = (error: Error) => {
    failure = error;
  };
  out.on('error', onError);
  let bytes = 0;
  try {
    for await (const chunk of file.body) {
      if (failure) break;
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      if (!out.write(chunk)) await drained(out);
    }
  } finally {
    out.off('error', onError);
  }
  if (failure && (failure as NodeJS.ErrnoException).code !== 'EPIPE') throw failure;
  return bytes;
}

/** Resolves when the stream has room again, or has failed (the failure is seen by the caller). */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('error', done);
      resolve();
    };
    out.on('drain', done);
    out.on('error', done);
  });
}

/** Writes to `<path>.part` and renames it to `path` when complete, so no half file is left. */
async function writeFileAtomically(file: ExportFile, path: string): Promise<number> {
  const part = `${path}.part`;
  const out = createWriteStream(part);
  try {
    await once(out, 'open');
    const bytes = await writeBody(file, out);
    out.end();
    await once(out, 'finish');
    await rename(part, path);
    return bytes;
  } catch (error) {
    out.destroy();
    await rm(part, { force: true });
    throw error;
  }
}
