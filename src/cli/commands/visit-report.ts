import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import { isLang } from '../../reports/i18n.js';
import { analyticsFor, configFrom, withStore } from '../context.js';
import { wallSeconds } from '../wall-time.js';

/** `regiokracht visit report <visit>`: the visit report as PDF or self-contained HTML. */
export function visitReportSubcommand(visit: Command): void {
  visit
    .command('report')
    .description(
      'the report of a visit: agenda, findings per topic, commitments with owner, due date and status, recommended practices and the dossier figures with their sources (PDF or one self-contained HTML file, made without a browser)',
    )
    .argument('<visit>', 'visit id, e.g. visit-twente')
    .option('--format <format>', 'pdf or html (default: from the --out extension, else pdf)')
    .option('--out <file>', 'the file to write (default: visit-report-<visit>-<lang>.<format>)')
    .option('--lang <lang>', 'nl or en', 'nl')
    .action(
      async (
        id: string,
        options: { format?: string; out?: string; lang: string },
        command: Command,
      ) => {
        const { isDossierFormat } = await import('../../reports/render-dossier.js');
        const format =
          options.format ??
          (options.out && extname(options.out).toLowerCase() === '.html' ? 'html' : 'pdf');
        if (!isDossierFormat(format))
          throw new RegiokrachtError('INVALID_INPUT', `--format ${format}: use pdf or html`);
        if (!isLang(options.lang))
          throw new RegiokrachtError('INVALID_INPUT', `--lang ${options.lang}: use nl or en`);
        const lang = options.lang;
        const out = options.out ?? `visit-report-${id}-${lang}.${format}`;
        const [{ DossierService }, { visitReportInputs }, { renderVisitReport }] =
          await Promise.all([
            import('../../services/dossier/dossier-service.js'),
            import('../../services/visits/visit-report-inputs.js'),
            import('../../reports/visit-report/render-visit-report.js'),
          ]);
        await withStore(configFrom(command), async (store) => {
          const now = () => new Date();
          const dossiers = new DossierService(store, await analyticsFor(store, now), now);
          const inputs = await visitReportInputs(store, dossiers, now, id);
          const file = await renderVisitReport(inputs, { format, lang });
          await writeFile(out, file.body);
          console.log(
            `Report of ${id} (${inputs.visit.region.name_nl}, ${inputs.visit.date}; ${inputs.visit.findings.length} findings, ${inputs.visit.commitments.length} commitments) as ${format.toUpperCase()} (${lang}) written to ${out}: ${Math.round(file.body.length / 1024)} KB in ${wallSeconds()}`,
          );
        });
      },
    );
}
