import type { AnalyticsContext } from './analytics-context.js';
import { similarMethod } from './analytics-methods.js';
import type { Measured, Sourced } from './figure-shapes.js';
import type { TextLang } from './measure-status.js';
import { regionFigure, withMeasureStatus } from './region-figure.js';
import { regionSimilar, type RegionSimilar } from './region-similar.js';
import { checkTaxonomyMeasure, DEFAULT_TAXONOMY } from './taxonomy-measure.js';

export interface SimilarOptions {
  taxonomy?: string;
  measure?: string;
  limit?: number;
  lang?: TextLang;
}

/** Connecting regions: similar and complementary regions by key-area profile, explained in words. */
export async function similarFigure(
  context: AnalyticsContext,
  code: string,
  options: SimilarOptions = {},
): Promise<RegionSimilar & Measured & Sourced> {
  const known = await context.catalogue();
  const region = context.regionCode(known, code);
  const lang = options.lang ?? 'en';
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
  const measure = checkTaxonomyMeasure(known, taxonomy, options.measure ?? 'participations');
  const key = `similar:${region}:${taxonomy}:${measure}:${options.limit ?? ''}:${lang}`;
  return regionFigure(context, known, region, key, async ({ inputs, placement }) => {
    const matrix = await context.keyAreaMatrix(taxonomy, measure);
    const figures = regionSimilar(inputs.data, matrix, region, {
      taxonomy,
      measure,
      columns: await context.keyAreaColumns(taxonomy),
      ...(options.limit ? { limit: options.limit } : {}),
    });
    return withMeasureStatus(
      context,
      figures,
      { regions: [] },
      placement,
      lang,
      similarMethod(measure),
    );
  });
}
