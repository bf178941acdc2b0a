import { similarMethod } from './analytics-methods.js';
import type { KeyAreaFigureOptions } from './asked-region.js';
import type { Measured, Sourced } from './figure-shapes.js';
import { withMeasureStatus } from './region-figure.js';
import { keyAreaFigureReader } from './region-figure-reader.js';
import { regionSimilar, type RegionSimilar } from './region-similar.js';

export type SimilarOptions = KeyAreaFigureOptions & { limit?: number };

/** Connecting regions: similar and complementary regions by key-area profile, explained in words. */
export const similarFigure = keyAreaFigureReader<
  SimilarOptions,
  RegionSimilar & Measured & Sourced
>({
  name: 'similar',
  key: (_asked, options) => [options.limit ?? ''],
  compute: (read, options, context) => {
    const figures = regionSimilar(read.inputs.data, read.matrix, read.region, {
      taxonomy: read.taxonomy,
      measure: read.measure,
      columns: read.columns,
      ...(options.limit ? { limit: options.limit } : {}),
    });
    const { lang, measure } = read;
    const notMeasured = { regions: [] };
    const method = similarMethod(measure);
    return withMeasureStatus(context, figures, notMeasured, read, read.region, lang, method);
  },
});
