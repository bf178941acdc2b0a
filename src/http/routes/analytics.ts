import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../create-app.js';
import { connectingRegionsRoutes } from './analytics/connecting-regions.js';
import { innovationIndexRoutes } from './analytics/innovation-index.js';
import { innovationSystemRoutes } from './analytics/innovation-system.js';
import { keyAreaRoutes } from './analytics/key-areas.js';
import { nextVisitRoutes } from './analytics/next-visit.js';

/** Topic 1-3 figures per region and for all regions, connecting regions, the next visit. */
export function analyticsRoutes(
  app: FastifyInstance,
  deps: AppDeps & { analytics: NonNullable<AppDeps['analytics']> },
): void {
  innovationSystemRoutes(app, deps.analytics);
  keyAreaRoutes(app, deps.analytics);
  innovationIndexRoutes(app, deps.analytics);
  connectingRegionsRoutes(app, deps.analytics);
  nextVisitRoutes(app, deps.analytics);
}
