import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debianPython } from '../../../test/support/python.js';
import { importRealH2020, openInitialisedStore } from '../../../test/support/initialised-store.js';
import { testBackend } from '../../../test/support/test-store.js';
import { createApp } from '../../http/create-app.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from './analytics-service.js';
import { RegionLinksService } from './region-links-service.js';

// The real H2020 data, placed as `regiokracht init` places it: Dutch organisations at NUTS 3
// through the CBS place table, every other organisation at its country.

describe(`region-to-region links in the real data on ${testBackend}`, () => {
  let store: Store;
  let links: RegionLinksService;
  let analytics: AnalyticsService;
  let app: FastifyInstance;
  const now = () => new Date('2026-11-28T10:00:00Z');

  beforeAll(async () => {
    store = await openInitialisedStore(now);
    await importRealH2020(store, now);
    analytics = new AnalyticsService(store, now);
    links = new RegionLinksService(store, analytics);
    app = await createApp({ store, version: 'test', now, analytics });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  /** Shared projects, organisation pairs and contribution of two places, counted in SQL. */
  async function pairInSql(a: string, b: string) {
    const inPlace = (place: string) =>
      place.length === 2 ? sql`x.region_code = ${place}` : sql`x.region_code like ${place + '%'}`;
    const rows = await sql<{ project_id: string; a: string; b: string; ec: number | null }>`
      select pa.project_id, pa.actor_id as a, pb.actor_id as b, p.ec_max_contribution_eur as ec
      from participations pa
      join participations pb on pb.project_id = pa.project_id
      join projects p on p.id = pa.project_id
      where pa.actor_id in (select x.id from actors x where ${inPlace(a)})
        and pb.actor_id in (select x.id from actors x where ${inPlace(b)})`.execute(store.db);
    const projects = new Map(rows.rows.map((r) => [r.project_id, r.ec]));
    const own = async (place: string) =>
      Number(
        (
          await sql<{ n: number }>`select count(distinct q.project_id) as n from participations q
            where q.actor_id in (select x.id from actors x where ${inPlace(place)})`.execute(
            store.db,
          )
        ).rows[0]!.n,
      );
    return {
      shared: projects.size,
      pairs: new Set(rows.rows.map((r) => `${r.a}|${r.b}`)).size,
      contribution: [...projects.values()].reduce<number>((s, x) => s + (x ?? 0), 0),
      projectsA: await own(a),
      projectsB: await own(b),
    };
  }

  it('gives Twente’s links to Eindhoven and to Germany as SQL counts them from the participations', async () => {
    const result = await links.links('NL213');
    expect(result.available).toBe(true);
    for (const partner of ['NL414', 'DE']) {
      const got = result.partners.find((p) => p.code === partner)!;
      const want = await pairInSql('NL213', partner);
      expect(want.shared).toBeGreaterThan(10);
      expect(got.shared_projects).toBe(want.shared);
      expect(got.organisation_pairs).toBe(want.pairs);
      expect(got.contribution_eur).toBeCloseTo(want.contribution, 2);
      expect(got.partner_projects).toBe(want.projectsB);
      expect(result.projects).toBe(want.projectsA);
      expect(got.strength).toBeCloseTo(
        want.shared / Math.sqrt(want.projectsA * want.projectsB),
        12,
      );
      expect(got.by_year.reduce((s, y) => s + y.shared_projects, got.without_year)).toBe(
        want.shared,
      );
    }
    // Ranked by strength; Germany takes part as a country, and says so.
    const strengths = result.partners.map((p) => p.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    const germany = result.partners.find((p) => p.code === 'DE')!;
    expect(germany).toMatchObject({ kind: 'country', name_en: 'Germany' });
    expect(germany.note_en).toMatch(/no deeper than the country/);
    // Dutch organisations placed at country level only take part as the Netherlands.
    expect(result.partners.find((p) => p.code === 'NL')?.name_en).toMatch(/country level only/);
    expect(result.centroid![1]).toBeGreaterThan(52);
  });

  it('gives the links of the province at NUTS 2 when asked for level 2', async () => {
    const result = await links.links('NL213', { level: 2 });
    expect(result.region).toBe('NL21');
    expect(result.partners.every((p) => p.code.length === 2 || p.code.length === 4)).toBe(true);
    const want = await pairInSql('NL21', 'NL41');
    expect(result.partners.find((p) => p.code === 'NL41')?.shared_projects).toBe(want.shared);
  });

  it('names the organisations that carry the Twente–Eindhoven link, ranked', async () => {
    const bridges = await links.bridges('NL213', 'NL414');
    expect(bridges.here[0]!.name).toBe('UNIVERSITEIT TWENTE');
    expect(bridges.there[0]!.name).toBe('TECHNISCHE UNIVERSITEIT EINDHOVEN');
    const counts = bridges.here.map((b) => b.shared_projects);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(bridges.here[0]!.shared_projects).toBeLessThanOrEqual(bridges.shared_projects);
  });

  it('gives no name for an organisation the source does not name, over HTTP as partners does', async () => {
    const response = await app.inject({ url: '/api/regions/NL213/links/DE/bridges?limit=200' });
    expect(response.statusCode).toBe(200);
    const { here, there } = response.json<{
      here: { id: string; name: string | null }[];
      there: { id: string; name: string | null }[];
    }>();
    const all = [...here, ...there];
    // The importer stores an organisation known only from participations under its PIC.
    expect(all.filter((o) => o.name === o.id)).toEqual([]);
    expect(all.filter((o) => o.name === null).length).toBeGreaterThan(0);
    const links = await app.inject({ url: '/api/regions/NL213/links' });
    const bridges = links
      .json<{ partners: { top_bridges: { id: string; name: string | null }[] }[] }>()
      .partners.flatMap((p) => p.top_bridges);
    expect(bridges.filter((o) => o.name === o.id)).toEqual([]);
  });

  it('explains missing links with the regions’ own location quotients and shared projects', async () => {
    const missing = await links.missing('NL213');
    expect(missing.links.length).toBeGreaterThan(0);
    const twente = await analytics.keyAreas('NL213');
    for (const l of missing.links) {
      expect(l.strength).toBeLessThan(missing.weak_below!);
      const other = await analytics.keyAreas(l.region);
      const lqs = (r: typeof twente) =>
        r.areas.filter((a) => a.lq !== null).map((a) => a.lq!.toFixed(2));
      // The sentence quotes an LQ of each region, as the key-area figures give them.
      const quoted = [...l.explanation_en.matchAll(/\d+\.\d\d/g)].map((m) => m[0]);
      expect(quoted.some((q) => lqs(twente).includes(q))).toBe(true);
      expect(quoted.some((q) => lqs(other).includes(q))).toBe(true);
      const shared = (await links.links('NL213')).partners.find((p) => p.code === l.region);
      expect(l.shared_projects).toBe(shared?.shared_projects ?? 0);
      expect(l.explanation_en).toContain(
        l.shared_projects === 0 ? 'share no project' : `share only ${l.shared_projects}`,
      );
      expect(l.explanation_nl).toMatch(/^Twente /);
      // The same LQs in Dutch, with a decimal comma.
      const quotedNl = [...l.explanation_nl.matchAll(/\d+,\d\d/g)].map((m) => m[0]);
      expect(quotedNl).toEqual(quoted.map((q) => q.replace('.', ',')));
    }
  });

  it('gives the same links and missing links in Dutch and English', async () => {
    const en = await links.links('NL212', { lang: 'en' });
    const nl = await links.links('NL212', { lang: 'nl' });
    expect(en.partners.length).toBeGreaterThan(0);
    expect(nl.partners).toEqual(en.partners);
    expect(nl.reason).toEqual(en.reason === null ? null : expect.any(String));
    const missingEn = await links.missing('NL212', { lang: 'en' });
    const missingNl = await links.missing('NL212', { lang: 'nl' });
    expect(missingNl.links).toEqual(missingEn.links);
    expect(missingNl.weak_below).toBe(missingEn.weak_below);
  });

  it('serves links and bridges over HTTP in closed shapes, and refuses a level finer than the region', async () => {
    const response = await app.inject({ url: '/api/regions/NL213/links?lang=nl' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ partners: { code: string; shared_projects: number }[] }>();
    const direct = await links.links('NL213', { lang: 'nl' });
    expect(body.partners.slice(0, 5)).toMatchObject(
      direct.partners
        .slice(0, 5)
        .map((p) => ({ code: p.code, shared_projects: p.shared_projects })),
    );
    const bridges = await app.inject({ url: '/api/regions/NL213/links/NL414/bridges?limit=3' });
    expect(bridges.statusCode).toBe(200);
    expect(bridges.json<{ here: unknown[] }>().here).toHaveLength(3);
    expect((await app.inject({ url: '/api/regions/NL21/links?level=3' })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/regions/NL213/links/XX9/bridges' })).statusCode).toBe(
      404,
    );
  });

  it('gives the links of a region it cannot measure, or in which no organisation is placed, as null counts, not 0', async () => {
    const germany = await links.links('DE21');
    expect(germany).toMatchObject({
      available: false,
      projects: null,
      linked_projects: null,
      by_year: [],
      partners: [],
    });
    // Zuidoost-Friesland is measured (the Netherlands are placed at NUTS 3), yet no organisation
    // of the data is placed in it: its organisations may be among the unplaced participations.
    const friesland = await links.links('NL126');
    expect(friesland.available).toBe(true);
    expect(friesland.coverage.region_organisations).toBe(0);
    expect(friesland).toMatchObject({
      projects: null,
      linked_projects: null,
      by_year: [],
      partners: [],
    });
    const response = await app.inject({ url: '/api/regions/NL126/links' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ projects: null, linked_projects: null, partners: [] });
    // Nor are its missing links "none": with no link measured, none is known to be weak.
    for (const region of ['DE21', 'NL126'])
      expect(await links.missing(region)).toMatchObject({
        weak_below: null,
        peers: null,
        links: [],
      });
    // A region with placed organisations keeps its counts.
    expect((await links.links('NL213')).projects).toBeGreaterThan(0);
    expect((await links.missing('NL213')).weak_below).not.toBeNull();
  });

  it('writes the network as GEXF that NetworkX reads, nodes at their centroids', async () => {
    const gexf = await links.gexf('NL', 3);
    const network = await links.network('NL', 3);
    const dir = mkdtempSync(join(tmpdir(), 'regiokracht-links-'));
    try {
      const path = join(dir, 'links.gexf');
      writeFileSync(path, gexf);
      const read = spawnSync(
        debianPython,
        [
          '-c',
          [
            'import sys, networkx as nx',
            'g = nx.read_gexf(sys.argv[1])',
            "print(g.number_of_nodes(), g.number_of_edges(), round(g.nodes['NL213']['latitude'], 1), int(g.edges['NL213', 'NL414']['weight']))",
          ].join('\n'),
          path,
        ],
        { encoding: 'utf8' },
      );
      expect(read.status, read.stderr).toBe(0);
      const twente = (await links.links('NL213')).partners.find((p) => p.code === 'NL414')!;
      expect(read.stdout.trim()).toBe(
        `${network.nodes.length} ${network.matrix.pairs.size} 52.3 ${twente.shared_projects}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
