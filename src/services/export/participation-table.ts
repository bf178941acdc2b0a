import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { Store } from '../../storage/store.js';
import { exportSource } from './export-source.js';
import { participationsExportMethod } from '../sources/source-methods.js';
import { exportColumns, type ExportTable } from './export-table.js';
import { keysetBatches } from './keyset-batches.js';
import { regionScope, regionWithin } from './region-scope.js';
import { inRowidSlices } from './rowid-slices.js';

/**
 * The columns of the participations export: those of the `participations` import template in its
 * order, its optional funding_source included, so that an export imports again with
 * `regiokracht import participations`; then the participant's role in the project (coordinator,
 * participant, partner), which the template does not read and ignores.
 */
export const PARTICIPATION_COLUMNS = exportColumns(
  [
    'project_id',
    'project_acronym',
    'programme',
    'organisation_id',
    'organisation_name',
    'helix_role',
    'region',
    'contribution_eur',
    'total_cost_eur',
    'start_date',
    'end_date',
    'funding_source',
    'role',
  ],
  ['contribution_eur', 'total_cost_eur'],
);

export interface ParticipationTableQuery {
  /** A region code: the participations of organisations located in it or below it. */
  readonly region?: string | undefined;
}

type Tables = Database & {
  p: Database['participations'];
  pr: Database['projects'];
  a: Database['actors'];
};

interface Key {
  readonly project_id: string;
  readonly actor_id: string;
}

/**
 * Participations (one organisation in one project) in project and organisation order, optionally
 * those of the organisations of one region. `region` is the organisation's most precise region.
 */
export async function participationTable(
  store: Store,
  query: ParticipationTableQuery = {},
): Promise<ExportTable> {
  const scope = query.region === undefined ? undefined : await regionScope(store, query.region);
  const selection = (): SelectQueryBuilder<Tables, 'p' | 'pr' | 'a', object> => {
    const q = store.db
      .selectFrom('participations as p')
      .innerJoin('projects as pr', 'pr.id', 'p.project_id')
      .innerJoin('actors as a', 'a.id', 'p.actor_id');
    return scope ? q.where(regionWithin('a.region_code', scope)) : q;
  };
  const importIds = scope
    ? await Promise.all(
        (['p.import_id', 'pr.import_id', 'a.import_id'] as const).map((column) =>
          selection().select(`${column} as id`).distinct().execute(),
        ),
      )
    : await everyImportId(store);
  const source = await exportSource(
    store,
    { datasets: [], imports: importIds.flat().map((r) => r.id) },
    participationsExportMethod(scope?.code ?? null),
  );
  return {
    name: 'participations',
    columns: PARTICIPATION_COLUMNS,
    source,
    async count() {
      // Every participation has its project and organisation: unscoped, the join counts as many
      // rows as the table, which is counted in rowid slices rather than in one long statement.
      const counts = scope
        ? await selection()
            .select((eb) => eb.fn.countAll().as('n'))
            .execute()
        : await inRowidSlices(store, 'participations', 'p', (range) =>
            store.db
              .selectFrom('participations as p')
              .select((eb) => eb.fn.countAll().as('n'))
              .$if(range !== undefined, (q) => q.where(range!))
              .execute(),
          );
      return counts.reduce((sum, row) => sum + Number(row.n), 0);
    },
    async *batches() {
      const page = (after: Key | undefined, size: number) => {
        let q = selection().select([
          'p.project_id',
          'pr.acronym',
          'pr.programme',
          'p.actor_id',
          'a.name',
          'a.helix_role',
          'a.region_code',
          'p.contribution_eur',
          'p.total_cost_eur',
          'pr.start_date',
          'pr.end_date',
          'pr.funding_source',
          'p.role',
        ]);
        if (after) q = q.where((eb) => afterKey(eb, after));
        return q.orderBy('p.project_id').orderBy('p.actor_id').limit(size).execute();
      };
      for await (const rows of keysetBatches(page)) {
        yield rows.map((r) => [
          r.project_id,
          r.acronym,
          r.programme,
          r.actor_id,
          r.name,
          r.helix_role,
          r.region_code,
          r.contribution_eur === null ? null : Number(r.contribution_eur),
          r.total_cost_eur === null ? null : Number(r.total_cost_eur),
          r.start_date,
          r.end_date,
          r.funding_source,
          r.role,
        ]);
      }
    },
  };
}

/**
 * The imports behind all participations, their projects and their organisations: the same as over
 * the three tables joined (every participation has its project and organisation), without the join,
 * which would cost a lookup per participation in one statement the server cannot interrupt. On
 * SQLite each table is read in rowid slices (see {@link inRowidSlices}); ids may repeat.
 */
function everyImportId(store: Store) {
  return Promise.all([
    inRowidSlices(store, 'participations', 'p', (range) =>
      store.db
        .selectFrom('participations as p')
        .select('p.import_id as id')
        .distinct()
        .$if(range !== undefined, (q) => q.where(range!))
        .execute(),
    ),
    inRowidSlices(store, 'projects', 'pr', (range) =>
      store.db
        .selectFrom('projects as pr')
        .select('pr.import_id as id')
        .distinct()
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('participations as p')
              .select('p.project_id')
              .whereRef('p.project_id', '=', 'pr.id'),
          ),
        )
        .$if(range !== undefined, (q) => q.where(range!))
        .execute(),
    ),
    inRowidSlices(store, 'actors', 'a', (range) =>
      store.db
        .selectFrom('actors as a')
        .select('a.import_id as id')
        .distinct()
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('participations as p')
              .select('p.actor_id')
              .whereRef('p.actor_id', '=', 'a.id'),
          ),
        )
        .$if(range !== undefined, (q) => q.where(range!))
        .execute(),
    ),
  ]);
}

function afterKey(eb: ExpressionBuilder<Tables, 'p'>, after: Key) {
  return eb(
    eb.refTuple('p.project_id', 'p.actor_id'),
    '>',
    eb.tuple(after.project_id, after.actor_id),
  );
}
