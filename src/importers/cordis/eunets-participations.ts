import type { ImportContext } from '../importer.js';
import { readCsvTable, type CsvHeader } from '../text/csv-table.js';
import type { LineReader } from '../text/line-reader.js';
import { CORDIS_DATASET, type CordisSink } from './cordis-sink.js';
import {
  actorIdOfPic,
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
  'rcn',
  'role',
  'pic',
  'type',
  'contribution',
  'country',
  'start_date',
  'end_date',
  'max_contribution',
  'total_cost',
] as const;

/**
 * Reads the cleaned CORDIS H2020 participations (zambujo/eunets: rcn, role, pic, type,
 * contribution, country, start_date, end_date, max_contribution, total_cost, ...): one row per
 * organisation in a project. Writes the project (`H2020-<rcn>`, programme H2020, funding 'eu',
 * dates, total cost, maximum EC contribution), the organisation when it is not in the database
 * yet (named `PIC<number>` until an organisation file gives its name) and the participation
 * (role, EC contribution; the file has no per-participant total cost). Repeats of a
 * (project, organisation) pair are summed (see {@link ParticipationGrouper}).
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
      const rcn = parseRcn(f[col.rcn]);
      const pic = parsePic(f[col.pic]);
      const type = parseActivityType(f[col.type]);
      const contribution = parseAmount(f[col.contribution]);
      const start = col.start_date === -1 ? NONE : parseDate(f[col.start_date]);
      const end = col.end_date === -1 ? NONE : parseDate(f[col.end_date]);
      const max = col.max_contribution === -1 ? NONE : parseAmount(f[col.max_contribution]);
      const total = col.total_cost === -1 ? NONE : parseAmount(f[col.total_cost]);
      const role = (f[col.role] ?? '').trim().toLowerCase();
      let bad = refuseAll(ctx, line, [
        ['rcn', rcn],
        ['pic', pic],
        ['type', type],
        ['contribution', contribution],
        ['start_date', start],
        ['end_date', end],
        ['max_contribution', max],
        ['total_cost', total],
      ]);
      if (!/^[a-z][a-z ]*$/.test(role)) {
        ctx.refuse(line, 'role', `"${role}" is not a role (coordinator, participant, partner...)`);
        bad = true;
      }
      const country = sink.country(f[col.country], line, 'country');
      if (bad || country === undefined) return;
      if (!rcn.ok || !pic.ok || !type.ok || !contribution.ok) return;
      if (!start.ok || !end.ok || !max.ok || !total.ok) return;
      const projectId = projectIdOf(rcn.value);
      if (!groups.enter(projectId, f.join(','), line, 'rcn')) return;
      if (groups.isNew) {
        sink.addProject({
          id: projectId,
          programme: 'H2020',
          funding_source: 'eu',
          start_date: start.value,
          end_date: end.value,
          total_cost_eur: total.value,
          ec_max_contribution_eur: max.value,
          source_id: CORDIS_DATASET.id,
          import_id: ctx.importId,
        });
      }
      const actorId = actorIdOfPic(pic.value);
      sink.addPlaceholderActor(pic.value, actorId, type.value.type, type.value.role, country);
      groups.add(actorId, role, contribution.value, null);
    },
  );
  groups.finish();
}

const NONE: Parsed<null> = { ok: true, value: null };

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
