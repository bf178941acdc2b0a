import { RegiokrachtError } from '../../domain/errors.js';
import type { AnalyticsContext } from './analytics-context.js';
import type { Sourced } from './figure-shapes.js';
import { indexSource } from './figure-sources.js';
import { indexComputationFigure } from './index-computation-figure.js';
import { withIndexReasons } from './index-reasons.js';
import { regionIndexReport, type RegionIndexReport } from './region-index-report.js';
import type { TextLang } from './measure-status.js';
import { defaultEdition, latestCompleteYear } from './index-years.js';

export interface RegionIndexOptions {
  year?: number;
  edition?: number;
  lag?: number;
  reference?: string;
  /** The language of the reasons a null index or score carries; default en. */
  lang?: TextLang;
}

/**
 * Topic 3 for one region: its index, group, rank range and trend (NUTS3 regions get their
 * province's), in an edition (default: the latest) or in one year when `year` is given.
 */
export async function regionIndexFigure(
  context: AnalyticsContext,
  code: string,
  options: RegionIndexOptions = {},
): Promise<RegionIndexReport & Sourced> {
  const known = await context.catalogue();
  const region = context.regionCode(known, code);
  const info = known.regions.get(region)!;
  const computedFor = info.level >= 2 ? region.slice(0, 4) : region;
  const level = Math.min(Math.max(info.level, 1), 2);
  const mode = options.year !== undefined ? 'year' : 'edition';
  const asked = options.year ?? options.edition;
  const report = await context.figure(
    `region-index:${region}:${mode}:${asked ?? ''}:${options.lag ?? ''}:${options.reference ?? ''}`,
    known.fingerprint,
    async () => {
      const computation = await indexComputationFigure(
        context,
        {
          level,
          mode,
          ...(options.lag !== undefined ? { lag: options.lag } : {}),
          ...(options.reference ? { reference: options.reference } : {}),
        },
        known,
      );
      const years = computation.result.years;
      if (asked !== undefined && !years.includes(asked))
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `unknown ${mode} ${asked}; ${mode}s run from ${years[0] ?? '–'} to ${years.at(-1) ?? '–'}`,
        );
      const year =
        asked ??
        (mode === 'edition'
          ? defaultEdition(computation)
          : latestCompleteYear(computation, info.country_code)) ??
        years.at(-1) ??
        null;
      return {
        ...regionIndexReport(computation, region, computedFor, year),
        source: await indexSource(context, computation, known),
      };
    },
  );
  // Kept with the reasons in English; said again in the language asked for.
  return options.lang && options.lang !== 'en' ? withIndexReasons(report, options.lang) : report;
}
