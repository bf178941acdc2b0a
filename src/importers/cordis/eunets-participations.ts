import type { ImportContext } from '../importer.js';
import { readCsvTable, type CsvHeader } from '../text/csv-table.js';
import type { LineReader } from '../text/line-reader.js';
import { CORDIS_DATASET, type CordisSink } from './cordis-sink.js';
import { CORDIS_ACTIVITY_HELIX } from '../../domain/helix-role.js';
import {
  parseActivityType,
  parseAmount,
  parseDate,
  parsePic,
  parseRcn,
  projectIdOf,
  type Parsed,
} from './cordis-values.js';
import { ParticipationGrouper } from './participation-grouper.js';

/** The columns that mark the eunets participations file. */
export const EUNETS_PARTICIPATION_COLUMNS = [
  'rcn',
  'role',
  'pic',
  'type',
  'contribution',
  'country',
] as const;

const COLUMNS = [
  ...EUNETS_PARTICIPATION_COLUMNS,
  'start_date',
  'end_date',
  'max_contribution',
  'total_cost',
] as const;

const DIGITS = /^\d{1,12}$/;
const PLAIN_AMOUNT = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ROLE = /^[a-z][a-z ]*$/;

/**
 * Reads the cleaned CORDIS H2020 participations (zambujo/eunets: rcn, role, pic, type,
 * contribution, country, start_date, end_date, max_contribution, total_cost, ...): one row per
 * organisation in a project. Writes the project (`H2020-<rcn>`, programme H2020, funding 'eu',
 * dates, total cost, maximum EC contribution), the organisation when it is not in the database
 * yet (named `PIC<number>` until an organisation file gives its name) and the participation
 * (role, EC contribution; the file has no per-participant total cost). Repeats of a
 * (project, organisation) pair are summed (see {@link ParticipationGrouper}).
 *
 * This is the largest file Regiokracht reads, so the common case (well-formed values) is checked
 * with a few regular expressions and no allocation per field; a value that fails them goes
 * through the general parsers, which name the problem.
 */
export async function readEunetsParticipations(
  ctx: ImportContext,
  reader: LineReader,
  sink: CordisSink,
): Promise<void> {
  ctx.setFormat('cordis-eunets-participations');
  const col = {} as Record<(typeof COLUMNS)[number], number>;
  const groups = new ParticipationGrouper(ctx, sink);
  await readCsvTable(
    ctx,
    reader,
    { delimiter: ',' },
    (header: CsvHeader) => {
      for (const c of COLUMNS) col[c] = header.index(c);
    },
    (f, line) => {
      const rcn = f[col.rcn]!;
      const pic = f[col.pic]!;
      const type = f[col.type]!;
      const role = f[col.role]!;
      const contribution = amount(f[col.contribution]);
      const start = date(col.start_date === -1 ? '' : f[col.start_date]);
      const end = date(col.end_date === -1 ? '' : f[col.end_date]);
      const max = amount(col.max_contribution === -1 ? '' : f[col.max_contribution]);
      const total = amount(col.total_cost === -1 ? '' : f[col.total_cost]);
      const helix = CORDIS_ACTIVITY_HELIX[type];
      if (
        !DIGITS.test(rcn) ||
        !DIGITS.test(pic) ||
        helix === undefined ||
        !ROLE.test(role) ||
        contribution === BAD ||
        start === BAD ||
        end === BAD ||
        max === BAD ||
        total === BAD
      ) {
        refuseRow(ctx, line, f, col);
        return;
      }
      const country = sink.country(f[col.country], line, 'country');
      if (country === undefined) return;
      const projectId = projectIdOf(rcn);
      if (!groups.enter(projectId, line, 'rcn')) return;
      if (groups.isNew) {
        sink.addProject({
          id: projectId,
          programme: 'H2020',
          funding_source: 'eu',
          start_date: start,
          end_date: end,
          total_cost_eur: total,
          ec_max_contribution_eur: max,
          source_id: CORDIS_DATASET.id,
          import_id: ctx.importId,
        });
      }
      const actorId = `PIC${pic}`;
      sink.addPlaceholderActor(pic, actorId, type, helix, country);
      groups.add(actorId, role, contribution, null, f, line);
    },
  );
  groups.finish();
}

const BAD = Symbol('bad');

/** An amount in the common forms (`317625`, `317625.5`, empty, `NA`), else the general parser. */
function amount(text: string | undefined): number | null | typeof BAD {
  if (text === undefined || text === '' || text === 'NA') return null;
  if (PLAIN_AMOUNT.test(text)) return Number(text);
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.value : BAD;
}

function date(text: string | undefined): string | null | typeof BAD {
  if (text === undefined || text === '' || text === 'NA') return null;
  if (ISO_DATE.test(text)) return text;
  const parsed = parseDate(text);
  return parsed.ok ? parsed.value : BAD;
}

/** Refuses every bad field of a row, with the general parsers' reasons. */
function refuseRow(
  ctx: ImportContext,
  line: number,
  f: readonly string[],
  col: Record<(typeof COLUMNS)[number], number>,
): void {
  const at = (c: (typeof COLUMNS)[number]) => (col[c] === -1 ? '' : f[col[c]]);
  refuseAll(ctx, line, [
    ['rcn', parseRcn(at('rcn'))],
    ['pic', parsePic(at('pic'))],
    ['type', parseActivityType(at('type'))],
    ['contribution', parseAmount(at('contribution'))],
    ['start_date', parseDate(at('start_date'))],
    ['end_date', parseDate(at('end_date'))],
    ['max_contribution', parseAmount(at('max_contribution'))],
    ['total_cost', parseAmount(at('total_cost'))],
  ]);
  const role = (at('role') ?? '').trim();
  if (!ROLE.test(role))
    ctx.refuse(line, 'role', `"${role}" is not a role (coordinator, participant, partner...)`);
}

/** Refuses every field that did not parse; true when any did not. */
export function refuseAll(
  ctx: ImportContext,
  line: number,
  fields: readonly (readonly [string, Parsed<unknown>])[],
): boolean {
  let bad = false;
  for (const [field, p] of fields) {
    if (!p.ok) {
      ctx.refuse(line, field, p.reason);
      bad = true;
    }
  }
  return bad;
}
