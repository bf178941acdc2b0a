import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionHeaders } from '../../../test/support/auth.js';
import { TEST_NOW, useTestApp } from '../../../test/support/test-app.js';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { EUROSTAT_KIND } from '../../importers/eurostat/eurostat-importer.js';
import { IMPORTERS, runImport } from '../../importers/index.js';
import type { Store } from '../../storage/store.js';
import type { NextVisitReport } from '../schemas/analytics-next-visit.js';

const DEFAULTS = { recency: 0.3, coverage: 0.3, strength: 0.2, gaps: 0.2 };
const TRIED = { recency: 0, coverage: 0, strength: 1, gaps: 0 };

// The starter content with the Eurostat indicators (the index set, patents per NUTS 3 region)
// and the population per NUTS 3 region, in the publishers' files.
describe(`the next region, tried before saved, on ${testBackend}`, () => {
  const seed = async (store: Store) => {
    for (const file of [
      'eurostat/eurostat_regional_innovation_indicators_long.csv',
      'official/eurostat_tsv/demo_r_pjangrp3.tsv.gz',
    ])
      await runImport(store, IMPORTERS[EUROSTAT_KIND]!, join(sharedDataDir, file), {
        clock: TEST_NOW,
      });
  };
  const t = useTestApp({ role: 'analyst', seed }, 600_000);
  let analyst: SessionHeaders;
  let admin: SessionHeaders;
  let viewer: SessionHeaders;
  beforeAll(async () => {
    analyst = t.session!;
    admin = await t.sessionAs('administrator');
    viewer = await t.sessionAs('viewer');
  });

  const ranking = async (headers: SessionHeaders, query = '') => {
    const response = await t.app.inject({
      url: `/api/next-visit?exclude_months=0${query}`,
      headers,
    });
    expect(response.statusCode).toBe(200);
    return response.json<NextVisitReport>();
  };
  const savedWeights = async (headers: SessionHeaders) =>
    (await t.app.inject({ url: '/api/next-visit/weights', headers })).json<
      Record<string, number>
    >();

  it('lets an analyst try weights: the ranking changes, the saved weights stay for everyone', async () => {
    const before = await ranking(analyst);
    expect(before.weights).toEqual(DEFAULTS);
    const tried = await ranking(
      analyst,
      `&${new URLSearchParams(Object.entries(TRIED).map(([k, v]) => [k, String(v)]))}`,
    );
    expect(tried.weights).toEqual(TRIED);
    expect(tried.ranking.map((r) => r.region)).not.toEqual(before.ranking.map((r) => r.region));
    // With strength alone, the score is the strength part's value, and none where it is not measured.
    for (const row of tried.ranking) {
      const strength = row.parts.find((p) => p.part === 'strength')!.value;
      if (strength === null) expect(row.score).toBeNull();
      else expect(row.score).toBeCloseTo(strength, 12);
    }
    expect(await savedWeights(viewer)).toEqual(DEFAULTS);
    expect((await ranking(viewer)).ranking.map((r) => r.region)).toEqual(
      before.ranking.map((r) => r.region),
    );
  });

  it('explains the score in the language asked for, naming connect only when it is weighed', async () => {
    const en = await ranking(analyst);
    const nl = await ranking(analyst, '&lang=nl');
    expect(en.explanation).toMatch(/^score = weighted mean of recency/);
    expect(nl.explanation).toMatch(/^score = gewogen gemiddelde van recentheid/);
    expect(nl.explanation).not.toMatch(/weighted|never the region code/);
    for (const report of [en, nl]) expect(report.explanation).not.toMatch(/connect|verbinden/);
    const connected = await ranking(analyst, '&lang=nl&connect=0.2');
    expect(connected.explanation).toContain('en verbinden (haar ontbrekende verbindingen');
  });

  it('leaves saving the weights to administrators', async () => {
    const put = (headers: SessionHeaders) =>
      t.app.inject({ method: 'PUT', url: '/api/next-visit/weights', headers, payload: TRIED });
    expect((await put(analyst)).statusCode).toBe(403);
    expect(await savedWeights(viewer)).toEqual(DEFAULTS);
    expect((await put(admin)).statusCode).toBe(200);
    expect(await savedWeights(viewer)).toEqual(TRIED);
    await t.app.inject({
      method: 'PUT',
      url: '/api/next-visit/weights',
      headers: admin,
      payload: DEFAULTS,
    });
    expect(await savedWeights(viewer)).toEqual(DEFAULTS);
  });

  it('refuses weights the score cannot use with a 400 naming them, in the ranking and when saving', async () => {
    const zeros = 'recency=0&coverage=0&strength=0&gaps=0';
    const get = await t.app.inject({ url: `/api/next-visit?${zeros}`, headers: analyst });
    expect(get.statusCode).toBe(400);
    expect(get.headers['content-type']).toContain('application/problem+json');
    expect(get.json()).toMatchObject({
      code: 'INVALID_INPUT',
      detail: expect.stringMatching(
        /^next-visit weights recency, coverage, strength, gaps are all 0/,
      ),
    });
    const negative = await t.app.inject({ url: '/api/next-visit?recency=-1', headers: analyst });
    expect(negative.statusCode).toBe(400);
    expect(negative.json<{ detail: string }>().detail).toContain('recency');
    for (const payload of [
      { recency: 0, coverage: 0, strength: 0, gaps: 0 },
      { recency: 0, coverage: 0, strength: 0, gaps: 0, connect: 0 },
      { ...DEFAULTS, gaps: -1 },
    ]) {
      const put = await t.app.inject({
        method: 'PUT',
        url: '/api/next-visit/weights',
        headers: admin,
        payload,
      });
      expect(put.statusCode, JSON.stringify(payload)).toBe(400);
      expect(put.json<{ detail: string }>().detail).toMatch(/gaps/);
    }
    expect(await savedWeights(viewer)).toEqual(DEFAULTS);
  });

  it('scores the learning potential of COROP areas at their own level where measured, not their province’s', async () => {
    const report = await ranking(analyst);
    const overijssel = report.ranking.filter((r) => r.region.startsWith('NL21'));
    expect(overijssel.map((r) => r.region).sort()).toEqual(['NL211', 'NL212', 'NL213']);
    for (const row of overijssel) expect(row.own_level_indicators).toContain('pat_ep_rtot_p_mhab');
    // Patent applications per million inhabitants, 2012: Twente 124, Noord-Overijssel 77,
    // Zuidwest-Overijssel 67. Taken at province level, all three would share Overijssel's score.
    const patents = (code: string) =>
      overijssel.find((r) => r.region === code)!.own_level_scores['pat_ep_rtot_p_mhab']!;
    expect(patents('NL213').year).toBe(2012);
    expect(patents('NL213').score).toBeGreaterThan(patents('NL211').score);
    expect(patents('NL211').score).toBeGreaterThan(patents('NL212').score);
  });

  it('breaks every tie by a stated criterion that the two regions bear out, never by code', async () => {
    const report = await ranking(analyst);
    const rows = report.ranking;
    let ties = 0;
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      const same =
        next &&
        (row.score === null || next.score === null
          ? row.score === next.score
          : Math.abs(row.score - next.score) <= 1e-9);
      if (!next || !same) {
        expect(row.tie).toBeNull();
        return;
      }
      ties++;
      expect(row.tie?.with).toBe(next.region);
      const reason = row.tie!.reason;
      expect(['part', 'population', 'name']).toContain(reason.criterion);
      if (reason.criterion === 'part') {
        const mine = row.parts.find((p) => p.part === reason.part)!;
        const theirs = next.parts.find((p) => p.part === reason.part)!;
        expect(mine.value).toBe(reason.value);
        expect(theirs.value).toBe(reason.other);
        // Higher, or measured where the other is not.
        if (theirs.value !== null) expect(mine.value).toBeGreaterThan(theirs.value);
        // Every heavier part is equal between the two (or not measured in both).
        for (const p of row.parts.filter((q) => q.weight > mine.weight)) {
          const other = next.parts.find((q) => q.part === p.part)!.value;
          if (p.value === null || other === null) expect(p.value).toBe(other);
          else expect(p.value).toBeCloseTo(other, 9);
        }
      }
      if (reason.criterion === 'population')
        expect(reason.value).toBeGreaterThan(reason.other ?? -1);
    });
    // The COROP areas tie often on the default weights: the check above is not empty.
    expect(ties).toBeGreaterThan(0);
  });
});
