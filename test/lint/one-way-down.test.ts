import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The lint keeps the layers one way down: it fails on two files that import each other and on a
 * folder that imports one above it. The probes are real files in the tree, linted with the
 * project's own eslint.config.js; the type-aware rules are switched off for them (they need no
 * type information and would load the whole program).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const probes: string[] = [];
afterAll(() => {
  for (const dir of probes) rmSync(dir, { recursive: true, force: true });
});

function probeDir(under: string): string {
  const dir = mkdtempSync(join(root, under, 'lint-probe-'));
  probes.push(dir);
  return dir;
}

const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});

async function ruleIds(files: string[]): Promise<string[]> {
  const results = await eslint.lintFiles(files.map((f) => relative(root, f)));
  return results.flatMap((r) => r.messages.map((m) => `${relative(root, r.filePath)} ${m.ruleId}`));
}

describe('the lint keeps the layers one way down', () => {
  it('fails on two files that import each other', async () => {
    const dir = probeDir('src/services');
    const a = join(dir, 'a.ts');
    const b = join(dir, 'b.ts');
    writeFileSync(a, "import { b } from './b.js';\n\nexport const a = (): number => b() + 1;\n");
    writeFileSync(b, "import { a } from './a.js';\n\nexport const b = (): number => a() - 1;\n");
    const found = await ruleIds([a, b]);
    expect(found).toEqual([
      `${relative(root, a)} import-x/no-cycle`,
      `${relative(root, b)} import-x/no-cycle`,
    ]);
  });

  it('fails on an importer that imports a service, and passes the same file without it', async () => {
    const dir = probeDir('src/importers');
    const upward = join(dir, 'upward.ts');
    const clean = join(dir, 'clean.ts');
    writeFileSync(
      upward,
      "import type { PageQuery } from '../../services/sources/page.js';\n\nexport type Up = PageQuery;\n",
    );
    writeFileSync(
      clean,
      "import { placeKey } from '../../domain/place-key.js';\n\nexport const key = placeKey;\n",
    );
    const found = await ruleIds([upward, clean]);
    expect(found).toEqual([`${relative(root, upward)} no-restricted-imports`]);
  });
});
