import type { AnalyticsCatalogue } from './analytics-catalogue.js';
import type { AnalyticsContext } from './analytics-context.js';
import type { KeyAreaMeasure } from './key-area-activity.js';
import type { TextLang } from './measure-status.js';
import { checkTaxonomyMeasure, DEFAULT_TAXONOMY } from './taxonomy-measure.js';

/** What every region's figure may be asked in: the language of its words (default en). */
export interface RegionFigureOptions {
  lang?: TextLang;
}

/** What a figure over key areas may be asked in besides: the taxonomy and the measure. */
export interface KeyAreaFigureOptions extends RegionFigureOptions {
  taxonomy?: string;
  measure?: string;
}

/** The region a figure is asked for, checked against the catalogue, and the language asked. */
export interface AskedRegion {
  readonly known: AnalyticsCatalogue;
  readonly region: string;
  readonly lang: TextLang;
}

/** The same, with the taxonomy and the measure checked (defaults: Topsectoren, participations). */
export interface AskedKeyAreas extends AskedRegion {
  readonly taxonomy: string;
  readonly measure: KeyAreaMeasure;
}

/** Reads the catalogue and checks `code` against it (NOT_FOUND for an unknown region). */
export async function askRegion(
  context: AnalyticsContext,
  code: string,
  options: RegionFigureOptions,
): Promise<AskedRegion> {
  const known = await context.catalogue();
  return { known, region: context.regionCode(known, code), lang: options.lang ?? 'en' };
}

/** {@link askRegion}, and the taxonomy and measure checked (INVALID_INPUT when unknown). */
export async function askRegionKeyAreas(
  context: AnalyticsContext,
  code: string,
  options: KeyAreaFigureOptions,
): Promise<AskedKeyAreas> {
  const asked = await askRegion(context, code, options);
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
  const measure = checkTaxonomyMeasure(asked.known, taxonomy, options.measure ?? 'participations');
  return { ...asked, taxonomy, measure };
}
