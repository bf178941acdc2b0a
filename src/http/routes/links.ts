import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { missingLinksSchema, regionBridgesSchema, regionLinksSchema } from '../schemas/links.js';
import { langQuery } from '../schemas/measure-status.js';
import type { TextLang } from '../../services/analytics/measure-status.js';
import { RegionLinksService } from '../../services/analytics/region-links-service.js';
import { RegionParam } from '../schemas/common.js';

const levelQuery = {
  type: 'integer',
  enum: [0, 1, 2, 3],
  description: 'NUTS level of the partner regions in the country (default the region’s own)',
} as const;

const tags = ['connecting regions'];

/** The region-to-region network: a region's links, the bridges of one link, the network as GEXF. */
export function linksRoutes(
  app: FastifyInstance,
  deps: AppDeps & { analytics: NonNullable<AppDeps['analytics']> },
): void {
  const links = new RegionLinksService(deps.store, deps.analytics);

  app.get<{ Params: { code: string }; Querystring: { level?: number; lang?: TextLang } }>(
    '/api/regions/:code/links',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Connecting regions: partner regions and countries ranked by strength (Salton index), with shared projects, organisation pairs, EC contribution, helix roles, trend and bridges',
        tags,
        params: RegionParam,
        querystring: {
          type: 'object',
          properties: { level: levelQuery, lang: langQuery },
          additionalProperties: false,
        },
        response: { 200: regionLinksSchema },
      },
    },
    (request) => links.links(request.params.code, request.query),
  );

  app.get<{
    Params: { code: string; partner: string };
    Querystring: { level?: number; limit?: number };
  }>(
    '/api/regions/:code/links/:partner/bridges',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Connecting regions: the organisations on both sides that carry the link between two regions, ranked by shared projects',
        tags,
        params: {
          type: 'object',
          properties: {
            code: RegionParam.properties.code,
            partner: {
              ...RegionParam.properties.code,
              description: 'region of the same level, or a country code',
            },
          },
          required: ['code', 'partner'],
          additionalProperties: false,
        },
        querystring: {
          type: 'object',
          properties: {
            level: levelQuery,
            limit: { type: 'integer', minimum: 1, maximum: 500 },
          },
          additionalProperties: false,
        },
        response: { 200: regionBridgesSchema },
      },
    },
    (request) => links.bridges(request.params.code, request.params.partner, request.query),
  );

  app.get<{
    Params: { code: string };
    Querystring: { taxonomy?: string; limit?: number; lang?: TextLang };
  }>(
    '/api/regions/:code/links/missing',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Connecting regions: similar or complementary regions (key-area LQ profiles) weakly linked with the region, explained in words',
        tags,
        params: RegionParam,
        querystring: {
          type: 'object',
          properties: {
            taxonomy: { type: 'string' },
            limit: { type: 'integer', minimum: 1, maximum: 100 },
            lang: langQuery,
          },
          additionalProperties: false,
        },
        response: { 200: missingLinksSchema },
      },
    },
    (request) => links.missing(request.params.code, request.query),
  );

  app.get<{ Params: { code: string }; Querystring: { level?: number } }>(
    '/api/regions/:code/links.gexf',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          "The region-to-region network of the region's country as GEXF 1.2draft: nodes at their centroids, edges weighted by shared projects",
        tags: [...tags, 'exports'],
        params: RegionParam,
        querystring: {
          type: 'object',
          properties: { level: levelQuery },
          additionalProperties: false,
        },
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
