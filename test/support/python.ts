import { existsSync } from 'node:fs';

/**
 * The Python that has Debian's python3-networkx (and python3-igraph, python3-pandas for the
 * benchmarks): /usr/bin/python3 where it exists, since a `python3` earlier on PATH (pyenv, venv)
 * does not see Debian's packages.
 */
export const debianPython = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
