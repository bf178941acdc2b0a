import type { FigureSource } from './provenance.js';
import type { CoverageStatement, MeasureStatus } from './measure-status.js';
import type { FigurePeriod } from './region-placement.js';

/** What every computed figure carries: where its numbers come from. */
export interface Sourced {
  readonly source: FigureSource;
}

/** What a figure built from placed participations carries: whether it is measured, and why not. */
export type Measured = MeasureStatus;

/** What topic 1 and 2 figures carry besides: the data's coverage and the projects' years. */
export interface Covered extends MeasureStatus {
  readonly coverage: CoverageStatement;
  readonly period: FigurePeriod | null;
}
