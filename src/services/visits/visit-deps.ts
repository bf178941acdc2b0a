import type { WriteDeps } from '../write-deps.js';

/** What the visit and good-practice services need: the store, a clock, and the audit actor. */
export type VisitDeps = WriteDeps;
