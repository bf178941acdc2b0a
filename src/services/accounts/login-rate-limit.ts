/** Limits of failed log-ins: per client address and per account, in fixed windows. */
export interface LoginRateLimitOptions {
  /** Failed log-ins allowed per client address per window (default 20). */
  readonly perIp?: number;
  /** Failed log-ins allowed per account per window (default 5). */
  readonly perAccount?: number;
  /** The window's length in milliseconds (default 15 minutes). */
  readonly windowMs?: number;
}

interface Window {
  start: number;
  failures: number;
}

/**
 * Fixed-window limits on failed log-ins, kept in this process's memory (one server process; a
 * restart forgets them). A key that used its failures in the current window is refused until the
 * window ends, even with the right password, so that guessing gets nowhere.
 */
export class LoginRateLimit {
  readonly #perIp: number;
  readonly #perAccount: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, Window>();

  constructor(options: LoginRateLimitOptions = {}, now: () => number = Date.now) {
    this.#perIp = options.perIp ?? 20;
    this.#perAccount = options.perAccount ?? 5;
    this.#windowMs = options.windowMs ?? 15 * 60_000;
    this.#now = now;
  }

  /** Seconds to wait before trying again when the address or the account is blocked, else null. */
  blockedFor(ip: string, login: string): number | null {
    const waits = [
      this.#wait(`ip:${ip}`, this.#perIp),
      this.#wait(`login:${login.trim().toLowerCase()}`, this.#perAccount),
    ].filter((w): w is number => w !== null);
    return waits.length > 0 ? Math.max(...waits) : null;
  }

  /** Counts a failed log-in against the address and the account. */
  recordFailure(ip: string, login: string): void {
    this.#count(`ip:${ip}`);
    this.#count(`login:${login.trim().toLowerCase()}`);
  }

  #current(key: string): Window | undefined {
    const window = this.#windows.get(key);
    if (window && this.#now() - window.start >= this.#windowMs) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }

  #wait(key: string, limit: number): number | null {
    const window = this.#current(key);
    if (!window || window.failures < limit) return null;
    return Math.max(1, Math.ceil((window.start + this.#windowMs - this.#now()) / 1000));
  }

  #count(key: string): void {
    const window = this.#current(key);
    if (window) window.failures++;
    else this.#windows.set(key, { start: this.#now(), failures: 1 });
    // Forget finished windows now and then, so that the map does not grow without end.
    if (this.#windows.size > 10_000) for (const k of [...this.#windows.keys()]) this.#current(k);
  }
}
