import type { DataFile } from './data-file.js';
import { CBS_OFFICIAL, NL } from './manifest/cbs-files.js';
import { CORDIS } from './manifest/cordis-files.js';
import { EUROSTAT, OFFICIAL_EUROSTAT } from './manifest/eurostat-files.js';
import { GEO, OFFICIAL_TERCET } from './manifest/gisco-files.js';
import { NUTS_CONVERSION } from './manifest/jrc-files.js';

export { eurostatTsvPath, eurostatTsvUrl } from './manifest/manifest-entries.js';

/*
 * Every file of the open data set and every publisher's address, one module per publisher under
 * manifest/.
 * docs/data-sources.md renders this list (a test keeps the two the same).
 *
 * Mirror paths are the paths in shared/data. Where the publisher's download differs in format or
 * content from the mirror's copy (the mirror holds cleaned or derived copies from public
 * repositories), the publisher's download is listed under a path of its own.
 */

/** Every file of the open data set. */
export const DATA_FILES: readonly DataFile[] = [
  ...GEO,
  ...CBS_OFFICIAL,
  ...EUROSTAT,
  ...CORDIS,
  ...NL,
  ...NUTS_CONVERSION,
  ...OFFICIAL_EUROSTAT,
  ...OFFICIAL_TERCET,
];
