/**
 * Computed figures, kept while the data they come from stay the same. Each entry remembers the
 * provenance fingerprint it was computed under; a different fingerprint recomputes it.
 */
export class FigureCache {
  private readonly entries = new Map<string, { fingerprint: string; value: Promise<unknown> }>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = 2000) {}

  /** The cached value for `key` under `fingerprint`, or the result of `compute`, stored. */
  get<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.fingerprint === fingerprint) {
      this.hits++;
      return entry.value as Promise<T>;
    }
    this.misses++;
    const value = compute();
    // A failed computation is not kept: the next call tries again.
    value.catch(() => this.entries.delete(key));
    if (this.entries.size >= this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { fingerprint, value });
    return value;
  }
}
