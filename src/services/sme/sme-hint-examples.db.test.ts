import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../web/i18n/messages-en.js';
import { nl } from '../../web/i18n/messages-nl.js';
import { runImport } from '../../importers/run-import.js';
import { tercetImporter } from '../../importers/tercet/tercet-importer.js';
import { seededStoreFixture } from '../../../test/support/seeded-store-fixture.js';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { findSmeArea } from './sme-finder.js';

/** The texts of the SME desk that give postcodes as examples of what to type. */
const HINTS = ['sme.q.hint', 'sme.format.pc4', 'sme.format.pc6'] as const;

/** The Dutch postcodes (PC4 or PC6, with or without a space) a text gives as examples. */
function postcodeExamples(text: string): string[] {
  return [...text.matchAll(/\b[1-9][0-9]{3}(?: ?[A-Z]{2})?\b/g)].map((m) => m[0]);
}

describe(`the SME desk's postcode examples on ${testBackend}`, () => {
  const fixture = seededStoreFixture('sme-hint-');
  // The Dutch postcodes the product loads: the GISCO TERCET selection in the shared data.
  beforeAll(async () => {
    await runImport(
      fixture.store,
      tercetImporter,
      join(sharedDataDir, 'official', 'tercet', 'pc2020_NL_NUTS-2021_v2.0_selection.csv'),
    );
  });

  for (const [lang, messages] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    it.each(HINTS)(
      `finds the region of every postcode %s gives as an example (${lang})`,
      async (key) => {
        const examples = postcodeExamples(messages[key]);
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) {
          const found = await findSmeArea(fixture.store, example);
          expect(found.understood, example).toBe('postcode');
          expect(
            found.matches.map((m) => m.region?.code),
            example,
          ).toEqual(['NL213']);
        }
      },
    );
  }
});
