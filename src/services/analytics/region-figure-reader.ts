import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import type { AnalyticsContext } from './analytics-context.js';
import {
  askRegion,
  askRegionKeyAreas,
  type AskedKeyAreas,
  type AskedRegion,
  type KeyAreaFigureOptions,
  type RegionFigureOptions,
} from './asked-region.js';
import type { KeyAreaColumns } from './key-area-columns.js';
import { regionFigure, type RegionFigureInputs } from './region-figure.js';

/** A part of a figure's key: what tells one variant of the figure from another. */
type KeyPart = string | number;

/** How one kind of region's figure is kept and computed, once the region is asked for. */
export interface FigureReading<O, A extends AskedRegion, R, T> {
  /** The figure's name, first in its key (`name:region:...:lang`). */
  readonly name: string;
  /** What else its key holds, between the region and the language; it may check the options. */
  readonly key: (asked: A, options: O, context: AnalyticsContext) => readonly KeyPart[];
  /** The figure, from what was asked and read. */
  readonly compute: (read: R, options: O, context: AnalyticsContext) => Promise<T>;
}

/** A reader of a region's figures: `(context, code, options)` to the figure, kept under its key. */
export type RegionFigureReader<O, T> = (
  context: AnalyticsContext,
  code: string,
  options?: O,
) => Promise<T>;

/**
 * The reader of one kind of region's figure: asks for the region (NOT_FOUND when unknown), keeps
 * the figure under `name:region:...:lang` and computes it from the analytics inputs and the
 * region's placement when neither the memory nor the `figures` table holds it.
 *
 * @example
 * export const helixFigure = regionFigureReader<HelixOptions, RegionHelix & Covered & Sourced>({
 *   name: 'helix', key: () => [resamples, seed], compute: async (read) => ...,
 * });
 */
export function regionFigureReader<O extends RegionFigureOptions, T>(
  reading: FigureReading<O, AskedRegion, AskedRegion & RegionFigureInputs, T>,
): RegionFigureReader<O, T> {
  return readerOf(askRegion, reading, (_context, asked, read) =>
    Promise.resolve({ ...asked, ...read }),
  );
}

/** What a key-area figure is computed from besides: the taxonomy's matrix and columns. */
export interface KeyAreaFigureInputs extends AskedKeyAreas, RegionFigureInputs {
  readonly matrix: ActivityMatrix;
  readonly columns: KeyAreaColumns;
}

/**
 * {@link regionFigureReader} for a figure over key areas: the taxonomy and the measure are
 * checked and follow the region in the key; the figure is computed with their key-area matrix
 * and columns.
 */
export function keyAreaFigureReader<O extends KeyAreaFigureOptions, T>(
  reading: FigureReading<O, AskedKeyAreas, KeyAreaFigureInputs, T>,
): RegionFigureReader<O, T> {
  return readerOf(
    askRegionKeyAreas,
    {
      ...reading,
      key: (asked, options, context) => [
        asked.taxonomy,
        asked.measure,
        ...reading.key(asked, options, context),
      ],
    },
    async (context, asked, read) => ({
      ...asked,
      ...read,
      matrix: await context.keyAreaMatrix(asked.taxonomy, asked.measure),
      columns: await context.keyAreaColumns(asked.taxonomy),
    }),
  );
}

function readerOf<O extends RegionFigureOptions, A extends AskedRegion, R, T>(
  ask: (context: AnalyticsContext, code: string, options: O) => Promise<A>,
  reading: FigureReading<O, A, R, T>,
  inputs: (context: AnalyticsContext, asked: A, read: RegionFigureInputs) => Promise<R>,
): RegionFigureReader<O, T> {
  return async (context, code, options = {} as O) => {
    const asked = await ask(context, code, options);
    const key = [
      reading.name,
      asked.region,
      ...reading.key(asked, options, context),
      asked.lang,
    ].join(':');
    return regionFigure(context, asked.known, asked.region, key, async (read) =>
      reading.compute(await inputs(context, asked, read), options, context),
    );
  };
}
