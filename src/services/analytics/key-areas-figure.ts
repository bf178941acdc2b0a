import { keyAreasMethod } from './analytics-methods.js';
import type { KeyAreaFigureOptions } from './asked-region.js';
import type { Covered, Sourced } from './figure-shapes.js';
import { placedOrganisations } from './derived-data.js';
import { ALL_REFERENCE } from './key-area-activity.js';
import { withSourceAndCoverage } from './region-figure.js';
import { keyAreaFigureReader } from './region-figure-reader.js';
import { regionKeyAreas, type RegionKeyAreas } from './region-key-areas.js';
import { regionUnclassifiedActivity } from './region-unclassified-activity.js';

export type KeyAreasOptions = KeyAreaFigureOptions & { reference?: string };

/** Topic 2: activity, share of the national total and location quotient per key area. */
export const keyAreasFigure = keyAreaFigureReader<
  KeyAreasOptions,
  RegionKeyAreas & Covered & Sourced
>({
  name: 'keyareas',
  key: ({ known, region }, options, context) => {
    const reference = options.reference?.toUpperCase();
    if (reference && reference !== ALL_REFERENCE) context.regionCode(known, reference);
    // The country is the default reference: asking for it by name is the same figure.
    return [reference ?? known.regions.get(region)!.country_code];
  },
  compute: async (read, options, context) => {
    const { region, taxonomy, measure, columns } = read;
    const reference = options.reference?.toUpperCase();
    const data = read.inputs.data;
    const unclassified = regionUnclassifiedActivity(
      data,
      read.inputs.derived,
      columns.projects,
      region,
      measure,
      read.lang,
    );
    const result = regionKeyAreas(data, read.matrix, region, columns, unclassified, {
      taxonomy,
      measure,
      ...(reference ? { reference } : {}),
      measured: read.placement.measurability.available,
      noPlaced: placedOrganisations(read.inputs.derived, region) === 0,
      lang: read.lang,
    });
    const method = keyAreasMethod({
      measure,
      classification: result.classification,
      country: result.country,
      reference: result.reference,
    });
    return withSourceAndCoverage(context, result, read, region, read.lang, method);
  },
});
