import { legalBasisCanonical } from '../../core/keyareas/legal-basis-rule.js';
import { legalBasisKnown } from '../../domain/legal-basis-key-areas.js';
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

/** A legal-basis code as CORDIS writes it: H2020-EU.2.1.1., H2020-EU.4.a., H2020-Euratom-1.1., HORIZON.2.4 */
const LEGAL_BASIS_CODE = /^[A-Za-z][A-Za-z0-9]*([.-][A-Za-z0-9]+)*\.?$/;

/**
 * Reads CORDIS's own project file (`project.csv` / `cordis-h2020projects.csv`, semicolon-separated,
 * quoted text that may span lines): rcn, id (grant number), acronym, title, startDate, endDate,
 * totalCost, ecMaxContribution, frameworkProgramme, legal basis, topics ... Each row becomes the
 * project `<frameworkProgramme>-<rcn>` (H2020 when the column is missing), with its grant number,
 * funding source 'eu', call topic (`topics`) and legal-basis codes (`legalBasis` in the current
 * layout, `programme` in the 2017-2020 one; several joined by `;`). Amounts may use a decimal
 * comma. A malformed legal-basis code refuses the row; a well-formed code that the key-area
 * classification does not know is stored and listed in the import's notes.
 */
export async function readCordisProjects(
  ctx: ImportContext,
  reader: LineReader,
  sink: CordisSink,
): Promise<void> {
  ctx.setFormat('cordis-projects');
  const col: Record<string, number> = {};
  const seen = new Map<string, number>();
  const unknown = new Map<string, number[]>();
  let legalBasisField = 'legalBasis';
  await readCsvTable(
    ctx,
    reader,
    { delimiter: ';' },
    (header) => {
      for (const c of [
        ...CORDIS_PROJECT_COLUMNS,
        'totalCost',
        'frameworkProgramme',
        'legalBasis',
        'programme',
        'topics',
      ])
        col[c] = header.index(c);
      legalBasisField = col.legalBasis !== -1 ? 'legalBasis' : 'programme';
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
      const codes = legalBasisCodes(get(legalBasisField));
      if (!codes.ok) ctx.refuse(line, legalBasisField, codes.reason);
      if (bad || !codes.ok || !rcn.ok || !grant.ok || !start.ok || !end.ok || !total.ok || !max.ok)
        return;
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
        topic_code: get('topics') || null,
        source_id: CORDIS_DATASET.id,
        import_id: ctx.importId,
      });
      for (const code of codes.value) {
        sink.legalBasisWriter.add({ project_id: id, legal_basis_code: code });
        if (!legalBasisKnown(code)) unknown.set(code, [...(unknown.get(code) ?? []), line]);
      }
    },
  );
  if (unknown.size > 0)
    ctx.note(
      `${unknown.size} legal-basis code${unknown.size === 1 ? '' : 's'} that the key-area classification does not know (stored; their projects count as unclassified): ${[
        ...unknown,
      ]
        .map(([code, rows]) => `${code} (row${rows.length === 1 ? '' : 's'} ${listRows(rows)})`)
        .join(', ')}`,
    );
}

/** The codes of a legal-basis cell (`H2020-EU.3.6.1.1.;H2020-EU.3.6.1.2.`), canonical and distinct. */
function legalBasisCodes(
  text: string,
): { ok: true; value: string[] } | { ok: false; reason: string } {
  const codes = new Set<string>();
  for (const piece of text.split(';')) {
    const code = piece.trim();
    if (code === '') continue;
    if (!LEGAL_BASIS_CODE.test(code))
      return {
        ok: false,
        reason: `"${code}" is not a legal-basis code (expected codes such as H2020-EU.2.1.1., joined by ;)`,
      };
    codes.add(legalBasisCanonical(code));
  }
  return { ok: true, value: [...codes] };
}

/** At most five row numbers, then how many more. */
function listRows(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).join(', ');
  return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
}
