import { RegiokrachtError } from '../../domain/errors.js';
import type { AnalyticsContext } from './analytics-context.js';
import type { Sourced } from './figure-shapes.js';
import { indexSource } from './figure-sources.js';
import { indexComputationFigure } from './index-computation-figure.js';
import { indexReport, type IndexReport } from './index-report.js';
import { DEFAULT_INDEX_INDICATORS, type IndexComputation } from './innovation-index.js';
import { defaultEdition, latestCompleteYear, nearestIndexedYear } from './index-years.js';

export interface IndexOptions {
  level?: number;
  year?: number;
  edition?: number;
  lag?: number;
  reference?: string;
  indicators?: readonly string[];
  country?: string;
}

/**
 * Topic 3: the index of every region of a level in one edition (default: the latest edition in
 * which every indicator of the set has data), or in one year when `year` is given.
 */
export async function indexFigure(
  context: AnalyticsContext,
  options: IndexOptions = {},
): Promise<IndexReport & Sourced> {
  if (options.year !== undefined && options.edition !== undefined)
    throw new RegiokrachtError(
      'INVALID_INPUT',
      'choose either an edition (--edition) or a single year (--year), not both',
    );
  const mode = options.year !== undefined ? 'year' : 'edition';
  const known = await context.catalogue();
  const key = {
    level: options.level ?? 2,
    mode,
    asked: options.year ?? options.edition ?? null,
    lag: options.lag ?? null,
    reference: options.reference ?? 'EU',
    indicators: options.indicators?.length ? options.indicators : DEFAULT_INDEX_INDICATORS,
    country: options.country?.toUpperCase() ?? null,
  };
  return context.figure(`index-report:${JSON.stringify(key)}`, known.fingerprint, async () => {
    const computation = await indexComputationFigure(context, { ...options, mode }, known);
    const asked = options.year ?? options.edition;
    const word = mode === 'edition' ? 'edition' : 'year';
    const years = computation.result.years;
    if (asked !== undefined && !years.includes(asked)) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        years.length === 0
          ? `no ${word} ${asked}: no indicator values held (import Eurostat indicators first)`
          : `unknown ${word} ${asked}; ${word}s run from ${years[0]} to ${years.at(-1)}`,
      );
    }
    const year =
      asked ??
      (mode === 'edition'
        ? defaultEdition(computation)
        : (latestCompleteYear(computation, 'NL') ?? years.at(-1))) ??
      years.at(-1);
    if (year === undefined) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        'no index: no indicator values held (import Eurostat indicators first)',
      );
    }
    const country = options.country?.toUpperCase();
    const filter = country ? (r: string) => r.startsWith(country) : undefined;
    const report = indexReport(computation, year, filter);
    return {
      ...(report.regions.length > 0
        ? report
        : { ...report, no_result: noIndexReason(computation, report, year, filter, country) }),
      source: await indexSource(context, computation, known),
    };
  });
}

/**
 * Why a year or edition lists no region (for the country asked for): the indicators its regions
 * lack, and the nearest year or edition that lists some.
 */
function noIndexReason(
  c: IndexComputation,
  report: IndexReport,
  year: number,
  filter: ((region: string) => boolean) | undefined,
  country: string | undefined,
): { reason: string; nearest: number | null } {
  const word = c.query.mode === 'edition' ? 'edition' : 'year';
  const where = country ? `no region of ${country}` : 'no region';
  const need = Math.ceil((2 / 3) * report.indicators.length - 1e-9);
  const lacking = report.indicators.filter((i) =>
    report.left_out.every((l) => l.missing.includes(i)),
  );
  const window = c.query.mode === 'edition' ? ` (data of ${year - c.query.lag}-${year})` : '';
  const reason =
    report.left_out.length === 0
      ? `${where} at NUTS ${report.level} is known`
      : `${where} at NUTS ${report.level} has its own values for ${need} of the ${report.indicators.length} indicators in ${word} ${year}${window}` +
        (lacking.length > 0 ? `; none of them has data for ${lacking.join(', ')}` : '');
  return { reason, nearest: nearestIndexedYear(c, year, filter) };
}
