import type { AnalyticsContext } from './analytics-context.js';
import { keyAreasMethod } from './analytics-methods.js';
import type { Covered, Sourced } from './figure-shapes.js';
import { participationSource } from './figure-sources.js';
import { ALL_REFERENCE } from './key-area-activity.js';
import { askRegionKeyAreas, type KeyAreaFigureOptions } from './asked-region.js';
import { regionFigure, withCoverage } from './region-figure.js';
import { regionKeyAreas, type RegionKeyAreas } from './region-key-areas.js';
import { regionUnclassifiedActivity } from './region-unclassified-activity.js';

export type KeyAreasOptions = KeyAreaFigureOptions & { reference?: string };

/** Topic 2: activity, share of the national total and location quotient per key area. */
export async function keyAreasFigure(
  context: AnalyticsContext,
  code: string,
  options: KeyAreasOptions = {},
): Promise<RegionKeyAreas & Covered & Sourced> {
  const { known, region, lang, taxonomy, measure } = await askRegionKeyAreas(
    context,
    code,
    options,
  );
  const reference = options.reference?.toUpperCase();
  if (reference && reference !== ALL_REFERENCE) context.regionCode(known, reference);
  // The country is the default reference: asking for it by name is the same figure.
  const referenceKey = reference ?? known.regions.get(region)!.country_code;
  const key = `keyareas:${region}:${taxonomy}:${measure}:${referenceKey}:${lang}`;
  return regionFigure(context, known, region, key, async (read) => {
    const matrix = await context.keyAreaMatrix(taxonomy, measure);
    const columns = await context.keyAreaColumns(taxonomy);
    const data = read.inputs.data;
    const unclassified = regionUnclassifiedActivity(data, columns.projects, region, measure);
    const result = regionKeyAreas(data, matrix, region, columns, unclassified, {
      taxonomy,
      measure,
      ...(reference ? { reference } : {}),
      measured: read.placement.measurability.available,
    });
    const method = keyAreasMethod({
      measure,
      classification: result.classification,
      country: result.country,
      reference: result.reference,
    });
    const figures = { ...result, source: await participationSource(context, method) };
    return withCoverage(figures, read, region, lang);
  });
}
