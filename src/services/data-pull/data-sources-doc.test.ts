import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from './data-manifest.js';
import { DOC_BEGIN, DOC_END, renderDataSources } from './data-sources-doc.js';

const DOC = fileURLToPath(new URL('../../../docs/data-sources.md', import.meta.url));

describe('docs/data-sources.md', () => {
  it('renders the manifest: every file with its address, licence and what it is', async () => {
    const text = await readFile(DOC, 'utf8');
    const begin = text.indexOf(DOC_BEGIN);
    const end = text.indexOf(DOC_END);
    expect(begin, 'the begin marker').toBeGreaterThan(-1);
    expect(end, 'the end marker').toBeGreaterThan(begin);
    const rendered = await format(renderDataSources(DATA_FILES), {
      ...(await resolveConfig(DOC)),
      parser: 'markdown',
    });
    const expected = `${text.slice(0, begin + DOC_BEGIN.length)}\n\n${rendered}\n${text.slice(end)}`;
    // UPDATE_DOCS=1 rewrites the list after a change to the manifest.
    if (process.env.UPDATE_DOCS && expected !== text) await writeFile(DOC, expected);
    expect(text, 'run UPDATE_DOCS=1 npx vitest run src/services/data-pull/data-sources-doc').toBe(
      expected,
    );
    for (const file of DATA_FILES) {
      expect(text).toContain(`\`${file.path}\``);
      if (file.url) expect(text).toContain(file.url);
    }
  });
});
