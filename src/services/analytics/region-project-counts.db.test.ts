import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadOtherRoles,
  OTHER_ROLES_REGION,
  regionProjectCountsFromRows,
} from '../../../test/support/other-roles.js';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Helix } from '../../http/schemas/analytics-helix.js';
import { dossierModel } from '../../reports/dossier-model.js';
import { DossierService } from '../dossier/dossier-service.js';
import { AnalyticsService } from './analytics-service.js';

const REGION = OTHER_ROLES_REGION;

describe(`the project counts of a region's figures on ${testBackend}`, () => {
  let t: TestApp;
  let analytics: AnalyticsService;
  beforeAll(async () => {
    t = await buildTestApp({ seed: loadOtherRoles });
    analytics = new AnalyticsService(t.store, t.now);
  });
  afterAll(() => t?.close());

  it('counts apart the projects whose participants in the region all have the role other', async () => {
    const expected = await regionProjectCountsFromRows(t.store);
    // The fixture holds such projects: the count below is not 0 by default.
    expect(expected.region - expected.helix).toBeGreaterThan(0);
    const helix = await analytics.helix(REGION, { resamples: 20 });
    expect(helix.projects).toBe(expected.helix);
    expect(helix.projects_without_helix_role).toBe(expected.region - expected.helix);
    const response = await t.app.inject({ url: `/api/regions/${REGION}/helix` });
    expect(response.statusCode).toBe(200);
    const body = response.json<Helix>();
    expect(body.projects).toBe(expected.helix);
    expect(body.projects_without_helix_role).toBe(expected.region - expected.helix);
  });

  it('gives a null count, not 0, for a region the data cannot measure', async () => {
    // Germany's organisations are placed at country level only: its regions are not measured.
    const helix = await analytics.helix('DE11', { resamples: 20 });
    expect(helix.available).toBe(false);
    expect(helix.projects).toBeNull();
    expect(helix.projects_without_helix_role).toBeNull();
  });

  it("says of how many of the region's projects the financing share is computed", async () => {
    const expected = await regionProjectCountsFromRows(t.store);
    expect(expected.both).toBeLessThan(expected.region);
    const dossiers = new DossierService(t.store, analytics, t.now);
    const financing = dossierModel(await dossiers.inputs(REGION)).topic1.financing!;
    expect(financing.projects).toBe(expected.region);
    expect(financing.projects_with_both_amounts).toBe(expected.both);
    // Every project with both amounts has valid ones here: all of them are used.
    expect(financing.usable_projects).toBe(expected.both);
  });
});
