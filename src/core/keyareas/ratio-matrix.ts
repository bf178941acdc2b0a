import type { Ratio } from './ratio.js';

/** A region x key-area table of quotients (shares, location quotients), same order as its matrix. */
export interface RatioMatrix<R extends string, K extends string, Reason extends string> {
  readonly regions: readonly R[];
  readonly keyAreas: readonly K[];
  /** `cells[i][j]` belongs to regions[i] and keyAreas[j]. */
  readonly cells: readonly (readonly Ratio<Reason>[])[];
}
