import { Command } from 'commander';
import { dataCommand } from './commands/data.js';
import { dossierCommand } from './commands/dossier.js';
import { exportCommand } from './commands/export.js';
import {
  clustersCommand,
  nextVisitCommand,
  partnersCommand,
  similarCommand,
} from './commands/connect.js';
import { helixCommand } from './commands/helix.js';
import { importCommand } from './commands/import.js';
import { indexCommand } from './commands/index-command.js';
import { initCommand } from './commands/init.js';
import { keyAreasCommand } from './commands/keyareas.js';
import { bridgesCommand, linksCommand } from './commands/links.js';
import { networkCommand } from './commands/network.js';
import { serveCommand } from './commands/serve.js';
import { visitCommand } from './commands/visit.js';
import { practiceCommand } from './commands/practice.js';
import { smeCommand } from './commands/sme.js';
import { userCommand } from './commands/user.js';
import { backupCommand } from './commands/backup.js';
import { commandJobSet, packageVersion } from './context.js';
import { resolveRegionArguments } from './region-arguments.js';

/** The `regiokracht` command line: global options and one sub-command per file in commands/. */
export function buildProgram(): Command {
  const program = new Command('regiokracht')
    .description('Regiokracht: maps, measures and connects regional innovation systems')
    .version(packageVersion())
    .option(
      '--db <path>',
      'SQLite database file (env REGIOKRACHT_DB; default data/regiokracht.db); DATABASE_URL selects PostgreSQL',
    )
    .option(
      '--data-dir <dir>',
      'directory with the open data files (env REGIOKRACHT_DATA_DIR; default data/open)',
    )
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text) })
    .hook('preAction', (_program, action) => commandJobSet(action))
    .hook('preAction', resolveRegionArguments);
  initCommand(program);
  serveCommand(program);
  importCommand(program);
  helixCommand(program);
  networkCommand(program);
  indexCommand(program);
  keyAreasCommand(program);
  clustersCommand(program);
  similarCommand(program);
  partnersCommand(program);
  nextVisitCommand(program);
  linksCommand(program);
  bridgesCommand(program);
  dossierCommand(program);
  dataCommand(program);
  visitCommand(program);
  practiceCommand(program);
  smeCommand(program);
  exportCommand(program);
  userCommand(program);
  backupCommand(program);
  return program;
}
