import { HELIX_ROLES } from '../../domain/helix-role.js';
import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateTools } from './template-importer.js';

const FUNDING_SOURCES = ['eu', 'national', 'regional', 'private'] as const;
/** Programmes whose money comes from the EU (the default funding source of other programmes is 'regional'). */
const EU_PROGRAMME =
  /^(H2020|HORIZON|FP\d|INTERREG|ERDF|EFRO|EFRD|ESF|LIFE|COSME|ERASMUS|EIC|EU\b|DIGITAL|CEF)/i;

const PROJECT_COLUMNS = ['id', 'acronym', 'programme', 'funding_source', 'start_date', 'end_date'];
const ACTOR_COLUMNS = ['id', 'name', 'helix_role', 'country_code', 'region_code'];
const PARTICIPATION_COLUMNS = ['project_id', 'actor_id', 'contribution_eur', 'total_cost_eur'];
const AMOUNT = { min: 0 };

/** A project read from the file: its programme and the row that first named it. */
interface ProjectSeen {
  readonly programme: string;
  readonly line: number;
}

interface State {
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
    const projectId = row.raw('project_id');
    const programme = row.raw('programme');
    const actorId = row.raw('organisation_id');
    const helix = row.oneOf('helix_role', HELIX_ROLES);
    const region = row.region('region');
    const contribution = row.number('contribution_eur', AMOUNT);
    const totalCost = row.number('total_cost_eur', AMOUNT);
    const start = row.date('start_date');
    const end = row.date('end_date');
    const funding = row.oneOf('funding_source', FUNDING_SOURCES);
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
        row.text('project_acronym'),
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
        row.raw('organisation_name'),
        helix,
        /^[A-Z]{2}$/.test(country) ? country : null,
        region,
      ]);
    }
    state.participationWriter.addValues([projectId, actorId, contribution, totalCost]);
  },
});
