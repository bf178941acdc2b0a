import { describe, expect, it } from 'vitest';
import { useInitialisedStore } from '../../../test/support/initialised-store-suite.js';
import { testBackend } from '../../../test/support/test-store.js';
import { regionSme } from '../places/region-sme.js';
import { readContactPoint } from '../sme/contact-point-records.js';
import { setContactPointStatus, updateContactPoint } from '../sme/contact-point-writes.js';
import { readFund } from '../sme/fund-records.js';
import { STARTER_CONTACT_POINTS, STARTER_FUNDS } from './starter-sme.js';

const now = () => new Date('2026-12-05T10:00:00Z');

describe(`starter SME contact points and funds on ${testBackend}`, () => {
  const suite = useInitialisedStore(now, { starterPractices: true });

  it('are published, each with the public address its facts come from', async () => {
    for (const starter of [...STARTER_CONTACT_POINTS, ...STARTER_FUNDS]) {
      const record =
        (await readContactPoint(suite.store.db, starter.id)) ??
        (await readFund(suite.store.db, starter.id));
      expect(record, starter.id).toMatchObject({
        status: 'published',
        source_url: starter.source_url,
      });
      expect(record!.regions.map((r) => r.code).sort()).toEqual([...starter.regions].sort());
    }
  });

  it('show in Twente: its own contact points before the national one, and the Twente and Overijssel funds', async () => {
    const sme = await regionSme(suite.store, 'NL213');
    expect(sme.contact_points.map((c) => c.id)).toEqual([
      'cp-innovatiefonds-twente-informatie',
      'cp-novel-t-smart',
      'cp-kvk-adviesteam',
    ]);
    expect(sme.contact_points[0]).toMatchObject({ phone: '088 667 01 00', channels: ['phone'] });
    expect(sme.funds.map((f) => f.id)).toEqual([
      'fund-innovatiefonds-overijssel',
      'fund-innovatiefonds-twente',
    ]);
    expect(sme.funds[1]).toMatchObject({
      size: 15_000_000,
      currency: 'EUR',
      instruments: ['loans', 'equity'],
    });
  });

  it('are written once: a second init duplicates nothing and keeps an edit and a retirement', async () => {
    await updateContactPoint({ store: suite.store, now }, 'cp-novel-t-smart', {
      version: 1,
      email: 'test@example.test',
    });
    await setContactPointStatus({ store: suite.store, now }, 'cp-kvk-adviesteam', 'retired');
    const { before, after } = await suite.initialiseAgain();
    expect(after).toEqual(before);
    expect(await readContactPoint(suite.store.db, 'cp-novel-t-smart')).toMatchObject({
      email: 'test@example.test',
      version: 2,
    });
    expect((await regionSme(suite.store, 'NL213')).contact_points.map((c) => c.id)).not.toContain(
      'cp-kvk-adviesteam',
    );
  });
});
