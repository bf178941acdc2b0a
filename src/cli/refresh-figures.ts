import { AnalyticsService } from '../services/analytics/analytics-service.js';
import { precomputeFigures } from '../services/analytics/precompute-figures.js';
import { RegionLinksService } from '../services/analytics/region-links-service.js';
import type { Store } from '../storage/store.js';
import { keepHeapLean } from './lean-heap.js';

/**
 * After a change of the data: computes and stores the Dutch regions' figures, and says so. The
 * heap is kept lean from here on (see {@link keepHeapLean}): this step holds the most memory of
 * `init` and `import`, and a command line process ends soon after it.
 */
export async function refreshFigures(store: Store): Promise<void> {
  keepHeapLean();
  const analytics = new AnalyticsService(store);
  const result = await precomputeFigures(analytics, {
    links: new RegionLinksService(store, analytics),
  });
  console.log(
    `Figures of ${result.regions} Dutch regions: ${result.computed} computed, ${result.figures - result.computed} current already (${result.seconds.toFixed(1)} s)`,
  );
  for (const f of result.failed) console.log(`  not computed: ${f.figure}: ${f.reason}`);
}
