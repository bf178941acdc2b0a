import { describe, expect, it } from 'vitest';
import { useFileTestStore } from '../../../test/support/file-test-store.js';
import { seedKeyAreas } from '../../../test/support/seed-key-areas.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { provenanceFingerprint, writeOutsideFingerprint } from './provenance.js';
import { StoredFigures } from './stored-figures.js';

/** A programme rule: one of the editable tables the fingerprint covers. */
const addRule = (store: Store, code: string, weight: number) =>
  store.db
    .insertInto('programme_key_areas')
    .values({
      source_kind: 'programme_part',
      source_code: code,
      key_area_id: 'topsectoren-2011/htsm',
      weight,
      source_id: null,
    })
    .execute();

describe(`the provenance fingerprint on ${testBackend}`, () => {
  const db = useFileTestStore(({ store }) => seedKeyAreas(store));

  it('stays the same while nothing changes, and changes with a write of the same store', async () => {
    const first = await provenanceFingerprint(db.store);
    expect(await provenanceFingerprint(db.store)).toBe(first);
    await addRule(db.store, 'H2020-EU.2.1.1.', 1);
    const second = await provenanceFingerprint(db.store);
    expect(second).not.toBe(first);
    expect(await provenanceFingerprint(db.store)).toBe(second);
  });

  it('changes when another connection commits a change', async () => {
    const before = await provenanceFingerprint(db.store);
    const other = await db.reopen();
    try {
      await addRule(other, 'H2020-EU.2.1.2.', 0.5);
    } finally {
      await other.close();
    }
    expect(await provenanceFingerprint(db.store)).not.toBe(before);
  });

  it('comes back to the same value after a change rolled back, and is not read inside it', async () => {
    const before = await provenanceFingerprint(db.store);
    await expect(
      db.store.transaction(async (tx) => {
        await tx.db
          .insertInto('programme_key_areas')
          .values({
            source_kind: 'programme_part',
            source_code: 'H2020-EU.2.1.3.',
            key_area_id: 'topsectoren-2011/htsm',
            weight: 1,
            source_id: null,
          })
          .execute();
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    expect(await provenanceFingerprint(db.store)).toBe(before);
    await addRule(db.store, 'H2020-EU.2.1.3.', 1);
    const after = await provenanceFingerprint(db.store);
    expect(after).not.toBe(before);
    // The same rows again, written and removed: the data, and so the fingerprint, are as before.
    await db.store.db
      .deleteFrom('programme_key_areas')
      .where('source_code', '=', 'H2020-EU.2.1.3.')
      .execute();
    expect(await provenanceFingerprint(db.store)).toBe(before);
  });

  it('stays the same across a stored figure, and changes when a write outside it also changed data', async () => {
    const before = await provenanceFingerprint(db.store);
    await new StoredFigures(db.store).write('helix:NL213:en', before, '{"t":1}');
    expect(await provenanceFingerprint(db.store)).toBe(before);
    // A write that says it changed one row outside the fingerprint but changed a rule as well.
    await writeOutsideFingerprint(db.store, async () => {
      await addRule(db.store, 'H2020-EU.2.1.4.', 1);
      await new StoredFigures(db.store).write('helix:NL11:en', before, '{"t":2}');
      return 1;
    });
    expect(await provenanceFingerprint(db.store)).not.toBe(before);
  });

  it('changes when another connection commits while a figure is written', async () => {
    const before = await provenanceFingerprint(db.store);
    const other = await db.reopen();
    try {
      await writeOutsideFingerprint(db.store, async () => {
        await addRule(other, 'H2020-EU.2.1.5.', 1);
        await new StoredFigures(db.store).write('helix:NL12:en', before, '{"t":3}');
        return 1;
      });
    } finally {
      await other.close();
    }
    expect(await provenanceFingerprint(db.store)).not.toBe(before);
  });
});
