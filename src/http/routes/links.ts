import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../auth/access-rule.js';
import { sendGexf } from '../document-reply.js';
import type { AppDeps } from '../create-app.js';
import { publicReads } from '../route-options.js';
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

/** The region-to-region network: a region's links, the bridges of one link, the network as GEXF. */
export function linksRoutes(
  server: FastifyInstance,
  deps: AppDeps & { analytics: NonNullable<AppDeps['analytics']> },
): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const get = publicReads(server, tags);
  const links = new RegionLinksService(deps.store, deps.analytics);

  get(
    '/api/regions/:code/links',
    'Connecting regions: partner regions and countries ranked by strength (Salton index), with shared projects, organisation pairs, EC contribution, helix roles, trend and bridges',
    { params: RegionParam, querystring: LinksQuery },
    { 200: RegionLinks, 404: Problem },
    (request) => links.links(request.params.code, request.query),
  );

  get(
    '/api/regions/:code/links/:partner/bridges',
    'Connecting regions: the organisations on both sides that carry the link between two regions, ranked by shared projects',
    { params: BridgesParams, querystring: BridgesQuery },
    { 200: RegionBridges, 404: Problem },
    (request) => links.bridges(request.params.code, request.params.partner, request.query),
  );

  get(
    '/api/regions/:code/links/missing',
    'Connecting regions: similar or complementary regions (key-area LQ profiles) weakly linked with the region, explained in words',
    { params: RegionParam, querystring: MissingLinksQuery },
    { 200: MissingLinks, 404: Problem },
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
      return sendGexf(reply, `links-${scope.country}-nuts${scope.level}.gexf`, gexf);
    },
  );
}
