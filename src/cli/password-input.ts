import { createInterface } from 'node:readline';
import { RegiokrachtError } from '../domain/errors.js';

/** The first line of standard input (`--password-stdin`), without its line end. */
async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Asks on the terminal without echoing what is typed. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    let asked = false;
    output._writeToOutput = (text: string) => {
      // Write the question once; swallow the echo of what is typed.
      if (!asked) process.stderr.write(text);
      asked = true;
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/**
 * A password: from standard input with `fromStdin` (for scripts: `... | regiokracht user add
 * --password-stdin`), else asked twice on the terminal. Never from the command line, where other
 * users of the machine could read it in the process list.
 */
export async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return firstLineOfStdin();
  if (!process.stdin.isTTY)
    throw new RegiokrachtError(
      'INVALID_INPUT',
      'no terminal to ask the password on; pipe it in with --password-stdin',
    );
  const first = await promptHidden('Password (at least 12 characters): ');
  const second = await promptHidden('Password again: ');
  if (first !== second) throw new RegiokrachtError('INVALID_INPUT', 'the two passwords differ');
  return first;
}
