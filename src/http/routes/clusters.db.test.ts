import { beforeAll, describe, expect, it } from 'vitest';
import { sessionAs, type SessionHeaders } from '../../../test/support/auth.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { createCluster } from '../../services/clusters/cluster-writes.js';
import { initialise } from '../../app/initialise.js';
import { expectProblem } from '../../../test/support/problem-document.js';

interface Spearhead {
  id: string;
  region: { code: string };
  name_en: string;
  description: string | null;
  version: number;
  key_areas: { id: string; weight: number }[];
}

describe(`spearhead editing on ${testBackend}`, () => {
  const t = useTestApp();
  let brabantId = '';
  beforeAll(async () => {
    brabantId = (
      await createCluster({ store: t.store, now: t.now }, 'NL414', {
        name_nl: 'Test: slimme maakindustrie',
        name_en: 'Test: smart manufacturing',
        key_areas: [{ id: 'topsectoren-2011/htsm', weight: 1 }],
      })
    ).id;
  });

  const send = (
    headers: SessionHeaders | undefined,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({ method, url, ...(headers ? { headers } : {}), ...(payload ? { payload } : {}) });

  for (const region of ['NL213', 'NL21']) {
    it(`lets a regional editor of ${region} edit Twente's spearheads and refuses Noord-Brabant's`, async () => {
      const editor = await sessionAs(t.app, t.store, 'regional_editor', [region]);
      const list = await send(undefined, 'GET', '/api/regions/NL213/spearheads');
      expect(list.statusCode).toBe(200);
      const spearheads = list.json<{ items: Spearhead[] }>().items;
      expect(spearheads.map((s) => s.name_en)).toContain('Technology & health');
      const health = spearheads.find((s) => s.name_en === 'Technology & health')!;

      const edited = await send(editor, 'PATCH', `/api/spearheads/${health.id}`, {
        version: health.version,
        description: `Test: edited by the editor of ${region}`,
        key_areas: [
          { id: 'topsectoren-2011/lsh', weight: 0.6 },
          { id: 'topsectoren-2011/htsm', weight: 0.4 },
        ],
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json<Spearhead>()).toMatchObject({
        version: health.version + 1,
        description: `Test: edited by the editor of ${region}`,
        key_areas: [
          { id: 'topsectoren-2011/htsm', weight: 0.4 },
          { id: 'topsectoren-2011/lsh', weight: 0.6 },
        ],
      });
      const added = await send(editor, 'POST', '/api/regions/NL213/spearheads', {
        name_nl: `Test: water (${region})`,
        name_en: `Test: water (${region})`,
      });
      expect(added.statusCode).toBe(201);

      const brabant = (
        await send(undefined, 'GET', `/api/spearheads/${brabantId}`)
      ).json<Spearhead>();
      const refused = await send(editor, 'PATCH', `/api/spearheads/${brabantId}`, {
        version: brabant.version,
        description: 'Test: not mine',
      });
      expect(expectProblem(refused, 403, 'FORBIDDEN').detail).toContain('NL414');
      expect(
        (await send(editor, 'POST', '/api/regions/NL41/spearheads', { name_nl: 'x', name_en: 'x' }))
          .statusCode,
      ).toBe(403);
      expect(
        (await send(editor, 'DELETE', `/api/spearheads/${brabantId}?version=${brabant.version}`))
          .statusCode,
      ).toBe(403);
      // Below, not above: an editor of NL213 may not add spearheads to Overijssel as a whole.
      if (region === 'NL213')
        expect(
          (
            await send(editor, 'POST', '/api/regions/NL21/spearheads', {
              name_nl: 'x',
              name_en: 'x',
            })
          ).statusCode,
        ).toBe(403);
      expect((await send(undefined, 'GET', `/api/spearheads/${brabantId}`)).json()).toMatchObject({
        description: null,
        version: brabant.version,
      });
    });
  }

  it('shows the description an editor saved to every reader, on the region and its clusters', async () => {
    const editor = await sessionAs(t.app, t.store, 'regional_editor', ['NL213']);
    const text = 'Test: what Twente does in photonics, from lab to factory';
    const added = await send(editor, 'POST', '/api/regions/NL213/spearheads', {
      name_nl: 'Test: fotonica',
      name_en: 'Test: photonics',
      description: text,
    });
    expect(added.statusCode).toBe(201);
    const id = added.json<Spearhead>().id;
    type Described = { spearheads: { id: string; description: string | null }[] };
    const region = (await send(undefined, 'GET', '/api/regions/NL213')).json<Described>();
    expect(region.spearheads.find((s) => s.id === id)?.description).toBe(text);
    const clusters = (
      await send(undefined, 'GET', '/api/regions/NL213/clusters')
    ).json<Described>();
    expect(clusters.spearheads.find((s) => s.id === id)?.description).toBe(text);
  });

  it('keeps edited spearheads when init runs again', async () => {
    const now = () => new Date('2026-11-29T10:00:00Z');
    await initialise(t.store, {
      dataDir: sharedDataDir,
      now,
      log: () => undefined,
      openData: false,
    });
    const list = (await send(undefined, 'GET', '/api/regions/NL213/spearheads')).json<{
      items: Spearhead[];
    }>();
    expect(list.items.find((s) => s.name_en === 'Technology & health')).toMatchObject({
      description: 'Test: edited by the editor of NL21',
      key_areas: [
        { id: 'topsectoren-2011/htsm', weight: 0.4 },
        { id: 'topsectoren-2011/lsh', weight: 0.6 },
      ],
    });
  });

  it('refuses a stale version with 409 and the spearhead as it is, and removes one', async () => {
    const analyst = await sessionAs(t.app, t.store, 'analyst');
    const created = (
      await send(analyst, 'POST', '/api/regions/NL213/spearheads', {
        name_nl: 'Test: ruimtevaart',
        name_en: 'Test: space',
        members: [],
      })
    ).json<Spearhead>();
    expect(created).toMatchObject({ region: { code: 'NL213' }, version: 1 });
    const first = await send(analyst, 'PATCH', `/api/spearheads/${created.id}`, {
      version: 1,
      name_en: 'Test: space technology',
    });
    expect(first.statusCode).toBe(200);
    const stale = await send(analyst, 'PATCH', `/api/spearheads/${created.id}`, {
      version: 1,
      name_en: 'Test: lost',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CONFLICT',
      current: { id: created.id, version: 2, name_en: 'Test: space technology' },
    });
    expect(
      (await send(analyst, 'DELETE', `/api/spearheads/${created.id}?version=1`)).statusCode,
    ).toBe(409);
    expect(
      (await send(analyst, 'DELETE', `/api/spearheads/${created.id}?version=2`)).statusCode,
    ).toBe(204);
    expect((await send(undefined, 'GET', `/api/spearheads/${created.id}`)).statusCode).toBe(404);
  });

  it('answers bad input with a problem document naming the field', async () => {
    const analyst = await sessionAs(t.app, t.store, 'analyst');
    const bad = await send(analyst, 'POST', '/api/regions/NL213/spearheads', {
      name_nl: 'Test',
      name_en: 'Test',
      key_areas: [{ id: 'nope' }],
    });
    expect(expectProblem(bad, 400, 'INVALID_INPUT').detail).toContain('key_areas[0].id');
    expect(
      (await send(analyst, 'POST', '/api/regions/XX9/spearheads', { name_nl: 'x', name_en: 'x' }))
        .statusCode,
    ).toBe(400);
  });
});
