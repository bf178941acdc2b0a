import type { FastifyInstance } from 'fastify';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchFileSnapshot, normaliseSvg } from '../../../test/support/file-snapshot.js';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { openInitialisedStore } from '../../../test/support/initialised-store.js';
import { testBackend } from '../../../test/support/test-store.js';
import { createApp } from '../../http/create-app.js';
import { dossierDocument } from '../../reports/dossier-document.js';
import { dossierModel, type DossierModel } from '../../reports/dossier-model.js';
import { renderDossierHtml } from '../../reports/render-html.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from '../analytics/analytics-service.js';
import { DossierService } from './dossier-service.js';
import { seedTables } from '../../../test/support/upsert-tables.js';

const NOW = new Date('2026-11-28T09:00:00Z');
const REPORTS = fileURLToPath(new URL('../../reports/', import.meta.url));

/** A published good practice in English, entered as a region's own fact. */
const practice = (id: string, region: string, topic: number, title: string) => ({
  id,
  title,
  region_code: region,
  topic,
  description: `What ${title} does.`,
  evidence: id === 'twente-lab' ? 'Thirty-five companies used the lab.' : null,
  transfer_potential: null,
  resources: null,
  contact: null,
  source_url: null,
  language: 'en',
  status: 'published',
  created_at: NOW.toISOString(),
  updated_at: NOW.toISOString(),
});

/** A fund, an SME contact point and good practices, entered as a region's own facts would be. */
async function loadOwnFacts(store: Store): Promise<void> {
  await seedTables(store, {
    datasets: [
      { id: 'test:own-facts', title: 'Own facts of the test', publisher: 'Regiokracht tests' },
    ],
    funds: [
      {
        id: 'fund-oost',
        region_code: 'NL21',
        name: 'Innovatiefonds Oost (test)',
        size_eur: 25_000_000,
        instruments: 'loans|equity',
        target_sectors: 'High Tech Systems & Materials',
        manager: null,
        url: null,
        source_id: 'test:own-facts',
        source_url: 'https://example.org/innovatiefonds-oost',
      },
    ],
    contact_points: [
      {
        id: 'loket-twente',
        name: 'MKB-loket Twente (test)',
        actor_id: 'gem',
        channels: 'desk|phone',
        url: null,
        smes_served_per_year: 420,
        smes_served_year: 2023,
        source_id: 'test:own-facts',
        source_url: 'https://example.org/mkb-loket',
      },
    ],
    contact_point_regions: [{ contact_point_id: 'loket-twente', region_code: 'NL213' }],
    good_practices: [
      {
        ...practice('brabant-energy', 'NL414', 2, 'Energy field lab'),
        source_url: 'https://example.org/energy-field-lab',
      },
      practice('twente-lab', 'NL213', 3, 'Shared sensor test lab'),
      { ...practice('draft', 'NL414', 1, 'Draft practice'), status: 'draft' },
    ],
    good_practice_key_areas: [
      { practice_id: 'brabant-energy', key_area_id: 'topsectoren-2011/energy' },
      // A 2004 key area, mapped to HTSM through the crosswalk.
      { practice_id: 'twente-lab', key_area_id: 'sleutelgebieden-2004/htsm' },
    ],
    practice_transfers: [
      {
        id: 't1',
        practice_id: 'twente-lab',
        to_region_code: 'NL22',
        year: 2024,
        outcome: 'running',
      },
    ],
  });
}

/** The model for the snapshot: the map summarised (it has its own SVG snapshot). */
function snapshotJson(model: DossierModel): string {
  const points = (g: { coordinates: unknown }) => JSON.stringify(g.coordinates).split('],[').length;
  return `${JSON.stringify(
    model,
    (key, value: unknown) => {
      if (key === 'context' && Array.isArray(value))
        return (value as { code: string }[]).map((c) => c.code).join(' ');
      if (key === 'geometry' && value && typeof value === 'object')
        return {
          type: (value as { type: string }).type,
          points: points(value as { coordinates: unknown }),
        };
      // Twelve significant digits: sums in another order on another backend stay equal.
      if (typeof value === 'number' && !Number.isInteger(value))
        return Number(value.toPrecision(12));
      return value;
    },
    2,
  )}\n`;
}

