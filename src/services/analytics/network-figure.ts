import { RegiokrachtError } from '../../domain/errors.js';
import type { AnalyticsData } from './analytics-data.js';
import type { AnalyticsContext } from './analytics-context.js';
import { networkMethod } from './analytics-methods.js';
import type { Covered, Sourced } from './figure-shapes.js';
import { askRegion, type RegionFigureOptions } from './asked-region.js';
import { projectKeyAreas } from './project-key-areas.js';
import { regionFigure, withSourceAndCoverage } from './region-figure.js';
// The network measures (graphology, Louvain) load when a network is computed, not to read one.
import type { RegionNetwork } from './region-network.js';

/**
 * The seed of the published communities: the one stored with the figures and given to anyone;
 * other seeds are for signed-in users (NETWORK_LOUVAIN_DEFAULTS's seed, not imported here so that
 * reading a stored figure does not load the network libraries).
 */
export const NETWORK_PUBLISHED_SEED = 1;

export type NetworkOptions = RegionFigureOptions & { seed?: number; keyArea?: string };

/** Topic 1: the collaboration network of a region's organisations, measured. */
export async function networkFigure(
  context: AnalyticsContext,
  code: string,
  options: NetworkOptions = {},
): Promise<RegionNetwork & Covered & Sourced> {
  const { known, region, lang } = await askRegion(context, code, options);
  const seed = options.seed ?? NETWORK_PUBLISHED_SEED;
  const keyArea = options.keyArea
    ? known.keyAreas.find((k) => k.id === options.keyArea)
    : undefined;
  if (options.keyArea && !keyArea) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `unknown key area ${options.keyArea}; use an id such as topsectoren-2011/htsm`,
    );
  }
  if (seed !== NETWORK_PUBLISHED_SEED) {
    // Only the communities depend on the seed: the published figure with those of this seed.
    const published = await networkFigure(context, code, { ...options, seed: undefined });
    if (published.nodes === null) return published;
    const { data, derived } = await context.inputs();
    const { regionNetworkReseeded } = await import('./region-network.js');
    return regionNetworkReseeded(
      published,
      derived,
      seed,
      keyArea ? { id: keyArea.id, projects: keyAreaProjects(data, keyArea) } : null,
      context.figureComputer,
    );
  }
  const key = `network:${region}:${seed}:${keyArea?.id ?? ''}:${lang}`;
  return regionFigure(context, known, region, key, async (read) => {
    const { data, derived } = read.inputs;
    const { regionNetwork, regionNetworkNotMeasured } = await import('./region-network.js');
    const figures = !read.placement.measurability.available
      ? regionNetworkNotMeasured(region, keyArea?.id ?? null)
      : await regionNetwork(
          data,
          derived,
          region,
          seed,
          keyArea ? { id: keyArea.id, projects: keyAreaProjects(data, keyArea) } : null,
          context.figureComputer,
          lang,
        );
    return withSourceAndCoverage(context, figures, read, region, lang, networkMethod());
  });
}

/** The region's collaboration network as GEXF 1.2draft (opens in Gephi and NetworkX). */
export async function networkGexf(
  context: AnalyticsContext,
  code: string,
  options: { keyArea?: string } = {},
): Promise<string> {
  const inputs = await context.inputs();
  const network = await networkFigure(context, code, options);
  const { regionNetworkGexf } = await import('./region-network.js');
  return regionNetworkGexf(network, (id) => inputs.data.actors.get(id)?.region_code ?? null);
}

/** The projects classified (with a weight above 0) in one key area of its taxonomy. */
function keyAreaProjects(
  data: AnalyticsData,
  keyArea: { readonly id: string; readonly taxonomy_id: string },
): Set<string> {
  return new Set(
    [...projectKeyAreas(data, keyArea.taxonomy_id)]
      .filter(([, areas]) => areas.some((a) => a.keyArea === keyArea.id && a.weight > 0))
      .map(([project]) => project),
  );
}
