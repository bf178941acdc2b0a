import type { ImportContext } from '../importer.js';
import { readCsvTable, type CsvHeader } from '../text/csv-table.js';
import type { LineReader } from '../text/line-reader.js';
import type { CordisSink } from './cordis-sink.js';
import {
  actorIdOfPic,
  parseActivityType,
  parseAmount,
  parsePic,
  parseRcn,
  projectIdOf,
} from './cordis-values.js';
import { refuseAll } from './eunets-participations.js';
import { OrganisationNuts } from './organisation-nuts.js';
import { ParticipationGrouper } from './participation-grouper.js';

/**
 * True for CORDIS's own organisation file: the 2017-2020 layout
 * (`projectRcn;projectID;projectAcronym;role;id;name;shortName;activityType;...;ecContribution;country;street;city;postCode;...`)
 * or the current one (`projectID;projectAcronym;organisationID;...;SME;activityType;...;role;ecContribution;netEcContribution;totalCost;...`).
 */
export function isCordisOrganizationHeader(header: CsvHeader): boolean {
  const hasProject = header.has('projectRcn') || header.has('projectID');
  const hasOrg = header.has('organisationID') || (header.has('id') && header.has('projectRcn'));
  return hasProject && hasOrg && header.has('activityType') && header.has('role');
}

/**
 * Reads CORDIS's organisation file: one row per organisation in a project. The organisation
 * becomes the actor `PIC<id>` with its address (and SME flag in the current layout), placed like
 * any other; the participation gets the role, the EC contribution and, where given, the
 * organisation's total cost. In the 2017-2020 layout the project is `H2020-<projectRcn>`; the
 * current layout names projects only by grant number (projectID), so their project file must be
 * imported first (its rows carry both numbers). Repeats of a (project, organisation) pair are
 * summed.
 */
export async function readCordisOrganizations(
  ctx: ImportContext,
  reader: LineReader,
  sink: CordisSink,
): Promise<void> {
  ctx.setFormat('cordis-organizations');
  const col: Record<string, number> = {};
  const groups = new ParticipationGrouper(ctx, sink);
  const nuts = await OrganisationNuts.load(ctx);
  let hasRcn = false;
  const grants = await ctx.tx.db
    .selectFrom('projects')
    .select(['id', 'grant_id'])
    .where('grant_id', 'is not', null)
    .execute();
  const byGrant = new Map(grants.map((g) => [g.grant_id as string, g.id]));
  await readCsvTable(
    ctx,
    reader,
    { delimiter: ';' },
    (header) => {
      hasRcn = header.has('projectRcn');
      const names = [
        'projectRcn',
        'projectID',
        'projectAcronym',
        'role',
        'id',
        'organisationID',
        'name',
        'shortName',
        'SME',
        'activityType',
        'ecContribution',
        'totalCost',
        'country',
        'street',
        'city',
        'postCode',
        'nutsCode',
      ];
      for (const c of names) col[c] = header.index(c);
    },
    (f, line) => {
      const get = (c: string) =>
        col[c] === -1 || col[c] === undefined ? '' : (f[col[c]!] ?? '').trim();
      const picField = hasRcn ? 'id' : 'organisationID';
      const pic = parsePic(get(picField));
      const type = parseActivityType(get('activityType'));
      const contribution = parseAmount(get('ecContribution'));
      const totalCost = parseAmount(get('totalCost'));
      const projectRef = parseRcn(hasRcn ? get('projectRcn') : get('projectID'));
      const role = get('role').toLowerCase();
      let bad = refuseAll(ctx, line, [
        [hasRcn ? 'projectRcn' : 'projectID', projectRef],
        [picField, pic],
        ['activityType', type],
        ['ecContribution', contribution],
        ['totalCost', totalCost],
      ]);
      if (!/^[a-z][a-z ]*$/.test(role)) {
        ctx.refuse(line, 'role', `"${role}" is not a role (coordinator, participant, partner...)`);
        bad = true;
      }
      const country = sink.country(get('country'), line, 'country');
      const region = nuts.resolve(get('nutsCode'), country ?? null);
      if (!region.ok) {
        ctx.refuse(line, 'nutsCode', region.reason);
        bad = true;
      }
      if (
        bad ||
        !region.ok ||
        country === undefined ||
        !projectRef.ok ||
        !pic.ok ||
        !type.ok ||
        !contribution.ok ||
        !totalCost.ok
      )
        return;
      let projectId: string;
      if (hasRcn) projectId = projectIdOf(projectRef.value);
      else {
        const known = byGrant.get(projectRef.value);
        if (!known) {
          ctx.refuse(
            line,
            'projectID',
            `no project with grant number ${projectRef.value} is loaded: import the CORDIS project file first`,
          );
          return;
        }
        projectId = known;
      }
      if (!groups.enter(projectId, line, hasRcn ? 'projectRcn' : 'projectID')) return;
      if (groups.isNew && hasRcn) {
        const grant = parseRcn(get('projectID'));
        sink.addProject({
          id: projectId,
          programme: 'H2020',
          funding_source: 'eu',
          grant_id: grant.ok ? grant.value : null,
          acronym: get('projectAcronym') || null,
        });
      }
      const id = actorIdOfPic(pic.value);
      const sme = get('SME').toLowerCase();
      sink.addActor({
        id,
        pic: pic.value,
        name: get('name') || id,
        shortName: get('shortName') || null,
        activityType: type.value.type,
        helixRole: type.value.role,
        isSme: sme === 'true' ? 1 : sme === 'false' ? 0 : null,
        street: get('street') || null,
        postcode: get('postCode') || null,
        city: get('city') || null,
        country,
        nutsCode: region.region,
      });
      groups.add(id, role, contribution.value, totalCost.value, f, line);
    },
  );
  groups.finish();
  nuts.finish(ctx);
}
