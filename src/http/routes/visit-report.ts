import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { SIGNED_IN } from '../../domain/role.js';
import type { DossierFormat } from '../../reports/render-dossier.js';
import { renderVisitReport } from '../../reports/visit-report/render-visit-report.js';
import { AnalyticsService } from '../../services/analytics/analytics-service.js';
import { DossierService } from '../../services/dossier/dossier-service.js';
import { visitReportInputs } from '../../services/visits/visit-report-inputs.js';
import type { AppDeps } from '../create-app.js';
import { sendDocument } from '../document-reply.js';
import { IdParam } from '../schemas/common.js';
import { DocumentQuery } from '../schemas/dossier.js';

/**
 * GET /api/visits/:id/report.pdf and report.html: the visit report (agenda, findings per topic,
 * commitments, recommended practices, the dossier's figures and their sources), made on the
 * server without a browser. Findings and commitments are the platform's working notes, so the
 * report is for signed-in users only, like them.
 */
export function visitReportRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const analytics = deps.analytics ?? new AnalyticsService(deps.store, deps.now);
  const dossiers = new DossierService(deps.store, analytics, deps.now);
  const route = (format: DossierFormat, summary: string) =>
    app.get(
      `/api/visits/:id/report.${format}`,
      {
        config: { access: { allow: SIGNED_IN } },
        schema: { summary, tags: ['visits'], params: IdParam, querystring: DocumentQuery },
      },
      async (request, reply) => {
        const lang = request.query.lang;
        const inputs = await visitReportInputs(deps.store, dossiers, deps.now, request.params.id);
        const file = await renderVisitReport(inputs, { format, lang });
        const { region, date } = inputs.visit;
        return sendDocument(reply, file, {
          as: 'attachment',
          filename: `visit-report-${region.code}-${date}-${lang}.${format}`,
        });
      },
    );
  route(
    'pdf',
    'The report of a visit as an A4 PDF: agenda, findings per topic, commitments, recommended practices and the dossier figures with their sources',
  );
  route('html', 'The report of a visit as one self-contained HTML file');
}
