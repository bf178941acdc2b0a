/**
 * Wall time since the process started (performance.timeOrigin), as the user waited for it:
 * module loading and opening the database included. Every time the command line prints is this.
 */
export function wallMs(): number {
  return Math.round(performance.now());
}

/** {@link wallMs} in seconds with one decimal, e.g. `2.3 s`. */
export function wallSeconds(): string {
  return `${(performance.now() / 1000).toFixed(1)} s`;
}
