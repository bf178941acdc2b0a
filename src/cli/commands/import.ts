import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import type { ImportSummary } from '../../importers/index.js';
import { IMPORT_KINDS } from '../../importers/import-kinds.js';
import { TEXT_ENCODINGS, type TextEncodingName } from '../../importers/text/text-decoding.js';
import { cliActor } from '../cli-actor.js';
import { configFrom, withStoreCreated } from '../context.js';
import { formatTable } from '../output.js';

interface ImportOptions {
  dryRun?: boolean;
  report?: boolean;
  encoding?: TextEncodingName;
  newRegions?: boolean;
}

/** One line per import: what was read, written and left out. */
export function formatImportSummary(s: ImportSummary): string {
  const skipped = s.skipped
    ? `, ${s.skipped} skipped (${s.skips.map((k) => `${k.count} ${k.reason}`).join('; ')})`
    : '';
  const written = s.inserted + s.updated;
  // Rows read and records written are different units: a row can write several records (a
  // contact point and each region it serves), so more records than rows is no error.
  const units =
    written > s.read
      ? ` (${s.read} ${s.read === 1 ? 'row' : 'rows'} read wrote ${written} records: one row can write several, such as a record and the regions it names)`
      : '';
  return `${s.dryRun ? '[dry run] ' : ''}${s.kind} ${s.file.split('/').pop()} (${s.format}): read ${s.read}, inserted ${s.inserted}, updated ${s.updated}, refused ${s.refused}${skipped}${units}`;
}

/** `regiokracht import <kind> <file...>`: loads files, each whole or not at all. */
export function importCommand(program: Command): void {
  program
    .command('import')
    .description(`import files, each whole or not at all; kinds: ${IMPORT_KINDS.join(', ')}`)
    .argument('<kind>', 'what the files hold (see the list above; `regiokracht import --help`)')
    .argument(
      '<files...>',
      'files to import (.csv, .tsv, .json, .xlsx; gzip is read transparently)',
    )
    .option('--dry-run', 'check and count, then roll back: nothing is changed')
    .addOption(
      new Option(
        '--encoding <encoding>',
        'the text encoding of the files; without it they must be UTF-8, and a byte that is not is refused with its row and offset',
      ).choices([...TEXT_ENCODINGS]),
    )
    .option(
      '--new-regions',
      'geo: let a GISCO NUTS file add regions that are not loaded yet (without it, an unknown region code is refused)',
    )
    .option(
      '--report',
      'after a cordis import: list the Dutch organisations that could not be placed in a region, with the candidates of ambiguous place names',
    )
    .action(async (kind: string, files: string[], options: ImportOptions, command: Command) => {
      const { IMPORTERS, runImport, unplacedActors } = await import('../../importers/index.js');
      const { findNutsConversionDir } = await import('../../importers/nuts-conversion-dir.js');
      const { importProgressBar } = await import('../progress.js');
      const { refreshFigures } = await import('../refresh-figures.js');
      const importer = IMPORTERS[kind];
      if (!importer) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `unknown import kind "${kind}"; use one of ${Object.keys(IMPORTERS).join(', ')}`,
        );
      }
      const config = configFrom(command);
      // Files from elsewhere convert NUTS codes with the data directory's JRC tables.
      const tables = join(config.dataDir, 'nuts_conversion');
      await withStoreCreated(config, async (store) => {
        const importIds: string[] = [];
        for (const file of files) {
          const progress = importProgressBar();
          try {
            const summary = await runImport(store, importer, resolve(file), {
              dryRun: options.dryRun ?? false,
              onProgress: progress.onProgress,
              actor: cliActor(),
              ...(options.encoding ? { encoding: options.encoding } : {}),
              allowNewRegions: options.newRegions ?? false,
              nutsConversionDir:
                findNutsConversionDir(resolve(file)) ?? (existsSync(tables) ? tables : undefined),
            });
            progress.stop();
            console.log(formatImportSummary(summary));
            if (!summary.dryRun) importIds.push(summary.importId);
            for (const note of summary.notes) console.log(`  ${note}`);
          } finally {
            progress.stop();
          }
        }
        if (!options.dryRun) await refreshFigures(store);
        if (options.report) {
          // Only what this import did: the organisations its runs wrote, not the whole database's.
          const unplaced = await unplacedActors(store.db, importIds);
          console.log(
            `\n${unplaced.length} Dutch organisations of this import could not be placed in a region${unplaced.length ? ':' : '.'}`,
          );
          if (unplaced.length) {
            console.log(
              formatTable(unplaced, [
                { header: 'id', value: (a) => a.id },
                { header: 'name', value: (a) => a.name.slice(0, 40) },
                { header: 'city', value: (a) => a.city },
                { header: 'postcode', value: (a) => a.postcode },
                { header: 'why', value: (a) => a.reason },
                {
                  header: 'candidates (woonplaats, municipality, COROP)',
                  value: (a) =>
                    a.candidates
                      .map((c) => `${c.place} (${c.municipality}, ${c.coropCode ?? '?'})`)
                      .join('; '),
                },
              ]),
            );
          }
        }
      });
    });
}
