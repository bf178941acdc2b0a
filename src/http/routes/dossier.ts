import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { DossierFormat } from '../../reports/render-dossier.js';
import { DossierRendererThread } from '../../reports/render-dossier-off-thread.js';
import { AnalyticsService } from '../../services/analytics/analytics-service.js';
import { DossierService } from '../../services/dossier/dossier-service.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';
import { sendDocument } from '../document-reply.js';
import { RegionParam } from '../schemas/common.js';
import { DocumentQuery } from '../schemas/dossier.js';

/**
 * GET /api/regions/:code/dossier.pdf and dossier.html: the visit dossier of a region, made on the
 * server without a browser. The figures come through the application's analytics service, so
 * they share its cache; the file is laid out on a worker thread, so that other requests are
 * answered meanwhile.
 */
export function dossierRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const analytics = deps.analytics ?? new AnalyticsService(deps.store, deps.now);
  const dossiers = new DossierService(deps.store, analytics, deps.now);
  const renderer = new DossierRendererThread();
  app.addHook('onClose', () => renderer.close());
  const route = (format: DossierFormat, summary: string) =>
    app.get(
      `/api/regions/:code/dossier.${format}`,
      {
        config: { access: PUBLIC },
        schema: { summary, tags: ['visits'], params: RegionParam, querystring: DocumentQuery },
      },
      async (request, reply) => {
        const inputs = await dossiers.inputs(request.params.code);
        const lang = request.query.lang;
        const file = await renderer.render(inputs, { format, lang });
        return sendDocument(reply, file, {
          as: 'inline',
          filename: `dossier-${inputs.region.code}-${lang}.${format}`,
        });
      },
    );
  route(
    'pdf',
    'The visit dossier of a region as an A4 PDF (cover, summary, three topics, connecting regions, sources)',
  );
  route('html', 'The visit dossier of a region as one self-contained HTML file');
}
