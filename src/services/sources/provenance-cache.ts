import type { Store } from '../../storage/store.js';

/** Says which version of its inputs a result was computed from; equal strings mean equal inputs. */
export type Fingerprint = (store: Store) => Promise<string>;

interface Entry<T> {
  readonly fingerprint: string;
  readonly value: Promise<T>;
}

/**
 * Results kept while their inputs are unchanged: each read first asks the database for a cheap
 * fingerprint of the inputs (a query on small tables), and computes again only when it differs.
 * Concurrent reads of a missing result share one computation. Per store, at most `limit` keys
 * (the oldest go first).
 */
export class ProvenanceCache<T> {
  private readonly entries = new WeakMap<Store, Map<string, Entry<T>>>();

  constructor(
    private readonly fingerprint: Fingerprint,
    private readonly limit = 500,
  ) {}

  async get(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
    const fingerprint = await this.fingerprint(store);
    let map = this.entries.get(store);
    if (!map) this.entries.set(store, (map = new Map()));
    const entry = map.get(key);
    if (entry && entry.fingerprint === fingerprint) return entry.value;
    const value = compute();
    map.delete(key);
    map.set(key, { fingerprint, value });
    if (map.size > this.limit) map.delete(map.keys().next().value as string);
    value.catch(() => {
      if (map.get(key)?.value === value) map.delete(key);
    });
    return value;
  }
}

/**
 * The version of everything that is only written by imports (indicators and their values, CORDIS
 * projects, participations and organisations, places): every import run leaves a row in
 * `imports`, and a rerun updates its time.
 */
export async function importsFingerprint(store: Store): Promise<string> {
  const row = await store.db
    .selectFrom('imports')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max(eb.fn.coalesce('finished_at', 'started_at')).as('last'),
    ])
    .executeTakeFirstOrThrow();
  return `${Number(row.n)}|${String(row.last ?? '')}`;
}
