import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionHeaders } from '../../../test/support/auth.js';
import { TEST_NOW, useTestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import { openApiPaths } from '../../../test/support/openapi-paths.js';

describe(`the visit API on ${testBackend}`, () => {
  // Initialised on 28 November 2026; the API's clock: 1 March 2027.
  const t = useTestApp({
    initNow: TEST_NOW,
    now: () => new Date('2027-03-01T09:00:00Z'),
    role: 'analyst',
  });
  let analyst: SessionHeaders;
  beforeAll(() => {
    analyst = t.session!;
  });

  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: analyst, ...(payload ? { payload } : {}) });

  it('plans a visit, records a finding and a commitment, and marks the commitment done', async () => {
    const planned = await send('POST', '/api/visits', {
      region: 'NL41',
      date: '2027-04-20',
      venue: 'Test venue',
      hosts: 'Test hosts',
      agenda: [
        { topic: 1, title: 'Test: helix' },
        { topic: 3, title: 'Test: clusters' },
      ],
    });
    expect(planned.statusCode).toBe(201);
    expect(planned.headers.location).toBe('/api/visits/visit-nl41-2027-04-20');
    expect(planned.json()).toMatchObject({
      id: 'visit-nl41-2027-04-20',
      region: { code: 'NL41', name_en: expect.any(String) },
      status: 'planned',
      version: 1,
      agenda: [
        { position: 1, topic: 1 },
        { position: 2, topic: 3 },
      ],
      findings: [],
      commitments: [],
    });

    const finding = await send('POST', '/api/visits/visit-nl41-2027-04-20/findings', {
      topic: 2,
      text: 'Test finding',
    });
    expect(finding.statusCode).toBe(201);
    expect(finding.json()).toMatchObject({ topic: 2, text: 'Test finding', version: 1 });
    const findingId = finding.json<{ id: string }>().id;
    const edited = await send('PATCH', `/api/findings/${findingId}`, { version: 1, topic: 1 });
    expect(edited.json()).toMatchObject({ topic: 1, version: 2 });

    const commitment = await send('POST', '/api/visits/visit-nl41-2027-04-20/commitments', {
      description: 'Test: share the cluster map',
      owner: 'Test owner',
      due_date: '2027-05-01',
    });
    expect(commitment.statusCode).toBe(201);
    const id = commitment.json<{ id: string }>().id;
    const done = await send('PATCH', `/api/commitments/${id}`, { version: 1, status: 'done' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ id, status: 'done', overdue: false, version: 2 });

    const visit = await send('GET', '/api/visits/visit-nl41-2027-04-20');
    expect(visit.json()).toMatchObject({
      findings: [{ id: findingId, topic: 1 }],
      commitments: [{ id, status: 'done' }],
    });
    // Findings and commitments are for signed-in users: anonymous readers get the visit without them.
    const anonymous = await t.app.inject({ url: '/api/visits/visit-nl41-2027-04-20' });
    expect(anonymous.json()).toMatchObject({
      id: 'visit-nl41-2027-04-20',
      findings: [],
      commitments: [],
    });
    expect((await t.app.inject({ url: '/api/commitments' })).statusCode).toBe(401);
    const list = await send('GET', '/api/visits?region=NL4');
    expect(list.json<{ items: { id: string }[] }>().items.map((v) => v.id)).toEqual([
      'visit-nl41-2027-04-20',
    ]);
  });

  it('refuses a stale version with 409 and the current record', async () => {
    const first = await send('PATCH', '/api/visits/visit-twente', {
      version: 1,
      participants: 'Test participants',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, participants: 'Test participants' });
    const stale = await send('PATCH', '/api/visits/visit-twente', { version: 1, venue: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.json()).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      detail: expect.stringContaining('version 1'),
      current: {
        id: 'visit-twente',
        version: 2,
        venue: 'Universiteit Twente, Enschede',
        participants: 'Test participants',
        findings: [],
      },
    });
  });

  it('answers bad input with a problem document naming the field', async () => {
    const noVersion = await send('PATCH', '/api/visits/visit-twente', { venue: 'x' });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json()).toMatchObject({
      code: 'INVALID_INPUT',
      detail: expect.stringContaining('version'),
    });
    const badRegion = await send('POST', '/api/visits', { region: 'NL999', date: '2027-04-20' });
    expect(badRegion.statusCode).toBe(400);
    expect(badRegion.json()).toMatchObject({
      detail: 'region: no region with code NL999; use a NUTS code such as NL213',
    });
    const badTopic = await send('POST', '/api/visits/visit-twente/findings', {
      topic: 5,
      text: 'x',
    });
    expect(badTopic.statusCode).toBe(400);
    expect(badTopic.json<{ detail: string }>().detail).toMatch(/topic/);
    const missing = await send('GET', '/api/visits/no-such-visit');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists open and overdue commitments across all visits', async () => {
    for (const [description, due_date] of [
      ['Test: overdue', '2027-02-01'],
      ['Test: still open', '2027-06-01'],
    ] as const)
      expect(
        (
          await send('POST', '/api/visits/visit-twente/commitments', {
            description,
            owner: 'Test',
            due_date,
          })
        ).statusCode,
      ).toBe(201);
    const overdue = await send('GET', '/api/commitments?status=overdue');
    expect(overdue.statusCode).toBe(200);
    expect(overdue.json()).toMatchObject({
      today: '2027-03-01',
      total: 1,
      counts: { open: 2, overdue: 1 },
      items: [
        {
          description: 'Test: overdue',
          overdue: true,
          visit: { id: 'visit-twente', region: { code: 'NL213', name_nl: 'Twente' } },
        },
      ],
    });
    const open = await send('GET', '/api/commitments');
    expect(
      open.json<{ items: { description: string }[] }>().items.map((c) => c.description),
    ).toEqual(['Test: overdue', 'Test: still open']);
    expect((await send('GET', '/api/commitments?status=late')).statusCode).toBe(400);
  });

  it("gives a region's visit history", async () => {
    const response = await send('GET', '/api/regions/NL21/visits');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      region: { code: 'NL21' },
      visits: [{ id: 'visit-twente', commitments: { open: 2, overdue: 1, done: 0, dropped: 0 } }],
    });
    expect((await send('GET', '/api/regions/XX9/visits')).statusCode).toBe(404);
  });

  it('describes every visit endpoint in the OpenAPI document', async () => {
    const paths = await openApiPaths(t.app);
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/visits',
        '/api/visits/{id}',
        '/api/visits/{id}/findings',
        '/api/visits/{id}/commitments',
        '/api/findings/{id}',
        '/api/commitments',
        '/api/commitments/{id}',
        '/api/regions/{code}/visits',
      ]),
    );
    expect(Object.keys(paths['/api/visits/{id}']!)).toEqual(['get', 'patch']);
  });
});
