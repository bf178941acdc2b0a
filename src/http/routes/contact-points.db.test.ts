import { beforeAll, describe, expect, it } from 'vitest';
import { seedWebApiFixtures } from '../../../test/e2e/support/api-fixtures.js';
import { type SessionHeaders } from '../../../test/support/auth.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';

const ENSCHEDE_POINT = {
  name: 'Test MKB-loket Enschede',
  organisation: 'Test Ondernemershuis',
  helps_with: 'Financiering, vergunningen en innovatie',
  address: 'Teststraat 1',
  postcode: '7511ab',
  town: 'Enschede',
  phone: '053 000 0000',
  email: 'mkb@example.test',
  website: 'https://example.test/mkb',
  opening_hours: 'ma–vr 9.00–17.00',
  channels: ['desk', 'phone', 'email'],
  languages: ['nl', 'en', 'de'],
  regions: ['NL213'],
  municipalities: ['GM0153'],
  source_url: 'https://example.test/bron',
};

interface Point {
  id: string;
  version: number;
  status: string;
  postcode: string;
  channels: string[];
  municipalities: { code: string; name: string }[];
}

describe(`SME contact points and funds through the API on ${testBackend}`, () => {
  const t = useTestApp({
    now: () => new Date('2026-12-01T10:00:00Z'),
    role: 'administrator',
    seed: seedWebApiFixtures,
  });
  let admin: SessionHeaders;
  let twenteEditor: SessionHeaders;
  let brabantEditor: SessionHeaders;
  beforeAll(async () => {
    admin = t.session!;
    twenteEditor = await t.sessionAs('regional_editor', ['NL21']);
    brabantEditor = await t.sessionAs('regional_editor', ['NL41']);
  });

  const send = (method: 'POST' | 'PATCH', url: string, headers: SessionHeaders, payload: object) =>
    t.app.inject({ method, url, headers, payload });

  it('creates a contact point with every field as a draft, hidden from anonymous readers until published', async () => {
    const created = await send('POST', '/api/contact-points', admin, ENSCHEDE_POINT);
    expect(created.statusCode).toBe(201);
    const point = created.json<Point>();
    expect(point).toMatchObject({
      ...ENSCHEDE_POINT,
      postcode: '7511 AB',
      regions: [{ code: 'NL213', name_nl: 'Twente' }],
      municipalities: [{ code: 'GM0153', name: 'Enschede' }],
      status: 'draft',
      version: 1,
    });
    expect((await t.app.inject({ url: `/api/contact-points/${point.id}` })).statusCode).toBe(404);
    const published = await send('POST', `/api/contact-points/${point.id}/publish`, admin, {
      version: 1,
    });
    expect(published.json()).toMatchObject({ status: 'published', version: 2 });
    const read = await t.app.inject({ url: `/api/contact-points/${point.id}` });
    expect(read.json()).toMatchObject({ phone: '053 000 0000', email: 'mkb@example.test' });
    const sme = await t.app.inject({ url: '/api/regions/NL213/sme' });
    expect(
      sme.json<{ contact_points: { id: string }[] }>().contact_points.map((c) => c.id),
    ).toContain(point.id);
  });

  it.each([
    ['email', 'mkb-at-example'],
    ['phone', '053-abc'],
    ['website', 'www.example.test'],
    ['source_url', 'ftp://example.test'],
  ])(
    'refuses a malformed %s with a 400 that names the field and writes nothing',
    async (field, value) => {
      const before = await t.store.db.selectFrom('contact_points').select('id').execute();
      const response = await send('POST', '/api/contact-points', admin, {
        ...ENSCHEDE_POINT,
        [field]: value,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ detail: string }>().detail).toMatch(new RegExp(`^${field}: "`));
      expect(await t.store.db.selectFrom('contact_points').select('id').execute()).toEqual(before);
    },
  );

  it('refuses a channel it does not know and a contact point that serves nowhere', async () => {
    const channel = await send('POST', '/api/contact-points', admin, {
      name: 'Test',
      regions: ['NL213'],
      channels: ['desk|phone'],
    });
    expect(channel.json<{ detail: string }>().detail).toMatch(
      /^channels: "desk\|phone" is not one of/,
    );
    const nowhere = await send('POST', '/api/contact-points', admin, { name: 'Test' });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json<{ detail: string }>().detail).toMatch(/^regions: /);
  });

  it('lets a regional editor write within their regions only (403 outside, nothing written)', async () => {
    const inside = await send('POST', '/api/contact-points', twenteEditor, {
      name: 'Test loket Hengelo',
      municipalities: ['GM0164'],
    });
    expect(inside.statusCode).toBe(201);
    const id = inside.json<Point>().id;
    const outside = await send('PATCH', `/api/contact-points/${id}`, brabantEditor, {
      version: 1,
      name: 'Overgenomen',
    });
    expect(outside.statusCode).toBe(403);
    const moved = await send('POST', '/api/contact-points', brabantEditor, {
      name: 'Test loket Enschede door Brabant',
      municipalities: ['GM0153'],
    });
    expect(moved.statusCode).toBe(403);
    const stored = await t.store.db
      .selectFrom('contact_points')
      .select(['name', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ name: 'Test loket Hengelo' });
    expect(Number(stored.version)).toBe(1);
  });

  it('refuses a stale version with 409 carrying the contact point as it is, and audits each change', async () => {
    const created = (
      await send('POST', '/api/contact-points', admin, { name: 'Test versies', regions: ['NL21'] })
    ).json<Point>();
    const first = await send('PATCH', `/api/contact-points/${created.id}`, admin, {
      version: 1,
      phone: '+31 53 000 0001',
    });
    expect(first.statusCode).toBe(200);
    const stale = await send('PATCH', `/api/contact-points/${created.id}`, admin, {
      version: 1,
      phone: '+31 53 000 0002',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ current: { version: 2, phone: '+31 53 000 0001' } });
    const retired = await send('POST', `/api/contact-points/${created.id}/retire`, admin, {});
    expect(retired.json()).toMatchObject({ status: 'retired', version: 3 });
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'retire']);
    expect(new Set(audit.map((a) => a.entity))).toEqual(new Set(['contact-point']));
    const list = await t.app.inject({ url: '/api/contact-points?status=all', headers: admin });
    expect(list.json<{ items: Point[] }>().items.find((p) => p.id === created.id)?.status).toBe(
      'retired',
    );
    expect((await t.app.inject({ url: '/api/contact-points?status=all' })).statusCode).toBe(401);
  });

  it('creates, changes, publishes and retires a fund with its regions, size and currency', async () => {
    const created = await send('POST', '/api/funds', admin, {
      name: 'Test Innovatiefonds Twente',
      manager: 'Test beheer',
      size: 15000000,
      currency: 'eur',
      instruments: ['loans', 'equity'],
      targets: ['sme', 'start-up'],
      regions: ['NL213', 'NL21'],
      period_start: '2014-06',
      period_end: '2017',
      website: 'https://example.test/fonds',
      source_url: 'https://example.test/fonds-bron',
    });
    expect(created.statusCode).toBe(201);
    const fund = created.json<{ id: string; version: number }>();
    expect(fund).toMatchObject({
      size: 15000000,
      currency: 'EUR',
      instruments: ['loans', 'equity'],
      targets: ['sme', 'start-up'],
      regions: [{ code: 'NL21' }, { code: 'NL213' }],
      status: 'draft',
    });
    const bad = await send('PATCH', `/api/funds/${fund.id}`, admin, {
      version: 1,
      targets: ['multinational'],
    });
    expect(bad.json<{ detail: string }>().detail).toMatch(/^targets: "multinational"/);
    const usd = await send('PATCH', `/api/funds/${fund.id}`, admin, {
      version: 1,
      currency: 'USD',
    });
    expect(usd.json()).toMatchObject({ currency: 'USD', version: 2 });
    const row = await t.store.db
      .selectFrom('funds')
      .select('size_eur')
      .where('id', '=', fund.id)
      .executeTakeFirstOrThrow();
    expect(row.size_eur).toBeNull();
    const stale = await send('POST', `/api/funds/${fund.id}/publish`, admin, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(
      (await send('POST', `/api/funds/${fund.id}/publish`, admin, { version: 2 })).statusCode,
    ).toBe(200);
    const outside = await send('POST', `/api/funds/${fund.id}/retire`, brabantEditor, {});
    expect(outside.statusCode).toBe(403);
    const sme = await t.app.inject({ url: '/api/regions/NL213/sme' });
    expect(sme.json<{ funds: { id: string }[] }>().funds.map((f) => f.id)).toContain(fund.id);
    expect((await send('POST', `/api/funds/${fund.id}/retire`, twenteEditor, {})).statusCode).toBe(
      200,
    );
    const after = await t.app.inject({ url: '/api/regions/NL213/sme' });
    expect(after.json<{ funds: { id: string }[] }>().funds.map((f) => f.id)).not.toContain(fund.id);
  });
});
