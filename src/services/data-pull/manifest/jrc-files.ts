import type { DataFile } from '../data-file.js';
import { mirrorOnly } from './manifest-entries.js';

/* The JRC's NUTS converter matrices. */

export const NUTS_CONVERSION: readonly DataFile[] = [
  'n2_cm_v2010_v2021',
  'n2_cm_v2013_v2021',
  'n2_cm_v2016_v2021',
  'n2_cm_v2021_v2024',
  'n3_cm_v2013_v2021',
  'n3_cm_v2016_v2021',
  'n3_cm_v2021_v2024',
].map((name) => {
  const [level, , from, to] = name.split('_');
  return mirrorOnly(
    `nuts_conversion/${name}.csv`,
    'European Commission, JRC',
    'JRC (Pigaiani & Batista); the copy is MIT (ropensci/nuts)',
    `JRC NUTS converter matrix, level ${level?.slice(1)}, NUTS ${from?.slice(1)} to ${to?.slice(1)} (release 2025.08)`,
    { landingPage: 'https://urban.jrc.ec.europa.eu/nutsconverter' },
  );
});
