import type { ImportContext } from '../importer.js';
import { readCsvTable } from '../text/csv-table.js';
import type { LineReader } from '../text/line-reader.js';
import type { CordisSink } from './cordis-sink.js';
import { parseRcn, projectIdOf } from './cordis-values.js';

/**
 * Reads the programme parts of H2020 projects (rcn, programme_part: MSCA, ERC, LEIT, SC1...).
 * A project not loaded yet is created with its id, programme and funding source only, so that
 * the files can be imported in any order; a later participations file completes it.
 */
export async function readEunetsProgrammeParts(
  ctx: ImportContext,
  reader: LineReader,
  sink: CordisSink,
): Promise<void> {
  ctx.setFormat('cordis-eunets-programme-parts');
  let iRcn = 0;
  let iPart = 1;
  const seen = new Map<string, number>();
  const projects = new Set<string>();
  await readCsvTable(
    ctx,
    reader,
    { delimiter: ',' },
    (header) => {
      iRcn = header.index('rcn');
      iPart = header.index('programme_part');
    },
    (f, line) => {
      const rcn = parseRcn(f[iRcn]);
      const part = (f[iPart] ?? '').trim();
      if (!rcn.ok) {
        ctx.refuse(line, 'rcn', rcn.reason);
        return;
      }
      if (part === '') {
        ctx.refuse(line, 'programme_part', 'empty');
        return;
      }
      const key = `${rcn.value}|${part}`;
      const previous = seen.get(key);
      if (previous !== undefined) {
        ctx.refuse(line, 'programme_part', `duplicate of row ${previous}`);
        return;
      }
      seen.set(key, line);
      const projectId = projectIdOf(rcn.value);
      if (!projects.has(projectId)) {
        projects.add(projectId);
        sink.addProject({ id: projectId, programme: 'H2020', funding_source: 'eu' });
      }
      sink.programmePartWriter.add({ project_id: projectId, programme_part: part });
    },
  );
}
