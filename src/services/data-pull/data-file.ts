/** Who publishes a file of the open data set. */
export type Publisher =
  | 'Eurostat GISCO'
  | 'Eurostat'
  | 'European Commission, CORDIS'
  | 'CBS'
  | 'European Commission, JRC';

/**
 * One file of the open data set: where it lives in the data directory and where it comes from.
 *
 * A file comes from the publisher (`url`), from a mirror laid out like shared/data (`inMirror`),
 * or from both. Where the mirror holds a cleaned or derived copy that the publisher does not offer
 * as such, the mirror entry has no `url` and names the publisher's own download, listed as a file
 * of its own, in `publisherEquivalents`.
 */
export interface DataFile {
  /** Path in the data directory, with `/` separators; also the path in a mirror. */
  readonly path: string;
  /** The publisher's own address for exactly this file; null when only a mirror has it. */
  readonly url: string | null;
  /** Whether a mirror laid out like shared/data has this file at `path`. */
  readonly inMirror: boolean;
  readonly publisher: Publisher;
  readonly licence: string;
  /** What the file holds, in one sentence. */
  readonly description: string;
  /** Set when the address could not be confirmed: says what is uncertain about it. */
  readonly uncertain?: string;
  /** For a file only a mirror has: the paths of the publisher's equivalent downloads. */
  readonly publisherEquivalents?: readonly string[];
  /** For a file only a mirror has and with no download address: where a person can get it. */
  readonly landingPage?: string;
}
