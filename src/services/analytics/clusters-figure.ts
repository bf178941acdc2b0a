import { clustersMethod } from './analytics-methods.js';
import type { KeyAreaFigureOptions } from './asked-region.js';
import type { Measured, Sourced } from './figure-shapes.js';
import { regionClusters, type RegionClusters } from './region-clusters.js';
import { withMeasureStatus } from './region-figure.js';
import { keyAreaFigureReader } from './region-figure-reader.js';
import { readRegionFunds, readRegionSpearheads } from './region-spearheads-read.js';

export type ClustersOptions = KeyAreaFigureOptions;

/** Topic 3: spearheads and their key-area coverage, cluster stars per key area, investment funds. */
export const clustersFigure = keyAreaFigureReader<
  ClustersOptions,
  RegionClusters & Measured & Sourced
>({
  name: 'clusters',
  key: () => [],
  compute: async (read, _options, context) => {
    const { region, lang, measure } = read;
    const spearheads = await readRegionSpearheads(context.store, region);
    const funds = await readRegionFunds(context.store, region);
    const figures = regionClusters(read.inputs.data, read.matrix, region, spearheads, funds, {
      taxonomy: read.taxonomy,
      measure,
      columns: read.columns,
    });
    const notMeasured = { compared_with: [], stars: [] };
    const method = clustersMethod(measure);
    return withMeasureStatus(context, figures, notMeasured, read, region, lang, method);
  },
});
