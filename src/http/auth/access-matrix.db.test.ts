import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  logIn,
  sessionAs,
  type SessionHeaders,
  userIdOf,
} from '../../../test/support/auth.js';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Principal } from '../../domain/principal.js';
import type { Role } from '../../domain/role.js';
import { createCluster } from '../../services/clusters/cluster-writes.js';
import { createPractice } from '../../services/practices/create-practice.js';
import { createContactPoint } from '../../services/sme/contact-point-writes.js';
import { createFund } from '../../services/sme/fund-writes.js';
import { addCommitment } from '../../services/visits/commitments.js';
import { addFinding } from '../../services/visits/visit-findings.js';
import type { Store } from '../../storage/store.js';
import { accessDecision } from './access-decision.js';
import { accessGuard, routeAccessTable, type RouteAccess } from './access-guard.js';
import { PUBLIC } from './access-rule.js';

/** A caller of the matrix: a role (a regional editor inside or outside Twente) or nobody. */
interface Caller {
  readonly name: string;
  readonly role: Role | null;
  readonly regions: readonly string[];
}

const CALLERS: readonly Caller[] = [
  { name: 'anonymous', role: null, regions: [] },
  { name: 'administrator', role: 'administrator', regions: [] },
  { name: 'analyst', role: 'analyst', regions: [] },
  { name: 'editor of Overijssel (NL21)', role: 'regional_editor', regions: ['NL21'] },
  { name: 'editor of Noord-Brabant (NL41)', role: 'regional_editor', regions: ['NL41'] },
  { name: 'viewer', role: 'viewer', regions: [] },
];

/** One request against a route, made fresh for each caller; every record it touches is in Twente. */
interface Sample {
  readonly url: string;
  readonly payload?: object;
  /** The status when the rule lets the caller through. */
  readonly ok: number;
  /** Log a new account of the caller's role in for this request (log-in and log-out end its session). */
  readonly ownSession?: boolean;
}

const TWENTE_VISIT = 'visit-twente';
let n = 0;

/**
 * The requests of the routes of an SME record kind (contact points, funds), which all take the
 * same: list, read, create, change, publish, retire.
 */
function smeRecordSamples(
  path: string,
  record: () => Promise<{ id: string }>,
  name: string,
  change: object,
): Record<string, () => Promise<Sample>> {
  const url = async (action = '') => `${path}/${(await record()).id}${action}`;
  return {
    [`GET ${path}`]: async () => ({ url: `${path}?status=all`, ok: 200 }),
    [`GET ${path}/:id`]: async () => ({ url: `${await url()}?include_drafts=true`, ok: 200 }),
    [`POST ${path}`]: async () => ({
      url: path,
      payload: { name: `${name} ${++n}`, regions: ['NL213'] },
      ok: 201,
    }),
    [`PATCH ${path}/:id`]: async () => ({
      url: await url(),
      payload: { version: 1, ...change },
      ok: 200,
    }),
    [`POST ${path}/:id/publish`]: async () => ({
      url: await url('/publish'),
      payload: { version: 1 },
      ok: 200,
    }),
    [`POST ${path}/:id/retire`]: async () => ({ url: await url('/retire'), payload: {}, ok: 200 }),
  };
}

