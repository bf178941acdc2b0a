import type { Kysely } from 'kysely';
import { keyedTable, requiredText } from './column-groups.js';

/**
 * Figures materialised: each computed figure of the three topics (a helix composition, a network,
 * a key-area profile, an index report...) as the JSON its service method returns, under a `key`
 * that names the method and its options, with the `fingerprint` of the data and the code it was
 * computed from. A read compares the fingerprint with the current one and recomputes on a
 * difference, so a row never outlives its inputs; the table is a cache that can be emptied at
 * any time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'figures', 'key')
    .$call(requiredText('fingerprint', 'value', 'computed_at'))
    .execute();
}
