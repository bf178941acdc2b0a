import type { FastifyInstance } from 'fastify';
import type { Lang } from '../../reports/i18n.js';
import type { DossierFormat } from '../../reports/render-dossier.js';
import { DossierRendererThread } from '../../reports/render-dossier-off-thread.js';
import { AnalyticsService } from '../../services/analytics/analytics-service.js';
import { DossierService } from '../../services/dossier/dossier-service.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';
import { RegionParam } from '../schemas/common.js';

const langQuery = {
  type: 'object',
  properties: {
    lang: {
      type: 'string',
      enum: ['nl', 'en'],
      default: 'nl',
      description: 'language of the dossier',
    },
  },
  additionalProperties: false,
} as const;

/**
 * GET /api/regions/:code/dossier.pdf and dossier.html: the visit dossier of a region, made on the
 * server without a browser. The figures come through the application's analytics service, so
 * they share its cache; the file is laid out on a worker thread, so that other requests are
 * answered meanwhile.
 */
export function dossierRoutes(app: FastifyInstance, deps: AppDeps): void {
  const analytics = deps.analytics ?? new AnalyticsService(deps.store, deps.now);
  const dossiers = new DossierService(deps.store, analytics, deps.now);
  const renderer = new DossierRendererThread();
  app.addHook('onClose', () => renderer.close());
  const route = (format: DossierFormat, summary: string) =>
    app.get<{ Params: { code: string }; Querystring: { lang: Lang } }>(
      `/api/regions/:code/dossier.${format}`,
      {
        config: { access: PUBLIC },
        schema: {
          summary,
          tags: ['visits'],
          params: RegionParam,
          querystring: langQuery,
        },
      },
      async (request, reply) => {
        const inputs = await dossiers.inputs(request.params.code);
        const lang = request.query.lang;
        const file = await renderer.render(inputs, { format, lang });
        // The HTML needs nothing from elsewhere: the policy lets it load nothing but its own styles.
        if (format === 'html')
          reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
        return reply
          .type(file.contentType)
          .header(
            'content-disposition',
            `inline; filename="dossier-${inputs.region.code}-${lang}.${format}"`,
          )
          .header('cache-control', 'no-store')
          .send(file.body);
      },
    );
  route(
    'pdf',
    'The visit dossier of a region as an A4 PDF (cover, summary, three topics, connecting regions, sources)',
  );
  route('html', 'The visit dossier of a region as one self-contained HTML file');
}
