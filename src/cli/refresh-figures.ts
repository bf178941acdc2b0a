import { AnalyticsService } from '../services/analytics/analytics-service.js';
import { precomputeFigures } from '../services/analytics/precompute-figures.js';
import { RegionLinksService } from '../services/analytics/region-links-service.js';
import type { Store } from '../storage/store.js';
import { figureFailureLines } from './figure-failure-lines.js';

/** After a change of the data: computes and stores the Dutch regions' figures, and says so. */
export async function refreshFigures(store: Store): Promise<void> {
  const analytics = new AnalyticsService(store);
  const result = await precomputeFigures(analytics, {
    links: new RegionLinksService(store, analytics),
  });
  console.log(
    `Figures of ${result.regions} Dutch regions: ${result.computed} computed, ${result.figures - result.computed} current already (${result.seconds.toFixed(1)} s)`,
  );
  for (const line of figureFailureLines(result.failed)) console.log(line);
}
