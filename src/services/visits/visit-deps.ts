import type { Store } from '../../storage/store.js';

/** What the visit and good-practice services need: the store and a clock. */
export interface VisitDeps {
  readonly store: Store;
  readonly now: () => Date;
}
