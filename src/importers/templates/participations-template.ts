import { HELIX_ROLES } from '../../domain/helix-role.js';
import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateTools } from './template-importer.js';
import type { ColumnPositions } from './template-reader.js';

const FUNDING_SOURCES = ['eu', 'national', 'regional', 'private'] as const;
/** Programmes whose money comes from the EU (the default funding source of other programmes is 'regional'). */
const EU_PROGRAMME =
  /^(H2020|HORIZON|FP\d|INTERREG|ERDF|EFRO|EFRD|ESF|LIFE|COSME|ERASMUS|EIC|EU\b|DIGITAL|CEF)/i;

const PROJECT_COLUMNS = ['id', 'acronym', 'programme', 'funding_source', 'start_date', 'end_date'];
const ACTOR_COLUMNS = ['id', 'name', 'helix_role', 'country_code', 'region_code'];
const PARTICIPATION_COLUMNS = ['project_id', 'actor_id', 'contribution_eur', 'total_cost_eur'];
const AMOUNT = { min: 0 };
/** The options of a date that must be a whole day (YYYY-MM-DD). */
const DAY = {};

/** A project read from the file: its programme and the row that first named it. */
interface ProjectSeen {
  readonly programme: string;
  readonly line: number;
}

/** Where each column of the template is in a file's rows (-1: absent). */
interface CellPositions {
  readonly projectId: number;
  readonly acronym: number;
  readonly programme: number;
  readonly actorId: number;
  readonly actorName: number;
  readonly helixRole: number;
  readonly region: number;
  readonly contribution: number;
  readonly totalCost: number;
  readonly start: number;
  readonly end: number;
  readonly fundingSource: number;
}

/** The positions of the template's columns in the rows of a file with these column positions. */
function cellPositions(positions: ColumnPositions): CellPositions {
  const at = (column: string) => positions.get(column) ?? -1;
  return {
    projectId: at('project_id'),
    acronym: at('project_acronym'),
    programme: at('programme'),
    actorId: at('organisation_id'),
    actorName: at('organisation_name'),
    helixRole: at('helix_role'),
    region: at('region'),
    contribution: at('contribution_eur'),
    totalCost: at('total_cost_eur'),
    start: at('start_date'),
    end: at('end_date'),
    fundingSource: at('funding_source'),
  };
}

interface State {
  /** The column positions of the file being read, and where the template's columns are in them. */
  positions: ColumnPositions | undefined;
  at: CellPositions;
  readonly actors: Set<string>;
  readonly projects: Map<string, ProjectSeen>;
  /** The project of the row before, found again without a look-up (its rows mostly follow each other). */
  lastProjectId: string;
  lastProject: ProjectSeen | undefined;
  readonly actorWriter: TableWriter;
  readonly projectWriter: TableWriter;
  readonly participationWriter: TableWriter;
}

/**
 * Template `participations`: project_id, project_acronym, programme, organisation_id,
 * organisation_name, helix_role, region, contribution_eur, total_cost_eur, start_date, end_date
 * (and, optionally, funding_source: eu, national, regional or private; by default 'eu' for EU
 * programmes such as H2020, Horizon, Interreg, EFRO/ERDF, else 'regional').
 *
 * Each row is one organisation in one project. The project is written from its first row (the
 * same project must name the same programme on every row). An organisation not yet in the
 * database is created from organisation_name, helix_role and region (its placement is 'template');
 * one already held (from CORDIS or the actors template) is left as it is. A (project,
 * organisation) pair may occur once.
 */
