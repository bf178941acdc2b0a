import type { AnalyticsContext } from './analytics-context.js';
import { clustersMethod } from './analytics-methods.js';
import type { Measured, Sourced } from './figure-shapes.js';
import type { TextLang } from './measure-status.js';
import { regionClusters, type RegionClusters } from './region-clusters.js';
import { regionFigure, withMeasureStatus } from './region-figure.js';
import { readRegionFunds, readRegionSpearheads } from './region-spearheads-read.js';
import { checkTaxonomyMeasure, DEFAULT_TAXONOMY } from './taxonomy-measure.js';

export interface ClustersOptions {
  taxonomy?: string;
  measure?: string;
  lang?: TextLang;
}

/** Topic 3: spearheads and their key-area coverage, cluster stars per key area, investment funds. */
export async function clustersFigure(
  context: AnalyticsContext,
  code: string,
  options: ClustersOptions = {},
): Promise<RegionClusters & Measured & Sourced> {
  const known = await context.catalogue();
  const region = context.regionCode(known, code);
  const lang = options.lang ?? 'en';
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
  const measure = checkTaxonomyMeasure(known, taxonomy, options.measure ?? 'participations');
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