/** The requests of the matrix, by route; a route in the table without one fails the test. */
function samples(store: Store): Record<string, () => Promise<Sample>> {
  const deps = { store, now: () => new Date() };
  const practice = (status: 'draft' | 'published' = 'draft') =>
    createPractice(deps, {
      title: `Matrix test practice ${++n}`,
      region: 'NL213',
      topic: 1,
      description: 'Test: a practice of Twente.',
      status,
    });
  const contactPoint = () =>
    createContactPoint(deps, { name: `Test contactpunt ${++n}`, regions: ['NL213'] });
  const fund = () => createFund(deps, { name: `Test fonds ${++n}`, regions: ['NL213'] });
  const cluster = () =>
    createCluster(deps, 'NL213', { name_nl: `Test speerpunt ${++n}`, name_en: `Test ${n}` });
  const versionOfVisit = async () =>
    (
      await store.db
        .selectFrom('visits')
        .select('version')
        .where('id', '=', TWENTE_VISIT)
        .executeTakeFirstOrThrow()
    ).version;
  const user = async () => userIdOf(store, await createTestUser(store, 'viewer'));
  return {
    'POST /api/session': async () => ({
      url: '/api/session',
      payload: {
        login: await createTestUser(store, 'viewer'),
        password: 'correct horse battery staple',
      },
      ok: 200,
      // A log-in ends the session the browser had: the caller's shared session must not be it.
      ownSession: true,
    }),
    'DELETE /api/session': async () => ({ url: '/api/session', ok: 204, ownSession: true }),
    'GET /api/users': async () => ({ url: '/api/users', ok: 200 }),
    'POST /api/users': async () => ({
      url: '/api/users',
      payload: {
        login: `matrix-${++n}@example.test`,
        name: 'Test account',
        role: 'regional_editor',
        regions: ['NL213'],
        password: 'another long password',
      },
      ok: 201,
    }),
    'POST /api/users/:id/disable': async () => ({
      url: `/api/users/${await user()}/disable`,
      ok: 200,
    }),
    'POST /api/users/:id/enable': async () => ({
      url: `/api/users/${await user()}/enable`,
      ok: 200,
    }),
    'POST /api/users/:id/password': async () => ({
      url: `/api/users/${await user()}/password`,
      payload: { password: 'a brand new password' },
      ok: 200,
    }),
    'GET /api/audit': async () => ({ url: '/api/audit?entity=visit', ok: 200 }),
    'GET /api/audit.csv': async () => ({ url: '/api/audit.csv?entity=visit', ok: 200 }),
    'GET /api/commitments': async () => ({ url: '/api/commitments', ok: 200 }),
    'GET /api/practices': async () => ({ url: '/api/practices?status=all', ok: 200 }),
    'GET /api/practices/:id': async () => ({
      url: `/api/practices/${(await practice()).id}?include_drafts=true`,
      ok: 200,
    }),
    'PUT /api/next-visit/weights': async () => ({
      url: '/api/next-visit/weights',
      payload: { recency: 0.3, coverage: 0.3, strength: 0.2, gaps: 0.2 },
      ok: 200,
    }),
    'GET /api/visits/:id/report.pdf': async () => ({
      url: `/api/visits/${TWENTE_VISIT}/report.pdf`,
      ok: 200,
    }),
    'GET /api/visits/:id/report.html': async () => ({
      url: `/api/visits/${TWENTE_VISIT}/report.html`,
      ok: 200,
    }),
    'POST /api/visits': async () => ({
      url: '/api/visits',
      payload: { region: 'NL213', date: '2028-01-10' },
      ok: 201,
    }),
    'PATCH /api/visits/:id': async () => ({
      url: `/api/visits/${TWENTE_VISIT}`,
      payload: { version: await versionOfVisit(), hosts: `Test hosts ${++n}` },
      ok: 200,
    }),
    'POST /api/visits/:id/findings': async () => ({
      url: `/api/visits/${TWENTE_VISIT}/findings`,
      payload: { topic: 1, text: 'Test finding' },
      ok: 201,
    }),
    'PATCH /api/findings/:id': async () => ({
      url: `/api/findings/${(await addFinding(deps, TWENTE_VISIT, { topic: 1, text: 'Test' })).id}`,
      payload: { version: 1, text: 'Test, changed' },
      ok: 200,
    }),
    'POST /api/visits/:id/commitments': async () => ({
      url: `/api/visits/${TWENTE_VISIT}/commitments`,
      payload: { description: 'Test commitment', owner: 'Test owner' },
      ok: 201,
    }),
    'PATCH /api/commitments/:id': async () => ({
      url: `/api/commitments/${(await addCommitment(deps, TWENTE_VISIT, { description: 'Test', owner: 'Test' })).id}`,
      payload: { version: 1, status: 'done' },
      ok: 200,
    }),
    'POST /api/practices': async () => ({
      url: '/api/practices',
      payload: { title: `Test practice ${++n}`, region: 'NL213', topic: 2, description: 'Test' },
      ok: 201,
    }),
    'PATCH /api/practices/:id': async () => ({
      url: `/api/practices/${(await practice()).id}`,
      payload: { version: 1, evidence: 'Test evidence' },
      ok: 200,
    }),
    'POST /api/practices/:id/publish': async () => ({
      url: `/api/practices/${(await practice()).id}/publish`,
      payload: { version: 1 },
      ok: 200,
    }),
    'POST /api/practices/:id/transfers': async () => ({
      url: `/api/practices/${(await practice('published')).id}/transfers`,
      payload: { to_region: 'NL41', year: 2024 },
      ok: 201,
    }),
    ...smeRecordSamples('/api/contact-points', contactPoint, 'Test contactpunt', {
      phone: '053 000 0000',
    }),
    ...smeRecordSamples('/api/funds', fund, 'Test fonds', { size: 1000 }),
    'POST /api/regions/:code/spearheads': async () => ({
      url: '/api/regions/NL213/spearheads',
      payload: { name_nl: `Test speerpunt ${++n}`, name_en: `Test spearhead ${n}` },
      ok: 201,
    }),
    'PATCH /api/spearheads/:id': async () => ({
      url: `/api/spearheads/${(await cluster()).id}`,
      payload: { version: 1, description: 'Test' },
      ok: 200,
    }),
    'DELETE /api/spearheads/:id': async () => ({
      url: `/api/spearheads/${(await cluster()).id}?version=1`,
      ok: 204,
    }),
  };
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes the matrix covers: every write, and every read that is not open to anyone. */
function guardedRoutes(table: readonly RouteAccess[]): RouteAccess[] {
  return table.filter(
    (r) =>
      r.method !== 'HEAD' &&
      (!READS.has(r.method) || r.access.allow !== 'anyone' || r.access.restricted !== undefined),
  );
}

function expectedStatus(route: RouteAccess, caller: Caller, sample: Sample, url: string): number {
  const principal: Principal | null = caller.role
    ? { userId: 'x', login: 'x', name: 'x', role: caller.role, regions: caller.regions }
    : null;
  const request = { query: Object.fromEntries(new URL(url, 'http://x').searchParams) };
  const restricted = route.access.restricted?.asks(request as never) ?? false;
  const decision = accessDecision(route.access, principal, restricted);
  if (decision === 'unauthenticated') return 401;
  if (decision === 'forbidden') return 403;
  // Every sample touches Twente (NL213, below NL21): only the editor of NL21 is inside.
  if (decision === 'check-regions') return caller.regions.includes('NL21') ? sample.ok : 403;
  return sample.ok;
}

describe(`the authorisation matrix on ${testBackend}`, () => {
  let t: TestApp;
  let store: Store;
  let app: FastifyInstance;
  const sessions = new Map<string, SessionHeaders>();

  beforeAll(async () => {
    const now = () => new Date('2026-11-28T10:00:00Z');
    t = await buildTestApp({ now });
    ({ app, store } = t);
    for (const caller of CALLERS)
      if (caller.role)
        sessions.set(caller.name, await sessionAs(app, store, caller.role, caller.regions));
  });
  afterAll(() => t?.close());

  it('has a rule for every route and a sample request for every guarded one', () => {
    const table = routeAccessTable(app);
    expect(table.length).toBeGreaterThan(40);
    const known = samples(store);
    const missing = guardedRoutes(table)
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !(key in known));
    expect(missing, 'add a sample request to the matrix for these routes').toEqual([]);
  });

  it('answers every caller on every guarded route as the rule says', async () => {
    const known = samples(store);
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of guardedRoutes(routeAccessTable(app))) {
      for (const caller of CALLERS) {
        const sample = await known[`${route.method} ${route.url}`]!();
        let headers: Record<string, string> = {};
        if (caller.role)
          headers = sample.ownSession
            ? await logIn(app, await createTestUser(store, caller.role, caller.regions))
            : sessions.get(caller.name)!;
        const response = await app.inject({
          method: route.method as 'GET',
          url: sample.url,
          headers,
          ...(sample.payload ? { payload: sample.payload } : {}),
        });
        const label = `${route.method} ${route.url} as ${caller.name}`;
        outcomes.push(`${label}: ${response.statusCode}`);
        expected.push(`${label}: ${expectedStatus(route, caller, sample, sample.url)}`);
      }
    }
    expect(outcomes).toEqual(expected);
    // The matrix is not trivial: it holds refusals of each kind and successes.
    expect(outcomes.filter((o) => o.endsWith(': 401')).length).toBeGreaterThan(10);
    expect(outcomes.filter((o) => o.endsWith(': 403')).length).toBeGreaterThan(10);
    expect(outcomes.filter((o) => / 20\d$/.test(o)).length).toBeGreaterThan(30);
  });

  it('refuses to start with a route that has no rule', async () => {
    const bare = Fastify();
    accessGuard(bare, { store, now: () => new Date() });
    expect(() => bare.get('/api/no-rule', () => 'x')).toThrow(/no access rule/);
    expect(() =>
      bare.post(
        '/api/editors-anywhere',
        { config: { access: { allow: ['regional_editor'] } } },
        () => 'x',
      ),
    ).toThrow(/names no regions/);
    bare.get('/api/with-rule', { config: { access: PUBLIC } }, () => 'x');
    await bare.close();
  });
});
