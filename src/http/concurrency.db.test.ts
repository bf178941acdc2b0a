import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../../test/support/auth.js';
import { buildTestApp, type TestApp } from '../../test/support/test-app.js';
import { testBackend } from '../../test/support/test-store.js';
import type { Store } from '../storage/store.js';

const CLIENTS = 20;
const ROUNDS = 4;

/** A client of the listening server: its session cookie and CSRF token. */
interface Client {
  readonly name: string;
  readonly headers: Record<string, string>;
}

interface Outcome {
  readonly client: string;
  readonly status: number;
  readonly value: string;
  readonly version?: number;
}

describe(`${CLIENTS} clients editing the same records at once on ${testBackend}`, () => {
  let t: TestApp;
  let store: Store;
  let url = '';
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await buildTestApp({ now: () => new Date() });
    store = t.store;
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    for (let i = 0; i < CLIENTS; i++) {
      // Half analysts, half regional editors of Overijssel: both may edit Twente's records.
      const login = await createTestUser(
        store,
        i % 2 ? 'analyst' : 'regional_editor',
        i % 2 ? [] : ['NL21'],
      );
      const response = await fetch(`${url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password: TEST_PASSWORD }),
      });
      expect(response.status).toBe(200);
      const cookie = response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const { csrf_token } = (await response.json()) as { csrf_token: string };
      clients.push({
        name: login,
        headers: { cookie, 'x-csrf-token': csrf_token, 'content-type': 'application/json' },
      });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const read = async <T>(client: Client, path: string): Promise<T> =>
    (await (await fetch(`${url}${path}`, { headers: client.headers })).json()) as T;

  const patch = async (client: Client, path: string, body: object) => {
    const response = await fetch(`${url}${path}`, {
      method: 'PATCH',
      headers: client.headers,
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { version?: number; current?: { version: number } },
    };
  };

  /**
   * Every client, in `ROUNDS` rounds started together: read the record, change `field` to a value
   * of its own, send it with the version read. Returns every answer.
   */
  const race = async (path: string, field: string): Promise<Outcome[]> => {
    const outcomes: Outcome[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await Promise.all(
        clients.map(async (client, i) => {
          const { version } = await read<{ version: number }>(client, path);
          const value = `Test: client ${i}, round ${round}`;
          const answer = await patch(client, path, { version, [field]: value });
          if (answer.status === 409) expect(answer.body.current?.version).toBeGreaterThan(version);
          return {
            client: client.name,
            status: answer.status,
            value,
            version: answer.body.version,
          };
        }),
      );
      outcomes.push(...answers);
    }
    return outcomes;
  };

  const auditOf = async (entity: string, id: string) =>
    store.db
      .selectFrom('audit_log')
      .select(['actor', 'before_json', 'after_json'])
      .where('entity', '=', entity)
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();

  for (const [entity, path, field, id] of [
    [
      'cluster',
      '/api/spearheads/NL213-technology-health',
      'description',
      'NL213-technology-health',
    ],
    ['visit', '/api/visits/visit-twente', 'venue', 'visit-twente'],
  ] as const) {
    it(`accepts one edit per version of the ${entity}, refuses the rest with 409, and audits each accepted one`, async () => {
      const start = (await read<{ version: number }>(clients[0]!, path)).version;
      const outcomes = await race(path, field);
      expect(outcomes).toHaveLength(CLIENTS * ROUNDS);
      expect(outcomes.every((o) => o.status === 200 || o.status === 409)).toBe(true);
      const accepted = outcomes.filter((o) => o.status === 200);
      // At least one edit per round gets through; every accepted edit made its own version.
      expect(accepted.length).toBeGreaterThanOrEqual(ROUNDS);
      // The clients did collide: edits made from a version someone else had just replaced were refused.
      expect(outcomes.filter((o) => o.status === 409).length).toBeGreaterThan(CLIENTS);
      expect(new Set(accepted.map((o) => o.version)).size).toBe(accepted.length);
      expect(accepted.map((o) => o.version).sort((a, b) => a! - b!)).toEqual(
        accepted.map((_, i) => start + i + 1),
      );

      const audit = await auditOf(entity, id);
      expect(audit).toHaveLength(accepted.length);
      const audited = audit.map((r) => JSON.parse(r.after_json!) as Record<string, unknown>);
      expect(audited.map((a) => a[field]).sort()).toEqual(accepted.map((o) => o.value).sort());
      expect(audit.map((r) => r.actor).sort()).toEqual(
        accepted.map((o) => `user:${o.client}`).sort(),
      );
      // Each audited edit starts from the one before it: the trail is one unbroken line.
      for (let i = 1; i < audit.length; i++)
        expect(JSON.parse(audit[i]!.before_json!)).toEqual(JSON.parse(audit[i - 1]!.after_json!));

      const final = await read<Record<string, unknown> & { version: number }>(clients[0]!, path);
      const last = accepted.find((o) => o.version === final.version)!;
      expect(final.version).toBe(start + accepted.length);
      expect(final[field]).toBe(last.value);
    });
  }
});
