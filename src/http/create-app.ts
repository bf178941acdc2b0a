import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { computeOnThread } from '../services/analytics/figure-thread.js';
import { AnalyticsService } from '../services/analytics/analytics-service.js';
import { FigureRefresher } from '../services/analytics/figure-refresher.js';
import { RegionLinksService } from '../services/analytics/region-links-service.js';
import type { Store } from '../storage/store.js';
import { accessGuard } from './auth/access-guard.js';
import type { AuthOptions } from './auth/auth-options.js';
import { sendProblem } from './error-handler.js';
import { optionalDefaults } from './openapi-defaults.js';
import { inputGuard } from './input-guard.js';
import { requestValidator } from './request-validator.js';
import { responseSerializer, type ResponseExtraFields } from './response-serializer.js';
import { logOptions } from './log-options.js';
import { auditRoutes } from './routes/audit.js';
import { clusterRoutes } from './routes/clusters.js';
import { contactPointRoutes } from './routes/contact-points.js';
import { fundRoutes } from './routes/funds.js';
import { smeFinderRoutes } from './routes/sme-finder.js';
import { analyticsRoutes } from './routes/analytics.js';
import { linksRoutes } from './routes/links.js';
import { dossierRoutes } from './routes/dossier.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { regionRoutes } from './routes/regions.js';
import { sessionRoutes } from './routes/session.js';
import { userRoutes } from './routes/users.js';
import { indicatorRoutes } from './routes/indicators.js';
import { placeRoutes } from './routes/places.js';
import { practiceRoutes } from './routes/practices.js';
import { sourceRoutes } from './routes/sources.js';
import { etagHook, staticRoutes } from './routes/static.js';
import { visitReportRoutes } from './routes/visit-report.js';
import { visitRoutes } from './routes/visits.js';
import { DOCS_CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers.js';

/** What the HTTP application needs, passed in. */
export interface AppDeps {
  readonly store: Store;
  readonly version: string;
  readonly now: () => Date;
  /** The figures of the three topics; one per application, so its cache is shared. */
  readonly analytics?: AnalyticsService;
  /** Log requests as JSON with secrets redacted (off in tests). */
  readonly logger?: boolean;
  /** Where the logs go instead of standard output (tests); implies logging. */
  readonly logStream?: NodeJS.WritableStream;
  /**
   * Where a 500 is logged, with its stack, when requests are not logged (default: standard
   * error): an internal error always leaves a trace.
   */
  readonly errorStream?: NodeJS.WritableStream;
  /** Accounts and sessions: Secure cookies, log-in limits, idle time. */
  readonly auth?: AuthOptions;
  /** Behind a reverse proxy: take the client address and https from X-Forwarded-* headers. */
  readonly trustProxy?: boolean;
  /** The built web application (default dist/web); not served when it has not been built. */
  readonly webRoot?: string;
  /**
   * Keep the stored figures of the Dutch regions current: computed in the background when the
   * server is ready and after every successful change (off in tests).
   */
  readonly refreshFigures?: boolean;
  /**
   * Told of every answer that carries a field its response schema lacks, which the serializer
   * would drop (the tests fail on it; see test/support/response-contract.setup.ts).
   */
  readonly onResponseExtraFields?: (report: ResponseExtraFields) => void;
}

const READS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Builds the HTTP application. Listening on a port is the caller's business. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.logger || deps.logStream
        ? logOptions(deps.logStream)
        : logOptions(deps.errorStream ?? process.stderr, 'error'),
    bodyLimit: 1_048_576,
    genReqId: () => randomUUID(),
    trustProxy: deps.trustProxy ?? false,
  });
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'NOT_FOUND',
        status: 404,
        detail: `no route ${request.method} ${request.url}`,
        code: 'NOT_FOUND',
      }),
  );

  // Before any route, so that every route is checked for its access rule as it is registered.
  accessGuard(app, {
    store: deps.store,
    now: deps.now,
    ...(deps.auth?.idleMs ? { idleMs: deps.auth.idleMs } : {}),
  });
  securityHeaders(app);
  inputGuard(app);
  requestValidator(app);
  responseSerializer(app, deps.onResponseExtraFields);
  await app.register(swagger, {
    transform: ({ schema, url }) => ({ schema: optionalDefaults(schema), url }),
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Regiokracht API',
        version: deps.version,
        description:
          'Regional innovation systems: regions, indicators, helix, key areas, innovation power, visits.',
      },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: DOCS_CONTENT_SECURITY_POLICY,
  });

  etagHook(app);
  healthRoutes(app, deps);
  regionRoutes(app, deps);
  // One analytics service for every route, so that they share its figures and inputs; networks
  // and helix intervals for seeds of a user's own are computed on a thread of their own.
  const figureComputer = deps.analytics ? null : computeOnThread();
  if (figureComputer) app.addHook('onClose', () => figureComputer.close());
  const analytics =
    deps.analytics ??
    new AnalyticsService(deps.store, deps.now, { figureComputer: figureComputer ?? undefined });
  const routeDeps = { ...deps, analytics };
  analyticsRoutes(app, routeDeps);
  linksRoutes(app, routeDeps);
  if (deps.refreshFigures) {
    const refresher = new FigureRefresher(analytics, {
      log: (line) => app.log.info(line),
      links: new RegionLinksService(deps.store, analytics),
    });
    app.addHook('onReady', () => {
      refresher.schedule();
      return Promise.resolve();
    });
    app.addHook('onResponse', (request, reply, done) => {
      if (!READS.has(request.method) && reply.statusCode < 400) refresher.schedule();
      done();
    });
    app.addHook('onClose', () => refresher.stop());
  }
  indicatorRoutes(app, routeDeps);
  sourceRoutes(app, routeDeps);
  placeRoutes(app, routeDeps);
  practiceRoutes(app, routeDeps);
  visitRoutes(app, routeDeps);
  visitReportRoutes(app, routeDeps);
  dossierRoutes(app, routeDeps);
  exportRoutes(app, routeDeps);
  sessionRoutes(app, routeDeps);
  userRoutes(app, routeDeps);
  auditRoutes(app, routeDeps);
  clusterRoutes(app, routeDeps);
  contactPointRoutes(app, routeDeps);
  fundRoutes(app, routeDeps);
  smeFinderRoutes(app, routeDeps);
  await staticRoutes(app, { webRoot: deps.webRoot });
  return app;
}
