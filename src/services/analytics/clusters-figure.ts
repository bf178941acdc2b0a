import type { AnalyticsContext } from './analytics-context.js';
import { clustersMethod } from './analytics-methods.js';
import type { Measured, Sourced } from './figure-shapes.js';
import { askRegionKeyAreas, type KeyAreaFigureOptions } from './asked-region.js';
import { regionClusters, type RegionClusters } from './region-clusters.js';
import { regionFigure, withMeasureStatus } from './region-figure.js';
import { readRegionFunds, readRegionSpearheads } from './region-spearheads-read.js';

export type ClustersOptions = KeyAreaFigureOptions;

/** Topic 3: spearheads and their key-area coverage, cluster stars per key area, investment funds. */
export async function clustersFigure(
  context: AnalyticsContext,
  code: string,
  options: ClustersOptions = {},
): Promise<RegionClusters & Measured & Sourced> {
  const { known, region, lang, taxonomy, measure } = await askRegionKeyAreas(
    context,
    code,
    options,
  );
  const key = `clusters:${region}:${taxonomy}:${measure}:${lang}`;
  return regionFigure(context, known, region, key, async ({ inputs, placement }) => {
    const matrix = await context.keyAreaMatrix(taxonomy, measure);
    const spearheads = await readRegionSpearheads(context.store, region);
    const funds = await readRegionFunds(context.store, region);
    const figures = regionClusters(inputs.data, matrix, region, spearheads, funds, {
      taxonomy,
      measure,
      columns: await context.keyAreaColumns(taxonomy),
    });
    const notMeasured = { compared_with: [], stars: [] };
    return withMeasureStatus(
      context,
      figures,
      notMeasured,
      placement,
      lang,
      clustersMethod(measure),
    );
  });
}
