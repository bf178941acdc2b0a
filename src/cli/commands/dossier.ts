import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import { isLang } from '../../reports/i18n.js';
import { analyticsFor, configFrom, withStore } from '../context.js';
import { wallSeconds } from '../wall-time.js';

/** `regiokracht dossier <region>`: the visit dossier as PDF or self-contained HTML. */
export function dossierCommand(program: Command): void {
  program
    .command('dossier')
    .description(
      'the visit dossier of a region: cover, summary, the three topics, connecting regions and the sources of every figure (PDF or one self-contained HTML file, made without a browser)',
    )
    .argument('<region>', 'NUTS code, e.g. NL213 (Twente) or NL21 (Overijssel)')
    .option('--format <format>', 'pdf or html (default: from the --out extension, else pdf)')
    .requiredOption('--out <file>', 'the file to write')
    .option('--lang <lang>', 'nl or en', 'nl')
    .action(
      async (
        region: string,
        options: { format?: string; out: string; lang: string },
        command: Command,
      ) => {
        const { isDossierFormat, renderDossier } = await import('../../reports/render-dossier.js');
        const format =
          options.format ?? (extname(options.out).toLowerCase() === '.html' ? 'html' : 'pdf');
        if (!isDossierFormat(format))
          throw new RegiokrachtError('INVALID_INPUT', `--format ${format}: use pdf or html`);
        if (!isLang(options.lang))
          throw new RegiokrachtError('INVALID_INPUT', `--lang ${options.lang}: use nl or en`);
        const lang = options.lang;
        const { DossierService } = await import('../../services/dossier/dossier-service.js');
        await withStore(configFrom(command), async (store) => {
          const now = () => new Date();
          const dossiers = new DossierService(store, await analyticsFor(store, now), now);
          const file = await renderDossier(await dossiers.inputs(region), { format, lang });
          await writeFile(options.out, file.body);
          console.log(
            `Dossier of ${region.toUpperCase()} (${format.toUpperCase()}, ${lang}) written to ${options.out}: ${Math.round(file.body.length / 1024)} KB in ${wallSeconds()}`,
          );
        });
      },
    );
}
