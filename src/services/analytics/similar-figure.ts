import type { AnalyticsContext } from './analytics-context.js';
import { similarMethod } from './analytics-methods.js';
import type { Measured, Sourced } from './figure-shapes.js';
import { askRegionKeyAreas, type KeyAreaFigureOptions } from './asked-region.js';
import { regionFigure, withMeasureStatus } from './region-figure.js';
import { regionSimilar, type RegionSimilar } from './region-similar.js';

export type SimilarOptions = KeyAreaFigureOptions & { limit?: number };

/** Connecting regions: similar and complementary regions by key-area profile, explained in words. */
export async function similarFigure(
  context: AnalyticsContext,
  code: string,
  options: SimilarOptions = {},
): Promise<RegionSimilar & Measured & Sourced> {
  const { known, region, lang, taxonomy, measure } = await askRegionKeyAreas(
    context,
    code,
    options,
  );
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
