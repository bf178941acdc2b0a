import { HELIX_SYNERGY_DEFAULTS } from '../../core/helix/helix-synergy.js';
import type { AnalyticsContext } from './analytics-context.js';
import { helixMethod } from './analytics-methods.js';
import type { Covered, Sourced } from './figure-shapes.js';
import { participationSource } from './figure-sources.js';
import { askRegion, type RegionFigureOptions } from './asked-region.js';
import { regionFigure, withCoverage } from './region-figure.js';
import { regionHelix, regionHelixNotMeasured, type RegionHelix } from './region-helix.js';

export type HelixOptions = RegionFigureOptions & { resamples?: number; seed?: number };

/** Topic 1: helix composition and triple-helix synergy T of a region. */
export async function helixFigure(
  context: AnalyticsContext,
  code: string,
  options: HelixOptions = {},
): Promise<RegionHelix & Covered & Sourced> {
  const { known, region, lang } = await askRegion(context, code, options);
  const { lang: _lang, ...synergy } = options;
  const key = `helix:${region}:${synergy.resamples ?? HELIX_SYNERGY_DEFAULTS.resamples}:${synergy.seed ?? HELIX_SYNERGY_DEFAULTS.seed}:${lang}`;
  return regionFigure(context, known, region, key, async (read) => {
    const figures = {
      ...(read.placement.measurability.available
        ? await regionHelix(
            read.inputs.data,
            read.inputs.derived,
            region,
            synergy,
            context.figureComputer,
          )
        : regionHelixNotMeasured(region)),
      source: await participationSource(context, helixMethod()),
    };
    return withCoverage(figures, read, region, lang);
  });
}
