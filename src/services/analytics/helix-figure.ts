import { HELIX_SYNERGY_DEFAULTS } from '../../core/helix/helix-synergy.js';
import { helixMethod } from './analytics-methods.js';
import type { RegionFigureOptions } from './asked-region.js';
import type { Covered, Sourced } from './figure-shapes.js';
import { withSourceAndCoverage } from './region-figure.js';
import { regionFigureReader } from './region-figure-reader.js';
import { regionHelix, regionHelixNotMeasured, type RegionHelix } from './region-helix.js';

export type HelixOptions = RegionFigureOptions & { resamples?: number; seed?: number };

/** Topic 1: helix composition and triple-helix synergy T of a region. */
export const helixFigure = regionFigureReader<HelixOptions, RegionHelix & Covered & Sourced>({
  name: 'helix',
  key: (_asked, { resamples, seed }) => [
    resamples ?? HELIX_SYNERGY_DEFAULTS.resamples,
    seed ?? HELIX_SYNERGY_DEFAULTS.seed,
  ],
  compute: async (read, options, context) => {
    const { lang: _lang, ...synergy } = options;
    const { inputs, region } = read;
    const figures = read.placement.measurability.available
      ? await regionHelix(
          inputs.data,
          inputs.derived,
          region,
          synergy,
          context.figureComputer,
          read.lang,
        )
      : regionHelixNotMeasured(region);
    return withSourceAndCoverage(context, figures, read, region, read.lang, helixMethod());
  },
});
