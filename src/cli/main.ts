import { buildProgram } from './program.js';
import { runProgram } from './run.js';

const code = await runProgram(buildProgram(), process.argv);
// `serve` keeps running on its own; every other command ends here.
if (code !== 0 || !process.argv.includes('serve')) process.exitCode = code;
