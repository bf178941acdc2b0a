import { describe, expect, it } from 'vitest';
import { IMPORT_KINDS } from './import-kinds.js';
import { IMPORTERS } from './index.js';

describe('the import kinds the command line names', () => {
  it('are exactly the kinds of the importer registry, in its order', () => {
    expect(IMPORT_KINDS).toEqual(Object.keys(IMPORTERS));
  });
});
