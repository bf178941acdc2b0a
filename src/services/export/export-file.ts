import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import { actorTable } from './actor-table.js';
import { EXPORT_MEDIA_TYPES, type ExportFormat } from './export-format.js';
import { EXPORTS, isExportKind, type ExportKind } from './export-kinds.js';
import type { ExportTable } from './export-table.js';
import { indicatorTable } from './indicator-table.js';
import { indicatorValueYears } from './indicator-value-years.js';
import { countryScope } from './region-scope.js';
import { participationTable } from './participation-table.js';
import { regionsGeoJson } from './regions-geojson.js';
import { tableCsv } from './table-csv.js';
import { tableJson } from './table-json.js';
import { tableXlsx, tableXlsxCheck } from './table-xlsx.js';

export { EXPORTS, isExportKind, type ExportKind } from './export-kinds.js';

/** The options each export reads; any other option given is refused rather than ignored. */
const OPTIONS: Readonly<Record<ExportKind, readonly (keyof ExportOptions)[]>> = {
  regions: ['indicators', 'level', 'year', 'country', 'scale', 'tolerance', 'allowEmpty'],
  indicators: ['indicators', 'level', 'country', 'allowEmpty'],
  actors: ['region'],
  participations: ['region'],
  network: ['region'],
};

export interface ExportOptions {
  /** Indicator ids (`regions` takes exactly one). */
  readonly indicators?: readonly string[] | undefined;
  readonly level?: number | undefined;
  readonly year?: number | undefined;
  readonly country?: string | undefined;
  readonly region?: string | undefined;
  readonly scale?: string | undefined;
  readonly tolerance?: number | undefined;
  /**
   * Write the file even when every value in it is missing (regions, indicators). Without it such
   * an export is NOT_FOUND, naming the years that do have values.
   */
  readonly allowEmpty?: boolean | undefined;
}

export interface ExportRequest extends ExportOptions {
  readonly what: string;
  readonly format: string;
}

/** A file to send or write: its name, its media type, and its bytes, produced while read. */
export interface ExportFile {
  readonly filename: string;
  readonly contentType: string;
  readonly format: ExportFormat;
  readonly body: AsyncIterable<string | Uint8Array>;
}

/** What exports read: the store, and for the network the analytics (its GEXF is written there). */
export interface ExportDeps {
  readonly store: Store;
  readonly analytics?: { networkGexf(code: string): Promise<string> };
}

/**
 * Prepares an export: checks the request (unknown export, format or option: INVALID_INPUT;
 * unknown indicator, region or country: NOT_FOUND; every value missing: NOT_FOUND naming the
 * years with values, unless `allowEmpty`) and returns the file, whose body is produced
 * only as it is read. Everything that can fail for a reason the user can fix fails here, before
 * the first byte, so that an HTTP response can still be a problem document.
 */
