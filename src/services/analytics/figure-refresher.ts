import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AnalyticsService } from './analytics-service.js';
import { precomputeFigures, type PrecomputeResult } from './precompute-figures.js';
import type { RegionLinksService } from './region-links-service.js';

/**
 * Keeps the stored figures current in a long-running process (the server): after a change (an
 * import, an edit) it runs {@link precomputeFigures} in the background once changes have settled
 * for `delayMs`, one run at a time. Until a run has finished, a figure whose inputs changed is
 * computed on its first read, as everywhere; the refresher only saves that reader the wait.
 * Between two figures it gives the event loop a turn, so that requests are answered meanwhile.
 */
export class FigureRefresher {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly abort = new AbortController();
  /** The last run's result, for the health of the figures (and tests). */
  last: PrecomputeResult | null = null;

  constructor(
    private readonly analytics: AnalyticsService,
    private readonly options: {
      readonly delayMs?: number;
      readonly log?: (line: string) => void;
      /** Also stores the regions' links (see precomputeFigures). */
      readonly links?: RegionLinksService;
    } = {},
  ) {}

  /** Asks for a run after the delay; a later call within the delay moves it on. */
  schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.options.delayMs ?? 1000);
    this.timer.unref();
  }

  /** Runs now (or once more after the run in progress); resolves when the figures are stored. */
  async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = precomputeFigures(this.analytics, {
      signal: this.abort.signal,
      between: async () => {
        await nextTurn();
      },
      ...(this.options.links ? { links: this.options.links } : {}),
    }).then(
      (result) => {
        this.last = result;
        this.options.log?.(
          `figures of ${result.regions} regions current: ${result.computed} computed, ${result.figures - result.computed} stored already, in ${result.seconds.toFixed(1)} s`,
        );
      },
      (error: unknown) => this.options.log?.(`figures not computed: ${(error as Error).message}`),
    );
    await this.running;
    this.running = null;
    if (this.again && !this.stopped) {
      this.again = false;
      this.schedule();
    }
  }

  /** No more runs; the one in progress stops after its current figure. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
