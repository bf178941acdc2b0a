import type { FastifyInstance } from 'fastify';
import { SIGNED_IN } from '../../domain/role.js';
import type { Lang } from '../../reports/i18n.js';
import type { DossierFormat } from '../../reports/render-dossier.js';
import { renderVisitReport } from '../../reports/visit-report/render-visit-report.js';
import { AnalyticsService } from '../../services/analytics/analytics-service.js';
import { DossierService } from '../../services/dossier/dossier-service.js';
import { visitReportInputs } from '../../services/visits/visit-report-inputs.js';
import type { AppDeps } from '../create-app.js';

const params = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['id'],
  additionalProperties: false,
} as const;

const langQuery = {
  type: 'object',
  properties: {
    lang: {
      type: 'string',
      enum: ['nl', 'en'],
      default: 'nl',
      description: 'language of the report',
    },
  },
  additionalProperties: false,
} as const;

/**
 * GET /api/visits/:id/report.pdf and report.html: the visit report (agenda, findings per topic,
 * commitments, recommended practices, the dossier's figures and their sources), made on the
 * server without a browser. Findings and commitments are the platform's working notes, so the
 * report is for signed-in users only, like them.
 */
export function visitReportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const analytics = deps.analytics ?? new AnalyticsService(deps.store, deps.now);
  const dossiers = new DossierService(deps.store, analytics, deps.now);
  const route = (format: DossierFormat, summary: string) =>
    app.get<{ Params: { id: string }; Querystring: { lang: Lang } }>(
      `/api/visits/:id/report.${format}`,
      {
        config: { access: { allow: SIGNED_IN } },
        schema: {
          summary,
          tags: ['visits'],
          params,
          querystring: langQuery,
        },
      },
      async (request, reply) => {
        const lang = request.query.lang;
        const inputs = await visitReportInputs(deps.store, dossiers, deps.now, request.params.id);
        const file = await renderVisitReport(inputs, { format, lang });
        if (format === 'html')
          reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
        return reply
          .type(file.contentType)
          .header(
            'content-disposition',
            `attachment; filename="visit-report-${inputs.visit.region.code}-${inputs.visit.date}-${lang}.${format}"`,
          )
          .header('cache-control', 'no-store')
          .send(file.body);
      },
    );
  route(
    'pdf',
    'The report of a visit as an A4 PDF: agenda, findings per topic, commitments, recommended practices and the dossier figures with their sources',
  );
  route('html', 'The report of a visit as one self-contained HTML file');
}
