import { describe, expect, it } from 'vitest';
import { testBackend } from '../../../test/support/test-store.js';
import type { Database } from '../../storage/schema.js';
import { ImportRefusedError } from '../import-refused-error.js';
import { runImport } from '../run-import.js';
import { cordisImporter } from './cordis-importer.js';
import { seededStoreFixture } from '../../../test/support/seeded-store-fixture.js';
import { storedRow } from '../../../test/support/stored-row.js';

/** CORDIS's own files, in both layouts, with made-up but well-formed rows. */
const PROJECTS_2019 = [
  'rcn;id;acronym;status;programme;topics;frameworkProgramme;title;startDate;endDate;projectUrl;objective;totalCost;ecMaxContribution;call;fundingScheme;coordinator;coordinatorCountry;participants;participantCountries;subjects',
  '900001;800001;TESTPROJ;SIGNED;H2020-EU.2.1.1.;ICT-01;H2020;"A test project; with a semicolon";2019-01-01;2021-12-31;;"An objective',
  'over two lines";1000000,5;900000;H2020-ICT-2018;RIA;UNIVERSITEIT TWENTE;NL;;;',
].join('\n');

const ORGANISATIONS_2019 = [
  'projectRcn;projectID;projectAcronym;role;id;name;shortName;activityType;endOfParticipation;ecContribution;country;street;city;postCode;organizationUrl;vatNumber;contactForm;contactType;contactTitle;contactFirstNames;contactLastNames;contactFunction;contactTelephoneNumber;contactFaxNumber;nutsCode',
  '900001;800001;TESTPROJ;coordinator;999901915;UNIVERSITEIT TWENTE;UT;HES;false;500000;NL;DRIENERLOLAAN 5;ENSCHEDE;7522 NB;;;;;;;;;;;NL213',
  '900001;800001;TESTPROJ;participant;999999001;TEST SENSORS BV;TS;PRC;false;250000,25;NL;;HENGELO OV;;;;;;;;;;;;',
  '900001;800001;TESTPROJ;thirdParty;999999001;TEST SENSORS BV;TS;PRC;false;10000;NL;;HENGELO OV;;;;;;;;;;;;',
  '900001;800001;TESTPROJ;participant;999999002;TEST INSTITUTE INC;TI;REC;false;0;US;;BOSTON;;;;;;;;;;;;',
].join('\n');

const PROJECTS_2024 = [
  'id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;legalBasis;topics;ecSignatureDate;frameworkProgramme;masterCall;subCall;fundingScheme;nature;objective;contentUpdateDate;rcn;grantDoi',
  '101000001;NEWPROJ;SIGNED;A Horizon Europe project;2023-01-01;2025-12-31;2000000;1500000;HORIZON.2.4;TOPIC;2022-12-01;HORIZON;CALL;SUB;RIA;;Objective.;2024-01-01 10:00:00;250001;10.3030/101000001',
].join('\n');

const ORGANISATIONS_2024 = [
  'projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;postCode;city;country;nutsCode;geolocation;organizationURL;contactForm;contentUpdateDate;rcn;order;role;ecContribution;netEcContribution;totalCost;endOfParticipation;active',
  '101000001;NEWPROJ;999901915;NL123;UNIVERSITEIT TWENTE;UT;false;HES;DRIENERLOLAAN 5;7522 NB;ENSCHEDE;NL;NL213;;;;2024-01-01;1;1;coordinator;700000;700000;800000;false;true',
  '101000001;NEWPROJ;999999003;;TEST MKB BV;;true;PRC;;;DEN HAAG;NL;NL332;;;;2024-01-01;2;2;participant;300000;300000;400000;false;true',
].join('\n');

