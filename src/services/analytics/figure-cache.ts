/**
 * The second level of a {@link FigureCache}: figures kept outside the process (the `figures`
 * table), each under the fingerprint it was computed from.
 */
export interface FigureStore {
  /** The figure's JSON stored under `key` when it was computed under `fingerprint`; else undefined. */
  read(key: string, fingerprint: string): Promise<string | undefined>;
  /** Keeps the figure's JSON; a store that cannot write (a read-only database) lets it go. */
  write(key: string, fingerprint: string, json: string): Promise<void>;
}

/**
 * Computed figures, kept while the data they come from stay the same. Each entry remembers the
 * provenance fingerprint it was computed under; a different fingerprint recomputes it.
 *
 * Two levels: `get` keeps any value in memory (the analytics inputs, matrices); `figure` also
 * keeps the value's JSON in a {@link FigureStore}, so that another process (the next command, a
 * restarted server) reads it instead of computing it again.
 */
export class FigureCache {
  private readonly entries = new Map<string, { fingerprint: string; value: Promise<unknown> }>();
  hits = 0;
  misses = 0;
  /** Figures read from the store rather than computed. */
  storedHits = 0;
  /** Figures computed because neither level held them. */
  computed = 0;

  constructor(
    private readonly stored: FigureStore | null = null,
    private readonly maxEntries = 2000,
  ) {}

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

  /**
   * Like `get`, for a value made of JSON (a service method's result): on a miss in memory it is
   * read from the figure store, and only when the store has none under `fingerprint` computed and
   * stored there. The value comes back as its JSON reads, whichever level it came from.
   */
  figure<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    return this.get(key, fingerprint, async () => {
      const kept = await this.stored?.read(key, fingerprint);
      if (kept !== undefined) {
        this.storedHits++;
        return JSON.parse(kept) as T;
      }
      const json = JSON.stringify(await compute());
      this.computed++;
      await this.stored?.write(key, fingerprint, json);
      return JSON.parse(json) as T;
    });
  }
}
