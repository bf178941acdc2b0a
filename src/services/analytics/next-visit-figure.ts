import type { NextVisitWeights } from '../../core/connect/region-next-visit-scores.js';
import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import type { AnalyticsContext, AnalyticsInputs } from './analytics-context.js';
import { nextVisitMethod } from './analytics-methods.js';
import type { Sourced } from './figure-shapes.js';
import { participationSource } from './figure-sources.js';
import { indexComputationFigure } from './index-computation-figure.js';
import { nextVisitReport, type NextVisitReport } from './next-visit.js';
import { readHeldVisits, readSpearheadKeyAreas } from './next-visit-read.js';
import { readNextVisitWeights } from './next-visit-weights.js';
import { nextVisitWeightsCheck } from './next-visit-weights-check.js';
import { regionPopulations } from './region-populations.js';
import type { TextLang } from './measure-status.js';
import { checkTaxonomyMeasure, DEFAULT_TAXONOMY } from './taxonomy-measure.js';

export interface NextVisitOptions {
  level?: number;
  country?: string;
  taxonomy?: string;
  weights?: Partial<NextVisitWeights>;
  excludeVisitedWithinMonths?: number;
  /** The language of the reasons a part or a score is not measured; default en. */
  lang?: TextLang;
}

/** The ranking of regions for the next visit, each score split into its weighted parts. */
export async function nextVisitFigure(
  context: AnalyticsContext,
  options: NextVisitOptions = {},
): Promise<NextVisitReport & Sourced> {
  const known = await context.catalogue();
  const taxonomy = options.taxonomy ?? DEFAULT_TAXONOMY;
  checkTaxonomyMeasure(known, taxonomy, 'participations');
  const key = {
    level: options.level ?? 3,
    country: (options.country ?? 'NL').toUpperCase(),
    taxonomy,
    asOf: context.now().toISOString().slice(0, 10),
    weights: { ...(await readNextVisitWeights(context.store)), ...options.weights },
    excludeVisitedWithinMonths: options.excludeVisitedWithinMonths ?? 12,
    lang: options.lang ?? 'en',
  };
  // Weights the score cannot use are refused here, naming them, before anything is computed.
  nextVisitWeightsCheck(key.weights);
  const { level, country } = key;
  // The saved weights and the day are part of the key: the score depends on both (and the
  // reasons of parts not measured on the language).
  return context.figure(`next-visit:${JSON.stringify(key)}`, known.fingerprint, async () => {
    const inputs = await context.inputs();
    const matrix = await context.keyAreaMatrix(taxonomy, 'participations');
    const index = await indexComputationFigure(context, { level: 2 }, known).catch(() => null);
    // Below the province level, strength and gaps use the region's own values where held.
    const ownLevel =
      level > 2 ? await indexComputationFigure(context, { level }, known).catch(() => null) : null;
    // The connect part needs the region-to-region network: built only when it is weighed.
    const connectOf = key.weights.connect
      ? await regionsConnectOf(context, inputs, matrix, { level, country, taxonomy })
      : undefined;
    return {
      ...nextVisitReport(inputs.data, matrix, index, {
        ...key,
        visits: await readHeldVisits(context.store),
        spearheadKeyAreas: await readSpearheadKeyAreas(context.store),
        columnOf: (await context.keyAreaColumns(taxonomy)).columnOf,
        ...(connectOf ? { connectOf } : {}),
        ...(ownLevel ? { ownLevelValues: ownLevel.levelValues } : {}),
        populations: await regionPopulations(
          context.store,
          [...inputs.data.regions.values()]
            .filter((r) => r.level === level && r.country_code === country)
            .map((r) => r.code),
        ),
      }),
      source: await participationSource(context, nextVisitMethod()),
    };
  });
}

/** How each region of `country` at `level` connects to the others (kept per fingerprint). */
function regionsConnectOf(
  context: AnalyticsContext,
  inputs: AnalyticsInputs,
  matrix: ActivityMatrix,
  scope: { level: number; country: string; taxonomy: string },
) {
  const { level, country, taxonomy } = scope;
  return context.cache.get(
    `next-visit-connect:${level}:${country}:${taxonomy}`,
    inputs.fingerprint,
    async () => {
      const { regionsConnect } = await import('./missing-links.js');
      const { linkNetwork } = await import('./link-network.js');
      const network = await context.cache.get(
        `link-network:${country}:${level}`,
        inputs.fingerprint,
        () => Promise.resolve(linkNetwork(inputs.data, country, level)),
      );
      const regions = [...inputs.data.regions.values()]
        .filter((r) => r.level === level && r.country_code === country && r.kind === 'nuts')
        .map((r) => r.code);
      return regionsConnect(inputs.data, matrix, network, regions);
    },
  );
}
