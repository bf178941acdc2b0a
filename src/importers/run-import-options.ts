import type { AuditActor } from '../domain/audit-actor.js';
import type { ImportProgress } from './importer.js';
import type { TextEncodingName } from './text/text-decoding.js';

/** The runner's clock: a function returning now, or an object with `now()`. */
export type Clock = (() => Date) | { now(): Date };

export interface RunImportOptions {
  /** Validate and count, then roll everything back. */
  readonly dryRun?: boolean;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly clock?: Clock;
  /**
   * The directory with the JRC NUTS converter tables (n2_cm_v2016_v2021.csv...). Default: a
   * `nuts_conversion` directory next to the file or up to three levels above it.
   */
  readonly nutsConversionDir?: string;
  /** Who the audit trail names for the import (`cli:<os user>`, a user); `system` when absent. */
  readonly actor?: AuditActor;
  /** The text encoding of the file (default UTF-8, decoded strictly); see `--encoding`. */
  readonly encoding?: TextEncodingName;
  /** Regions a boundary file may add that are not loaded yet (`--new-regions`; default none). */
  readonly allowNewRegions?: boolean;
}
