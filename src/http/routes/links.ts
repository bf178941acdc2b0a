import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import {
  BridgesParams,
  BridgesQuery,
  LinksGexfQuery,
  LinksQuery,
  MissingLinks,
  MissingLinksQuery,
  RegionBridges,
  RegionLinks,
} from '../schemas/links.js';
import { RegionLinksService } from '../../services/analytics/region-links-service.js';
import { Problem, RegionParam } from '../schemas/common.js';

const tags = ['connecting regions'];
const route = routeOptions(tags);
const errors = { 400: Problem, 404: Problem };

/** The region-to-region network: a region's links, the bridges of one link, the network as GEXF. */
export function linksRoutes(
  server: FastifyInstance,
  deps: AppDeps & { analytics: NonNullable<AppDeps['analytics']> },
): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const links = new RegionLinksService(deps.store, deps.analytics);

  app.get(
    '/api/regions/:code/links',
    route(
      PUBLIC,
      'Connecting regions: partner regions and countries ranked by strength (Salton index), with shared projects, organisation pairs, EC contribution, helix roles, trend and bridges',
      { params: RegionParam, querystring: LinksQuery },
      { 200: RegionLinks, ...errors },
    ),
    (request) => links.links(request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/links/:partner/bridges',
    route(
      PUBLIC,
      'Connecting regions: the organisations on both sides that carry the link between two regions, ranked by shared projects',
      { params: BridgesParams, querystring: BridgesQuery },
      { 200: RegionBridges, ...errors },
    ),
    (request) => links.bridges(request.params.code, request.params.partner, request.query),
  );

  app.get(
    '/api/regions/:code/links/missing',
    route(
      PUBLIC,
      'Connecting regions: similar or complementary regions (key-area LQ profiles) weakly linked with the region, explained in words',
      { params: RegionParam, querystring: MissingLinksQuery },
      { 200: MissingLinks, ...errors },
    ),
    (request) => links.missing(request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/links.gexf',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          "The region-to-region network of the region's country as GEXF 1.2draft: nodes at their centroids, edges weighted by shared projects",
        tags: [...tags, 'exports'],
        params: RegionParam,
        querystring: LinksGexfQuery,
      },
    },
    async (request, reply) => {
      const scope = await links.scope(request.params.code, request.query.level);
      const gexf = await links.gexf(scope.country, scope.level);
      return reply
        .type('application/gexf+xml; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="links-${scope.country}-nuts${scope.level}.gexf"`,
        )
        .send(gexf);
    },
  );
}
