import type { DataFile } from './data-file.js';

/** The markers in docs/data-sources.md between which the manifest is rendered. */
export const DOC_BEGIN =
  '<!-- data-manifest:begin (rendered from src/services/data-pull/data-manifest.ts) -->';
export const DOC_END = '<!-- data-manifest:end -->';

/**
 * The manifest as Markdown: the publishers' files with their addresses, then the files only a
 * mirror has, then the addresses that could not be confirmed.
 */
export function renderDataSources(files: readonly DataFile[]): string {
  const official = files.filter((f) => f.url !== null);
  const mirrorOnly = files.filter((f) => f.url === null);
  const uncertain = official.filter((f) => f.uncertain);
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines: string[] = [
    `${files.length} files: ${official.length} from the publishers' own addresses (${official.filter((f) => f.inMirror).length} of them also in the mirror), ${mirrorOnly.length} only in a mirror laid out like shared/data. A mirror pull (\`--from\`) fetches the ${files.filter((f) => f.inMirror).length} mirror files; a pull from the publishers fetches the ${official.length} files with an address.`,
    '',
    '### From the publishers',
    '',
    '| path | publisher | address | in mirror | licence | what |',
    '| --- | --- | --- | --- | --- | --- |',
    ...official.map(
      (f) =>
        `| \`${f.path}\` | ${f.publisher} | <${f.url ?? ''}>${f.uncertain ? ' (uncertain, see below)' : ''} | ${f.inMirror ? 'yes' : 'no'} | ${cell(f.licence)} | ${cell(f.description)} |`,
    ),
    '',
    '### Only in a mirror',
    '',
    "These are cleaned or derived copies, snapshots or test fixtures from public repositories (see shared/data/README.md). The publisher's equivalent is listed above where there is one.",
    '',
    "| path | publisher | the publisher's equivalent | licence | what |",
    '| --- | --- | --- | --- | --- |',
    ...mirrorOnly.map(
      (f) =>
        `| \`${f.path}\` | ${f.publisher} | ${equivalent(f)} | ${cell(f.licence)} | ${cell(f.description)} |`,
    ),
    '',
    '### Addresses not confirmed',
    '',
    ...(uncertain.length === 0
      ? ['None.']
      : uncertain.map((f) => `- \`${f.path}\`: ${f.uncertain ?? ''}.`)),
  ];
  return `${lines.join('\n')}\n`;
}

function equivalent(file: DataFile): string {
  if (file.publisherEquivalents?.length) {
    return file.publisherEquivalents.map((p) => `\`${p}\``).join(', ');
  }
  if (file.landingPage) return `none to pull; get it from <${file.landingPage}>`;
  return 'none';
}
