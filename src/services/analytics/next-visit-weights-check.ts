import type { NextVisitWeights } from '../../core/connect/region-next-visit-scores.js';
import { RegiokrachtError } from '../../domain/errors.js';

/** The weights of the score by name, as given (connect absent when not given). */
type GivenWeights = Partial<Record<keyof NextVisitWeights, number>>;

/**
 * Refuses weights the score cannot use, naming them: a weight that is not a number >= 0, or all
 * weights 0 (the score divides by their sum). Throws INVALID_INPUT with one line that names
 * the weights at fault.
 *
 * @example
 * nextVisitWeightsCheck({ recency: 0, coverage: 0, strength: 0, gaps: 0 });
 * // throws: next-visit weights recency, coverage, strength, gaps are all 0: at least one must be above 0
 */
export function nextVisitWeightsCheck(weights: GivenWeights): void {
  const entries = Object.entries(weights).filter(
    (entry): entry is [string, number] => entry[1] !== undefined,
  );
  const wrong = entries.filter(([, w]) => !Number.isFinite(w) || w < 0);
  if (wrong.length) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `next-visit ${wrong.length > 1 ? 'weights' : 'weight'} ${wrong.map(([k, w]) => `${k}=${w}`).join(', ')}: each weight must be a number >= 0`,
    );
  }
  if (entries.every(([, w]) => w === 0)) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `next-visit weights ${entries.map(([k]) => k).join(', ')} are all 0: at least one must be above 0 (the score divides by their sum)`,
    );
  }
}
