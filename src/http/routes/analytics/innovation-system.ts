import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { HELIX_SYNERGY_DEFAULTS } from '../../../core/helix/helix-synergy.js';
import type { AnalyticsService } from '../../../services/analytics/analytics-service.js';
import { NETWORK_PUBLISHED_SEED } from '../../../services/analytics/network-figure.js';
import { PUBLIC } from '../../auth/access-rule.js';
import { sendGexf } from '../../document-reply.js';
import { Helix, HelixQuery } from '../../schemas/analytics-helix.js';
import { Network, NetworkQuery } from '../../schemas/analytics-network.js';
import { RegionParam } from '../../schemas/common.js';
import { signedInOptions } from '../signed-in-options.js';
import { regionFigure } from './figure-route.js';

const TAGS = ['topic 1: innovation system'];

/** Topic 1: a region's helix figures and its collaboration network, as JSON and as GEXF. */
export function innovationSystemRoutes(server: FastifyInstance, analytics: AnalyticsService): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/regions/:code/helix',
    regionFigure({
      summary:
        'Topic 1: helix composition and triple-helix synergy T (millibits, bootstrap 95% interval)',
      tags: TAGS,
      querystring: HelixQuery,
      response: Helix,
    }),
    (request) => {
      const { seed, resamples } = request.query;
      signedInOptions(request, { seed, resamples }, HELIX_SYNERGY_DEFAULTS);
      return analytics.helix(request.params.code, request.query);
    },
  );

  app.get(
    '/api/regions/:code/network',
    regionFigure({
      summary:
        "Topic 1: the region's collaboration network with centralities, assortativity, helix mixing and communities",
      tags: TAGS,
      querystring: NetworkQuery,
      response: Network,
    }),
    (request) => {
      const { seed, key_area, lang } = request.query;
      signedInOptions(request, { seed }, { seed: NETWORK_PUBLISHED_SEED });
      return analytics.network(request.params.code, {
        ...(seed !== undefined ? { seed } : {}),
        ...(key_area ? { keyArea: key_area } : {}),
        ...(lang ? { lang } : {}),
      });
    },
  );

  app.get(
    '/api/regions/:code/network.gexf',
    {
      config: { access: PUBLIC },
      schema: {
        summary: "The region's collaboration network as GEXF 1.3 (opens in Gephi)",
        tags: [...TAGS, 'exports'],
        params: RegionParam,
      },
    },
    async (request, reply) => {
      const gexf = await analytics.networkGexf(request.params.code);
      return sendGexf(reply, `network-${request.params.code.toUpperCase()}.gexf`, gexf);
    },
  );
}
