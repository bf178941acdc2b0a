import type { AnalyticsContext } from './analytics-context.js';
import { partnersMethod } from './analytics-methods.js';
import type { Measured, Sourced } from './figure-shapes.js';
import { askRegionKeyAreas, type RegionFigureOptions } from './asked-region.js';
import { projectKeyAreas } from './project-key-areas.js';
import { regionFigure, withMeasureStatus } from './region-figure.js';
import { regionPartners, type RegionPartners } from './region-partners.js';

export type PartnersOptions = RegionFigureOptions & {
  taxonomy?: string;
  scope?: string;
  limit?: number;
};

/** Connecting regions: organisations elsewhere active in the same key areas and not yet linked. */
export async function partnersFigure(
  context: AnalyticsContext,
  code: string,
  options: PartnersOptions = {},
): Promise<RegionPartners & Measured & Sourced> {
  const { known, region, lang, taxonomy } = await askRegionKeyAreas(context, code, {
    ...options,
    measure: 'participations',
  });
  const scope = options.scope?.toUpperCase();
  if (scope) context.regionCode(known, scope);
  const key = `partners:${region}:${taxonomy}:${scope ?? ''}:${options.limit ?? ''}:${lang}`;
  return regionFigure(context, known, region, key, async ({ inputs, placement }) => {
    const figures = regionPartners(
      inputs.data,
      inputs.derived,
      projectKeyAreas(inputs.data, taxonomy),
      region,
      {
        taxonomy,
        ...(scope ? { scope } : {}),
        ...(options.limit ? { limit: options.limit } : {}),
      },
    );
    const notMeasured = { organisations: [] };
    return withMeasureStatus(
      context,
      figures,
      notMeasured,
      { inputs, placement },
      region,
      lang,
      partnersMethod(),
    );
  });
}
