import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, logIn, type SessionHeaders } from '../../../test/support/auth.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import { IMPORTERS } from '../../importers/index.js';
import { runImport } from '../../importers/run-import.js';

interface AuditPage {
  items: {
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    request_id: string | null;
  }[];
  total: number;
}

describe(`the audit trail on ${testBackend}`, () => {
  const t = useTestApp();
  let analyst: SessionHeaders;
  let analystLogin = '';
  let admin: SessionHeaders;
  let adminLogin = '';
  beforeAll(async () => {
    analystLogin = await createTestUser(t.store, 'analyst');
    analyst = await logIn(t.app, analystLogin);
    adminLogin = await createTestUser(t.store, 'administrator');
    admin = await logIn(t.app, adminLogin);
  });

  const audit = async (query: string) => {
    const response = await t.app.inject({ url: `/api/audit${query}`, headers: analyst });
    expect(response.statusCode).toBe(200);
    return response.json<AuditPage>();
  };

  it('records a write with who, when, the record before and after, and the request', async () => {
    const visit = await t.app.inject({ url: '/api/visits/visit-twente', headers: analyst });
    const version = visit.json<{ version: number }>().version;
    const edited = await t.app.inject({
      method: 'PATCH',
      url: '/api/visits/visit-twente',
      headers: analyst,
      payload: { version, venue: 'Test venue, Enschede' },
    });
    expect(edited.statusCode).toBe(200);
    const page = await audit('?entity=visit&entity_id=visit-twente');
    expect(page.total).toBe(1);
    const row = page.items[0]!;
    expect(row).toMatchObject({
      actor: `user:${analystLogin}`,
      action: 'update',
      entity: 'visit',
      entity_id: 'visit-twente',
      at: '2026-11-28T10:00:00.000Z',
      before: { version, venue: 'Universiteit Twente, Enschede' },
      after: { version: version + 1, venue: 'Test venue, Enschede' },
    });
    expect(row.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes nothing when the write is refused', async () => {
    const before = (await audit('')).total;
    const stale = await t.app.inject({
      method: 'PATCH',
      url: '/api/visits/visit-twente',
      headers: analyst,
      payload: { version: 1, venue: 'Test: stale' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await audit('')).total).toBe(before);
  });

  it('records an import with its actor, file and counts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'audit-'));
    const file = join(dir, 'values.csv');
    await writeFile(
      file,
      'indicator,region,year,value,unit,source\nx_audit,NL213,2020,1.5,NR,test\n',
    );
    const summary = await runImport(t.store, IMPORTERS.indicators!, file, {
      actor: { actor: 'cli:tester', requestId: null },
    });
    const page = await audit('?entity=import&actor=cli:tester');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      action: 'import',
      entity_id: summary.importId,
      before: null,
      after: { kind: 'indicators', file, read: 1, inserted: summary.inserted, updated: 0 },
    });
    // A dry run changes nothing and records nothing.
    await runImport(t.store, IMPORTERS.indicators!, file, {
      dryRun: true,
      actor: { actor: 'cli:dry', requestId: null },
    });
    expect((await audit('?actor=cli:dry')).total).toBe(0);
    // Part of the actor, in any case, finds it; LIKE's wildcards are taken literally.
    expect((await audit('?entity=import&actor=TESTER')).total).toBe(1);
    expect((await audit('?entity=import&actor=cli:tes')).total).toBe(1);
    expect((await audit('?entity=import&actor=t_ster')).total).toBe(0);
    expect((await audit('?entity=import&actor=%25')).total).toBe(0);
  });

  it('pages and filters, and exports the same rows as CSV', async () => {
    const weights = { recency: 0.4, coverage: 0.3, strength: 0.2, gaps: 0.1 };
    for (const gaps of [0.1, 0.11, 0.12])
      await t.app.inject({
        method: 'PUT',
        url: '/api/next-visit/weights',
        headers: admin,
        payload: { ...weights, gaps },
      });
    const all = await audit('?entity=setting');
    expect(all.total).toBe(3);
    expect(all.items[0]).toMatchObject({
      action: 'update',
      after: { gaps: 0.12 },
      before: { gaps: 0.11 },
    });
    const second = await audit('?entity=setting&limit=1&offset=1');
    expect(second.items).toHaveLength(1);
    expect(second.total).toBe(3);
    expect(second.items[0]!.after).toMatchObject({ gaps: 0.11 });
    expect((await audit('?entity=setting&from=2030-01-01')).total).toBe(0);
    expect(
      (await t.app.inject({ url: '/api/audit?from=yesterday', headers: analyst })).statusCode,
    ).toBe(400);

    const csv = await t.app.inject({ url: '/api/audit.csv?entity=setting', headers: analyst });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,actor,action,entity,entity_id,before,after,request_id');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`user:${adminLogin},update,setting`);
    expect(lines[1]).toContain('""gaps"":0.12');
  });
});
