import { vi } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { runProgram } from '../../src/cli/run.js';

/** What a run of the command line printed, and its exit code. */
export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in-process and captures what it prints. */
export async function runCli(...args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const stdout = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  const stderr = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  try {
    const code = await runProgram(buildProgram(), ['node', 'regiokracht', ...args]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** Command-line options by name (`--region`), each with its value, its values, or `true` for none. */
export type OptionTable = Readonly<Record<`--${string}`, string | true | readonly string[]>>;

/**
 * Command-line options from a table of option names and values: `{ '--channel': ['desk', 'phone'] }`
 * gives `--channel desk --channel phone`, and `true` the option alone.
 */
export function optionArgs(options: OptionTable): string[] {
  return Object.entries(options).flatMap(([name, value]) =>
    value === true
      ? [name]
      : (typeof value === 'string' ? [value] : value).flatMap((v) => [name, v]),
  );
}
