import type { ImportContext } from '../importer.js';
import { readCsvTable } from '../text/csv-table.js';
import type { LineReader } from '../text/line-reader.js';
import { CORDIS_DATASET, type CordisSink } from './cordis-sink.js';
import { parseAmount, parseDate, parseRcn, projectIdOf } from './cordis-values.js';
import { refuseAll } from './eunets-participations.js';

/** Columns every CORDIS project file has (the 2017-2020 and the current layout). */
export const CORDIS_PROJECT_COLUMNS = [
  'rcn',
  'id',
  'acronym',
  'title',
  'startDate',
  'endDate',
  'ecMaxContribution',
] as const;

/**
 * Reads CORDIS's own project file (`project.csv` / `cordis-h2020projects.csv`, semicolon-separated,
 * quoted text that may span lines): rcn, id (grant number), acronym, title, startDate, endDate,
 * totalCost, ecMaxContribution, frameworkProgramme, ... Each row becomes the project
 * `<frameworkProgramme>-<rcn>` (H2020 when the column is missing), with its grant number,
 * funding source 'eu'. Amounts may use a decimal comma.
 */
export async function readCordisProjects(
  ctx: ImportContext,
  reader: LineReader,
  sink: CordisSink,
): Promise<void> {
  ctx.setFormat('cordis-projects');
  const col: Record<string, number> = {};
  const seen = new Map<string, number>();
  await readCsvTable(
    ctx,
    reader,
    { delimiter: ';' },
    (header) => {
      for (const c of [...CORDIS_PROJECT_COLUMNS, 'totalCost', 'frameworkProgramme'])
        col[c] = header.index(c);
    },
    (f, line) => {
      const get = (c: string) =>
        col[c] === -1 || col[c] === undefined ? '' : (f[col[c]!] ?? '').trim();
      const rcn = parseRcn(get('rcn'));
      const grant = parseRcn(get('id'));
      const start = parseDate(get('startDate'));
      const end = parseDate(get('endDate'));
      const total = parseAmount(get('totalCost'));
      const max = parseAmount(get('ecMaxContribution'));
      const bad = refuseAll(ctx, line, [
        ['rcn', rcn],
        ['id', grant],
        ['startDate', start],
        ['endDate', end],
        ['totalCost', total],
        ['ecMaxContribution', max],
      ]);
      if (bad || !rcn.ok || !grant.ok || !start.ok || !end.ok || !total.ok || !max.ok) return;
      const programme = (get('frameworkProgramme') || 'H2020').toUpperCase();
      const id = projectIdOf(rcn.value, programme);
      const previous = seen.get(id);
      if (previous !== undefined) {
        ctx.refuse(line, 'rcn', `duplicate of row ${previous} (project ${id})`);
        return;
      }
      seen.set(id, line);
      sink.addProject({
        id,
        grant_id: grant.value,
        acronym: get('acronym') || null,
        title: get('title') || null,
        programme,
        funding_source: 'eu',
        start_date: start.value,
        end_date: end.value,
        total_cost_eur: total.value,
        ec_max_contribution_eur: max.value,
        source_id: CORDIS_DATASET.id,
        import_id: ctx.importId,
      });
    },
  );
}
