import type { Store } from '../../storage/store.js';
import type { FigureStore } from './figure-cache.js';
import { figureCodeRevision } from './figure-revision.js';
import { writeOutsideFingerprint } from './provenance.js';

/**
 * The `figures` table as a {@link FigureStore}. A row counts only when it was computed under the
 * same data fingerprint and by the same code (its revision is part of the stored fingerprint), so
 * neither an import, an edit nor an upgrade of Regiokracht lets an old figure through.
 *
 * A figure that cannot be written (a read-only database, a lock held too long) is still answered:
 * the table is a cache, and `failedWrites` counts what it missed.
 */
export class StoredFigures implements FigureStore {
  failedWrites = 0;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async read(key: string, fingerprint: string): Promise<string | undefined> {
    const row = await this.store.db
      .selectFrom('figures')
      .select(['fingerprint', 'value'])
      .where('key', '=', key)
      .executeTakeFirst();
    return row && row.fingerprint === storedFingerprint(fingerprint) ? row.value : undefined;
  }

  async write(key: string, fingerprint: string, json: string): Promise<void> {
    const row = {
      key,
      fingerprint: storedFingerprint(fingerprint),
      value: json,
      computed_at: this.now().toISOString(),
    };
    try {
      // The figures are not among the fingerprint's inputs: writing one changes no fingerprint.
      await writeOutsideFingerprint(this.store, async () => {
        const [result] = await this.store.db
          .insertInto('figures')
          .values(row)
          .onConflict((c) =>
            c.column('key').doUpdateSet({
              fingerprint: row.fingerprint,
              value: row.value,
              computed_at: row.computed_at,
            }),
          )
          .execute();
        return Number(result?.numInsertedOrUpdatedRows ?? 0);
      });
    } catch {
      this.failedWrites++;
    }
  }
}

/** The fingerprint a row is stored under: the data's, and the revision of the code that computed it. */
function storedFingerprint(fingerprint: string): string {
  return `${fingerprint}.${figureCodeRevision()}`;
}