export async function exportFile(deps: ExportDeps, request: ExportRequest): Promise<ExportFile> {
  const what = request.what;
  if (!isExportKind(what)) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `unknown export "${what}"; use one of ${Object.keys(EXPORTS).join(', ')}`,
    );
  }
  const formats: readonly string[] = EXPORTS[what];
  if (!formats.includes(request.format)) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `the ${what} export is written as ${formats.join(', ')}, not "${request.format}"`,
    );
  }
  const format = request.format as ExportFormat;
  const extra = (Object.keys(request) as (keyof ExportRequest)[]).filter(
    (k) =>
      k !== 'what' &&
      k !== 'format' &&
      request[k] !== undefined &&
      !OPTIONS[what].includes(k as keyof ExportOptions),
  );
  if (extra.length > 0) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `${extra.join(', ')}: not an option of the ${what} export (it takes ${OPTIONS[what].join(', ')})`,
    );
  }
  const file = (name: string, body: AsyncIterable<string | Uint8Array>): ExportFile => ({
    filename: `${safeName(name)}.${format}`,
    contentType: EXPORT_MEDIA_TYPES[format],
    format,
    body,
  });

  switch (what) {
    case 'regions': {
      const indicators = request.indicators ?? [];
      if (indicators.length !== 1) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          'the regions export shows one indicator: give its id (--indicator ID, ?indicator=ID)',
        );
      }
      const collection = await regionsGeoJson(deps.store, {
        indicator: indicators[0]!,
        level: request.level,
        year: request.year,
        country: request.country,
        scale: request.scale,
        tolerance: request.tolerance,
      });
      if (!request.allowEmpty && collection.features.every((f) => f.properties.value === null)) {
        throw emptyExport(
          `no value of ${collection.indicator.id} for a region of level ${collection.level}${collection.country ? ` in ${collection.country}` : ''}${collection.year === null ? '' : ` in ${collection.year}`}`,
          collection.years,
        );
      }
      return file(
        [
          'regions',
          collection.indicator.id,
          collection.year ?? 'no-data',
          `level${collection.level}`,
          collection.country,
        ]
          .filter((p) => p !== null)
          .join('-'),
        once(JSON.stringify(collection)),
      );
    }
    case 'indicators': {
      const table = await indicatorTable(deps.store, {
        indicators: request.indicators ?? [],
        level: request.level,
        country: request.country,
      });
      const ids = [...new Set(request.indicators)];
      if (!request.allowEmpty) {
        const country =
          request.country === undefined
            ? undefined
            : await countryScope(deps.store, request.country);
        const years = await indicatorValueYears(deps.store, {
          indicators: ids,
          level: request.level,
          country,
        });
        if (years.length === 0) {
          const levels = (
            await Promise.all(
              [0, 1, 2, 3].map(async (level) =>
                (await indicatorValueYears(deps.store, { indicators: ids, level, country }))
                  .length > 0
                  ? [level]
                  : [],
              ),
            )
          ).flat();
          throw emptyExport(
            `no value of ${ids.join(', ')}${request.level === undefined ? '' : ` for a region of level ${request.level}`}${country ? ` in ${country}` : ''}`,
            [],
            levels.length ? `levels with values: ${levels.join(', ')}` : undefined,
          );
        }
      }
      return file(
        [
          'indicators',
          ids.length <= 3 ? ids.join('+') : `${ids.length}-indicators`,
          request.level === undefined ? null : `level${request.level}`,
          request.country?.toUpperCase() ?? null,
        ]
          .filter((p) => p !== null)
          .join('-'),
        await tableBody(table, format),
      );
    }
    case 'actors':
    case 'participations': {
      const query = { region: request.region };
      const table =
        what === 'actors'
          ? await actorTable(deps.store, query)
          : await participationTable(deps.store, query);
      const region = request.region?.trim().toUpperCase();
      return file(region ? `${what}-${region}` : what, await tableBody(table, format));
    }
    case 'network': {
      if (request.region === undefined) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          'the network export is of one region: give its code (--region NL213)',
        );
      }
      if (!deps.analytics) throw new Error('the network export needs the analytics service');
      const gexf = await deps.analytics.networkGexf(request.region);
      return file(`network-${request.region.trim().toUpperCase()}`, once(gexf));
    }
  }
}

/** The error of an export whose every value is missing: what is missing, and where values are. */
function emptyExport(what: string, years: readonly number[], elsewhere?: string): RegiokrachtError {
  return new RegiokrachtError(
    'NOT_FOUND',
    `${what}; years with values: ${years.length ? years.join(', ') : 'none'}${elsewhere ? ` (${elsewhere})` : ''}. ${years.length ? 'Choose one of those years' : 'Choose another level or country'}, or write the file without values with --allow-empty (allow_empty=true)`,
  );
}

async function tableBody(
  table: ExportTable,
  format: ExportFormat,
): Promise<AsyncIterable<string | Uint8Array>> {
  switch (format) {
    case 'csv':
      return tableCsv(table);
    case 'json':
      return tableJson(table);
    case 'xlsx':
      await tableXlsxCheck(table);
      return tableXlsx(table);
    default:
      throw new Error(`no table writer for ${format}`);
  }
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** A file name of letters, digits and `.+-_` only (ids and codes are; anything else becomes `_`). */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.+_-]/g, '_');
}