export const participationsTemplateImporter = templateImporter<State>({
  kind: 'participations',
  description: 'Template: projects and participations a region enters',
  columns: [
    {
      name: 'project_id',
      required: true,
      description: 'Your id of the project, e.g. OPOOST-2021-0042',
    },
    { name: 'project_acronym', required: false, description: 'Short name of the project' },
    {
      name: 'programme',
      required: true,
      description: 'Programme, e.g. OP Oost, MIT, H2020, Interreg',
    },
    {
      name: 'organisation_id',
      required: true,
      description: 'Id of the organisation (KVK…, PIC…, or your own)',
    },
    { name: 'organisation_name', required: true, description: 'Name of the organisation' },
    {
      name: 'helix_role',
      required: true,
      description: 'business, research, education, government or other',
    },
    {
      name: 'region',
      required: true,
      description: 'NUTS 2021 code of any level, or a country code (any country)',
    },
    {
      name: 'contribution_eur',
      required: false,
      description: 'Public contribution to this organisation, in euro',
    },
    {
      name: 'total_cost_eur',
      required: false,
      description: "This organisation's total cost, in euro",
    },
    { name: 'start_date', required: false, description: 'Project start, YYYY-MM-DD' },
    { name: 'end_date', required: false, description: 'Project end, YYYY-MM-DD' },
    {
      name: 'funding_source',
      required: false,
      description: 'eu, national, regional or private (default from the programme)',
    },
  ],
  key: ['project_id', 'organisation_id'],
  // Every reference is to a row read from the database or written by this file: SQLite checks
  // them once at the end, not per row.
  foreignKeys: 'at-end',
  // And need no check at all: a participation names a project this file writes and an
  // organisation held (read in the transaction) or written by it; an organisation names a region
  // held or written by it, and every row the import and its data set, written first.
  referencesHeld: ['participations', 'actors', 'projects'],
  async prepare(tools: TemplateTools): Promise<State> {
    const ids = await tools.ctx.tx.db.selectFrom('actors').select('id').execute();
    const provenance = { source_id: tools.datasetId, import_id: tools.ctx.importId };
    const actorWriter = tools.ctx.writer('actors', ['id'], {
      columns: ACTOR_COLUMNS,
      same: { placement: 'template', ...provenance },
      after: [tools.regionWriter],
      inKeyOrder: true,
    });
    const projectWriter = tools.ctx.writer('projects', ['id'], {
      columns: PROJECT_COLUMNS,
      same: provenance,
      inKeyOrder: true,
    });
    return {
      positions: undefined,
      at: cellPositions(new Map()),
      actors: new Set(ids.map((r) => r.id)),
      projects: new Map(),
      lastProjectId: '',
      lastProject: undefined,
      actorWriter,
      projectWriter,
      participationWriter: tools.ctx.writer('participations', ['project_id', 'actor_id'], {
        columns: PARTICIPATION_COLUMNS,
        same: { role: 'participant', import_id: tools.ctx.importId },
        after: [actorWriter, projectWriter],
        inKeyOrder: true,
      }),
    };
  },
  record(row, state) {
    if (row.record.positions !== state.positions) {
      state.positions = row.record.positions;
      state.at = cellPositions(state.positions);
    }
    const at = state.at;
    const projectId = row.at(at.projectId);
    const programme = row.at(at.programme);
    const actorId = row.at(at.actorId);
    const helix = row.oneOf('helix_role', HELIX_ROLES, row.at(at.helixRole));
    const region = row.region('region', row.at(at.region));
    const contribution = row.number('contribution_eur', AMOUNT, row.at(at.contribution));
    const totalCost = row.number('total_cost_eur', AMOUNT, row.at(at.totalCost));
    const start = row.date('start_date', DAY, row.at(at.start));
    const end = row.date('end_date', DAY, row.at(at.end));
    const funding = row.oneOf('funding_source', FUNDING_SOURCES, row.at(at.fundingSource));
    if (start && end && end < start) row.refuse('end_date', `${end} is before the start ${start}`);
    const project =
      state.lastProjectId === projectId ? state.lastProject : state.projects.get(projectId);
    state.lastProjectId = projectId;
    state.lastProject = project;
    if (project && project.programme !== programme) {
      row.refuse(
        'programme',
        `project ${projectId} has programme "${project.programme}" in row ${project.line}`,
      );
    }
    if (!row.ok || !helix || !region || contribution === undefined || totalCost === undefined)
      return;
    if (!project) {
      const seen = { programme, line: row.line };
      state.projects.set(projectId, seen);
      state.lastProject = seen;
      state.projectWriter.addValues([
        projectId,
        row.at(at.acronym) || null,
        programme,
        funding ?? (EU_PROGRAMME.test(programme) ? 'eu' : 'regional'),
        start ?? null,
        end ?? null,
      ]);
    }
    if (!state.actors.has(actorId)) {
      state.actors.add(actorId);
      const country = region.slice(0, 2);
      state.actorWriter.addValues([
        actorId,
        row.at(at.actorName),
        helix,
        /^[A-Z]{2}$/.test(country) ? country : null,
        region,
      ]);
    }
    state.participationWriter.addValues([projectId, actorId, contribution, totalCost]);
  },
});
