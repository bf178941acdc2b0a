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
  private readonly entries = new Map<
    string,
    { fingerprint: string; value: Promise<unknown>; bytes: number }
  >();
  /** The JSON bytes of the figures held in memory (other values are not counted). */
  bytes = 0;
  hits = 0;
  misses = 0;
  /** Figures read from the store rather than computed. */
  storedHits = 0;
  /** Figures computed because neither level held them. */
  computed = 0;

  constructor(
    private readonly stored: FigureStore | null = null,
    private readonly maxEntries = 2000,
    /** Figures beyond these bytes (twice their JSON's length, as UTF-16) push the oldest entries out (each figure's own size counts). */
    private readonly maxBytes = 256 * 1024 * 1024,
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
    value.catch(() => this.entries.get(key)?.value === value && this.drop(key));
    if (this.entries.has(key)) this.drop(key);
    if (this.entries.size >= this.maxEntries) this.drop(this.entries.keys().next().value as string);
    this.entries.set(key, { fingerprint, value, bytes: 0 });
    return value;
  }

  private drop(key: string): void {
    this.bytes -= this.entries.get(key)?.bytes ?? 0;
    this.entries.delete(key);
  }

  /** Counts a figure's JSON against the byte bound, pushing out the oldest others past it. */
  private charge(key: string, value: Promise<unknown>, bytes: number): void {
    const entry = this.entries.get(key);
    if (entry?.value !== value) return;
    entry.bytes = bytes;
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      if (oldest !== key) this.drop(oldest);
    }
  }

  /**
   * Like `get`, for a value made of JSON (a service method's result): on a miss in memory it is
   * read from the figure store, and only when the store has none under `fingerprint` computed and
   * stored there. The value comes back as its JSON reads, whichever level it came from.
   */
  figure<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    let fresh = false;
    let bytes = 0;
    const value: Promise<T> = this.get(key, fingerprint, async () => {
      fresh = true;
      const kept = await this.stored?.read(key, fingerprint);
      if (kept !== undefined) {
        this.storedHits++;
        bytes = 2 * kept.length;
        return JSON.parse(kept) as T;
      }
      const json = JSON.stringify(await compute());
      this.computed++;
      bytes = 2 * json.length;
      await this.stored?.write(key, fingerprint, json);
      return JSON.parse(json) as T;
    });
    if (fresh)
      value.then(
        () => this.charge(key, value, bytes),
        () => undefined,
      );
    return value;
  }
}
