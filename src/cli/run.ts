import { CommanderError, type Command } from 'commander';
import { knownFailure } from '../domain/known-failure.js';

/**
 * Runs the program and maps the outcome to an exit code: 0 success, 1 a user error (one line
 * that says what to fix), 2 a bug (with the stack, to report).
 */
export async function runProgram(program: Command, argv: readonly string[]): Promise<number> {
  const override = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(program);
  try {
    await program.parseAsync(argv as string[]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 1;
    }
    const known = knownFailure(error);
    if (known) {
      console.error(`regiokracht: ${known.message}`);
      for (const line of known.details.slice(0, 100)) console.error(`  ${line}`);
      if (known.details.length > 100) console.error(`  ... and ${known.details.length - 100} more`);
      return 1;
    }
    console.error('regiokracht: unexpected error (a bug; please report it with the lines below)');
    console.error(error);
    return 2;
  }
}
