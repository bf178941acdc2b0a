import { expect, vi } from 'vitest';
import { runCli, type CliResult } from './cli-run.js';

/** The arguments of `regiokracht serve` on any free port, pulling a first start's data from `pullFrom`. */
export function serveArgs(db: string, dataDir: string, pullFrom: string): string[] {
  return ['--db', db, '--data-dir', dataDir, 'serve', '--port', '0', '--pull-from', pullFrom];
}

/**
 * Runs a `regiokracht ... serve` command line in-process and hands what it printed to `check`
 * while the server runs. Then stops the server as Ctrl-C does (serve's SIGINT handler closes the
 * server and the database, then exits) and waits for it to exit 0.
 */
export async function whileServing(
  args: readonly string[],
  check: (result: CliResult) => Promise<void>,
): Promise<void> {
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const result = await runCli(...args);
  const added = (signal: 'SIGINT' | 'SIGTERM') =>
    process.listeners(signal).filter((l) => !before[signal].includes(l));
  const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  try {
    await check(result);
  } finally {
    for (const listener of added('SIGTERM')) process.removeListener('SIGTERM', listener);
    for (const listener of added('SIGINT')) {
      process.removeListener('SIGINT', listener);
      (listener as () => void)();
    }
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    exit.mockRestore();
  }
}