describe(`the visit dossier service on ${testBackend}`, () => {
  let store: Store;
  let dossiers: DossierService;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openInitialisedStore(() => NOW);
    await loadSmallNetwork(store);
    await loadOwnFacts(store);
    const analytics = new AnalyticsService(store, () => NOW);
    dossiers = new DossierService(store, analytics, () => NOW);
    app = await createApp({ store, version: 'test', now: () => NOW, analytics });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it("builds Twente's dossier model from the small network (snapshot)", async () => {
    const model = dossierModel(await dossiers.inputs('nl213'));
    expect(model.region).toMatchObject({ code: 'NL213', name: { nl: 'Twente' } });
    // Hand-checkable: p1 ut+acme (UI), p2 ut+gem (UG), p3 acme (I), p4 ut (U).
    expect(model.topic1.synergy.configurations).toEqual({
      U: 1,
      I: 1,
      G: 0,
      UI: 1,
      UG: 1,
      IG: 0,
      UIG: 0,
    });
    expect(model.topic1.synergy.t_millibits).toBeCloseTo(122.556, 2);
    expect(model.topic3.funds.map((f) => f.id)).toEqual(['fund-oost']);
    expect(model.topic3.contact_points.map((c) => c.organisation)).toEqual(['GEM']);
    expect(model.visit).toMatchObject({ date: '2027-02-08', status: 'planned' });
    expect(model.visit!.agenda).toHaveLength(3);
    // Energy: Twente 0.6 (1 of 5 against 2 of 6); NL414 3.0 (1 of 1).
    expect(model.connecting.practices_for_gaps.map((p) => [p.id, p.method])).toEqual([
      ['brabant-energy', 'recommendation'],
    ]);
    expect(model.connecting.practices_for_gaps[0]!.reasons[0]).toMatchObject({
      key_area: { id: 'topsectoren-2011/energy' },
      region_lq: expect.closeTo(0.6, 12) as number,
      practice_region_lq: expect.closeTo(3, 12) as number,
    });
    expect(model.connecting.own_practices.map((p) => p.id)).toEqual(['twente-lab']);
    expect(model.connecting.own_practices[0]!.key_areas.map((k) => k.en)).toEqual([
      'High Tech Systems & Materials',
    ]);
    const result = matchFileSnapshot(
      `${REPORTS}__snapshots__/dossier-model-NL213.json`,
      snapshotJson(model),
      new URL('../../../test-artifacts/snapshots/dossier-model-NL213-changed.json', import.meta.url)
        .pathname,
    );
    expect(result.ok, result.message).toBe(true);
  });

  it('reads the stored lists as codes and the source page of every fund, contact point and practice shown', async () => {
    const model = dossierModel(await dossiers.inputs('NL213'));
    expect(model.topic3.funds[0]).toMatchObject({
      instruments: ['loans', 'equity'],
      source_url: 'https://example.org/innovatiefonds-oost',
    });
    expect(model.topic3.contact_points[0]!.channels).toEqual(['desk', 'phone']);
    const records = (key: string) => model.sources.find((s) => s.key === key)!.records;
    expect(records('funds')).toEqual([
      { name: 'Innovatiefonds Oost (test)', url: 'https://example.org/innovatiefonds-oost' },
    ]);
    expect(records('contactPoints')).toEqual([
      { name: 'MKB-loket Twente (test)', url: 'https://example.org/mkb-loket' },
    ]);
    expect(records('practices')).toEqual([
      { name: 'Energy field lab', url: 'https://example.org/energy-field-lab' },
      { name: 'Shared sensor test lab', url: null },
    ]);
    expect(records('index')).toEqual([]);
  });

  it('draws Twente within Overijssel on the map from the stored GISCO boundaries (snapshot)', async () => {
    const doc = dossierDocument(dossierModel(await dossiers.inputs('NL213')), 'nl');
    const svg = doc.cover.map!.svg;
    expect(svg).toContain('font-weight="bold">Twente</text>');
    expect(svg).toContain('>Overijssel</text>');
    const result = matchFileSnapshot(
      `${REPORTS}charts/__snapshots__/region-map-NL213.svg`,
      normaliseSvg(svg),
    );
    expect(result.ok, result.message).toBe(true);
  });

  it('says plainly what a region has not registered', async () => {
    const html = renderDossierHtml(
      dossierDocument(dossierModel(await dossiers.inputs('NL111')), 'en'),
    );
    for (const text of [
      'No investment fund registered for Oost-Groningen.',
      'No SME contact point registered for Oost-Groningen.',
      'No spearheads or clusters are registered for Oost-Groningen.',
      'No visit to Oost-Groningen is planned.',
      'No good practice of Oost-Groningen itself is registered.',
    ])
      expect(html).toContain(text);
  });

  it('serves the dossier as PDF and HTML in either language', async () => {
    const pdf = await app.inject({ url: '/api/regions/NL213/dossier.pdf?lang=en' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('inline; filename="dossier-NL213-en.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const html = await app.inject({ url: '/api/regions/nl213/dossier.html' });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('<html lang="nl">');
    expect(html.body).toContain('<h1>Twente</h1>');
    expect(html.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
  });

  it('answers an unknown region with 404 and an unknown language with 400', async () => {
    const missing = await app.inject({ url: '/api/regions/XX99/dossier.pdf' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    const lang = await app.inject({ url: '/api/regions/NL213/dossier.html?lang=de' });
    expect(lang.statusCode).toBe(400);
    expect(lang.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
