import { relative } from 'node:path';
import type { MultiBar, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import type { PullEvent, PullResult } from '../../services/data-pull/pull-data.js';
import type { PullSource } from '../../services/data-pull/pull-source.js';
import { configFrom, packageVersion } from '../context.js';
import { collect } from '../repeated-option.js';

interface PullCommandOptions {
  from?: string;
  only: string[];
  verify?: boolean;
  timeout?: string;
}

interface ListCommandOptions {
  from?: string;
  only: string[];
}

/** `regiokracht data pull|list`: the open data set, from the publishers or from a mirror. */
export function dataCommand(program: Command): void {
  const data = program
    .command('data')
    .description('the open data set: download it into the data directory, or list its files');
  data
    .command('pull')
    .description(
      'download the open data set from the publishers (Eurostat GISCO, Eurostat, CORDIS, CBS) into the data directory; a rerun resumes interrupted downloads and skips files that are up to date (checked against MANIFEST.json)',
    )
    .option(
      '--from <dir-or-url>',
      'read a mirror laid out like shared/data instead: a directory or an http(s) base URL',
    )
    .option(
      '--only <glob>',
      'only the files whose path matches, e.g. "geo/**" or "cordis/*.csv" (repeatable)',
      collect,
      [],
    )
    .option(
      '--verify',
      'hash every file already there and download again those whose SHA-256 differs from MANIFEST.json',
    )
    .option('--timeout <seconds>', 'give up on a server that sends nothing for this long', '30')
    .action(async (options: PullCommandOptions, command: Command) => {
      const config = configFrom(command);
      const seconds = Number(options.timeout);
      if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `--timeout ${options.timeout} is not a number of seconds; use e.g. --timeout 60`,
        );
      }
      const { pullSourceFrom } = await import('../../services/data-pull/pull-source.js');
      const result = await runPull({
        dataDir: config.dataDir,
        source: await pullSourceFrom(options.from),
        only: options.only,
        verify: options.verify ?? false,
        idleTimeoutMs: seconds * 1000,
      });
      if (result.failed > 0) throw pullFailedError(result);
    });
  data
    .command('list')
    .description('list the files of the open data set and where each one is pulled from')
    .option('--from <dir-or-url>', 'list what a pull from this mirror fetches')
    .option('--only <glob>', 'only the files whose path matches (repeatable)', collect, [])
    .action(async (options: ListCommandOptions) => {
      const { DATA_FILES } = await import('../../services/data-pull/data-manifest.js');
      const { pathGlobMatcher } = await import('../../services/data-pull/path-glob.js');
      const { pullItems, pullSourceFrom } = await import('../../services/data-pull/pull-source.js');
      const items = pullItems(DATA_FILES, await pullSourceFrom(options.from));
      const matchers = options.only.map(pathGlobMatcher);
      for (const item of items) {
        if (matchers.length > 0 && !matchers.some((m) => m(item.file.path))) continue;
        console.log(
          `${item.file.path}  ${item.address}${item.file.uncertain ? '  (uncertain)' : ''}`,
        );
      }
    });
}

/**
 * For `serve`: when the data directory is missing or holds no data file, says so in one line and
 * pulls the open data set first. A pull that got some files but not all is reported and serving
 * goes on; one that got nothing is an error.
 */
export async function pullIfNoData(dataDir: string, from: string | undefined): Promise<void> {
  const { dataDirHasData } = await import('../../services/data-pull/data-dir-state.js');
  if (await dataDirHasData(dataDir)) return;
  const { pullSourceFrom } = await import('../../services/data-pull/pull-source.js');
  const source = await pullSourceFrom(from);
  const shown = displayPath(dataDir);
  console.log(
    from
      ? `No data in ${shown}: downloading the open data set from the mirror ${from} (regiokracht data pull --from ${from})`
      : `No data in ${shown}: downloading the open data set from the publishers (regiokracht data pull)`,
  );
  const result = await runPull({ dataDir, source, only: [], verify: false, idleTimeoutMs: 30_000 });
  if (result.failed === 0) return;
  if (result.downloaded + result.upToDate === 0) throw nothingArrivedError(result, shown, from);
  const error = pullFailedError(result);
  console.error(`regiokracht: ${error.message}; serving with the files that arrived`);
  for (const line of error.details) console.error(`  ${line}`);
}

interface RunPullOptions {
  readonly dataDir: string;
  readonly source: PullSource;
  readonly only: readonly string[];
  readonly verify: boolean;
  readonly idleTimeoutMs: number;
}

/** Runs a pull with a progress bar on a terminal (plain lines otherwise) and prints a summary. */
async function runPull(options: RunPullOptions): Promise<PullResult> {
  const reporter = process.stdout.isTTY
    ? new BarReporter(options.dataDir, (await import('cli-progress')).MultiBar)
    : new LineReporter(options.dataDir);
  const { pullData } = await import('../../services/data-pull/pull-data.js');
  let result: PullResult;
  try {
    result = await pullData({
      ...options,
      userAgent: `regiokracht/${packageVersion()} (data pull)`,
      onEvent: (event) => reporter.on(event),
    });
  } finally {
    reporter.stop();
  }
  const skipped = result.outcomes.filter((o) => o.status === 'up-to-date');
  const hashed = skipped.filter((o) => o.status === 'up-to-date' && o.checked === 'sha256').length;
  console.log(
    `Summary: ${result.downloaded} downloaded (${formatBytes(result.bytesTransferred)} transferred), ` +
      `${result.upToDate} skipped as up to date${skipped.length > 0 ? ` (${hashed} checked by SHA-256, ${skipped.length - hashed} unchanged since recorded in MANIFEST.json)` : ''}, ` +
      `${result.failed} failed`,
  );
  return result;
}