describe(`CORDIS's own project and organisation files on ${testBackend}`, () => {
  const fixture = seededStoreFixture('cordis-', { places: true });
  const file = (name: string, text: string) => fixture.file(name, `${text}\n`);
  /** The participations of a project, by organisation, with the columns a test looks at. */
  const participationsOf = <C extends keyof Database['participations'] & string>(
    project: string,
    columns: readonly C[],
  ) =>
    fixture.store.db
      .selectFrom('participations')
      .select(columns)
      .where('project_id', '=', project)
      .orderBy('actor_id')
      .execute();

  it('reads the 2017-2020 layout: projects with quoted multi-line text and decimal commas', async () => {
    const summary = await runImport(
      fixture.store,
      cordisImporter,
      await file('cordis-h2020projects.csv', PROJECTS_2019),
    );
    // The project and its legal-basis code (H2020-EU.2.1.1.).
    expect(summary).toMatchObject({ format: 'cordis-projects', read: 1, inserted: 2 });
    const project = await storedRow(fixture.store, 'projects', 'H2020-900001');
    expect(project).toMatchObject({
      grant_id: '800001',
      acronym: 'TESTPROJ',
      title: 'A test project; with a semicolon',
      programme: 'H2020',
      total_cost_eur: 1_000_000.5,
      ec_max_contribution_eur: 900_000,
    });
  });

  it('reads the 2017-2020 organisation layout, placing organisations and summing repeated participations', async () => {
    const summary = await runImport(
      fixture.store,
      cordisImporter,
      await file('cordis-h2020organizations.csv', ORGANISATIONS_2019),
    );
    expect(summary.format).toBe('cordis-organizations');
    expect(summary.notes.join(' ')).toMatch(/1 repeated \(project, organisation\) rows aggregated/);
    const parts = await participationsOf('H2020-900001', ['actor_id', 'role', 'contribution_eur']);
    expect(parts).toEqual([
      { actor_id: 'PIC999901915', role: 'coordinator', contribution_eur: 500_000 },
      { actor_id: 'PIC999999001', role: 'participant', contribution_eur: 260_000.25 },
      { actor_id: 'PIC999999002', role: 'participant', contribution_eur: 0 },
    ]);
    const sensors = await storedRow(fixture.store, 'actors', 'PIC999999001');
    expect(sensors).toMatchObject({
      helix_role: 'business',
      municipality_code: 'GM0164',
      region_code: 'NL213',
      placement: 'alias',
    });
    const ut = await storedRow(fixture.store, 'actors', 'PIC999901915');
    expect(ut).toMatchObject({
      helix_role: 'education',
      region_code: 'NL213',
      municipality_code: 'GM0153',
      postcode: '7522 NB',
    });
    const us = await fixture.store.db
      .selectFrom('actors')
      .select(['region_code', 'placement'])
      .where('id', '=', 'PIC999999002')
      .executeTakeFirstOrThrow();
    expect(us).toEqual({ region_code: 'US', placement: 'country' });
  });

  it('reads the current layout, finding projects by grant number', async () => {
    await runImport(fixture.store, cordisImporter, await file('project.csv', PROJECTS_2024));
    const summary = await runImport(
      fixture.store,
      cordisImporter,
      await file('organization.csv', ORGANISATIONS_2024),
    );
    expect(summary.format).toBe('cordis-organizations');
    const parts = await participationsOf('HORIZON-250001', [
      'actor_id',
      'contribution_eur',
      'total_cost_eur',
    ]);
    expect(parts).toEqual([
      { actor_id: 'PIC999901915', contribution_eur: 700_000, total_cost_eur: 800_000 },
      { actor_id: 'PIC999999003', contribution_eur: 300_000, total_cost_eur: 400_000 },
    ]);
    const mkb = await storedRow(fixture.store, 'actors', 'PIC999999003');
    // The file's nutsCode places it; its city (DEN HAAG) gives the municipality inside that region.
    expect(mkb).toMatchObject({
      is_sme: 1,
      region_code: 'NL332',
      municipality_code: 'GM0518',
      placement: 'nuts',
    });
  });

  it('refuses organisations of a project whose grant number is not loaded', async () => {
    const path = await file(
      'organization-unknown.csv',
      ORGANISATIONS_2024.replaceAll('101000001', '101999999'),
    );
    const error = (await runImport(fixture.store, cordisImporter, path).catch(
      (e: unknown) => e,
    )) as ImportRefusedError;
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect(error.rowErrors[0]).toMatchObject({ row: 2, field: 'projectID' });
  });
});