/** The error a pull with failures ends in: one detail line per failed file, naming the fix. */
/**
 * Nothing could be downloaded for a first start: often a mistyped data directory on a machine
 * without network. One line with the first reason and the ways out, not one line per file.
 */
function nothingArrivedError(
  result: PullResult,
  shown: string,
  from: string | undefined,
): RegiokrachtError {
  const reasons = [
    ...new Set(result.outcomes.flatMap((o) => (o.status === 'failed' ? [o.reason] : []))),
  ];
  const reason =
    reasons.length > 1 ? `${reasons[0]}, and ${reasons.length - 1} other reasons` : reasons[0];
  return new RegiokrachtError(
    'DATA_DIR_MISSING',
    `no data in ${shown}, and none of the ${result.outcomes.length} files could be pulled from ${from ?? 'the publishers'} (${reason ?? 'unknown reason'}); if the data is elsewhere, pass --data-dir DIR or set REGIOKRACHT_DATA_DIR; without network, use --pull-from a mirror`,
  );
}

function pullFailedError(result: PullResult): RegiokrachtError {
  const failures = result.outcomes.flatMap((o) => (o.status === 'failed' ? [o] : []));
  return new RegiokrachtError(
    // No error code names a failed download yet; the data directory lacks these files.
    'DATA_DIR_MISSING',
    `${failures.length} of ${result.outcomes.length} files could not be pulled from ${result.source} into ${displayPath(result.dataDir)}`,
    { details: failures.map((f) => `${f.path}: ${f.reason}; fix: ${f.fix}`) },
  );
}

interface Reporter {
  on(event: PullEvent): void;
  stop(): void;
}

/** One line per file and per notable event: for logs, pipes and CI. */
class LineReporter implements Reporter {
  constructor(private readonly dataDir: string) {}

  on(event: PullEvent): void {
    const line = describeEvent(event, this.dataDir);
    if (line !== null) console.log(line);
  }

  stop(): void {}
}

/** A progress bar over the files, with the current file's bytes; notable events above it. */
class BarReporter implements Reporter {
  private readonly bars: MultiBar;
  private bar: SingleBar | undefined;

  /** `Bars` is cli-progress's MultiBar, loaded only when a terminal shows the bar. */
  constructor(
    private readonly dataDir: string,
    Bars: typeof MultiBar,
  ) {
    this.bars = new Bars({
      format: '{bar} {value}/{total} files | {file} {bytes}',
      stream: process.stdout,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
      autopadding: true,
      linewrap: false,
    });
  }

  on(event: PullEvent): void {
    switch (event.kind) {
      case 'begin':
        this.bars.log(`${describeEvent(event, this.dataDir)}\n`);
        this.bar = this.bars.create(event.count, 0, { file: '', bytes: '' });
        return;
      case 'fetch':
        this.bar?.update({ file: event.path, bytes: '' });
        return;
      case 'progress':
        this.bar?.update({
          bytes: event.total
            ? `${formatBytes(event.bytes)} of ${formatBytes(event.total)}`
            : formatBytes(event.bytes),
        });
        return;
      case 'done':
        if (event.outcome.status === 'failed')
          this.bars.log(`${describeEvent(event, this.dataDir)}\n`);
        this.bar?.increment(1, { file: '', bytes: '' });
        return;
      default: {
        const line = describeEvent(event, this.dataDir);
        if (line !== null) this.bars.log(`${line}\n`);
      }
    }
  }

  stop(): void {
    this.bars.stop();
  }
}

function describeEvent(event: PullEvent, dataDir: string): string | null {
  switch (event.kind) {
    case 'begin':
      return `Pulling ${event.count} files from ${event.source} into ${displayPath(dataDir)}`;
    case 'resume':
      return `  resuming ${event.path} from byte ${event.from} (${formatBytes(event.from)} already here)`;
    case 'restart':
      return `  ${event.path}: the server ignored the range request; downloading it again from the first byte`;
    case 'changed':
      return `  ${event.path} changed (${event.reason}); downloading it again`;
    case 'warning':
      return `  warning: ${event.message}`;
    case 'done': {
      const o = event.outcome;
      if (o.status === 'downloaded') {
        return `  downloaded  ${o.path} (${formatBytes(o.bytes)}${o.resumedFrom > 0 ? `, resumed after ${formatBytes(o.resumedFrom)}` : ''})`;
      }
      if (o.status === 'up-to-date') {
        return `  up to date  ${o.path} (${o.checked === 'sha256' ? 'SHA-256 matches MANIFEST.json' : 'unchanged since recorded in MANIFEST.json'})`;
      }
      return `  FAILED      ${o.path}: ${o.reason}`;
    }
    default:
      return null;
  }
}

/** A path relative to the working directory when it lies inside it, for messages. */
function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !inside.startsWith('/') ? inside : path;
}

function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
