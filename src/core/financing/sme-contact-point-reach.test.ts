import { describe, expect, it } from 'vitest';
import { smeContactPointReach } from './sme-contact-point-reach.js';

describe('smeContactPointReach', () => {
  it('gives SMEs served per 1,000 SMEs when both figures are known', () => {
    // (450 + 150) / 30,000 x 1,000 = 20.
    expect(
      smeContactPointReach([{ smesServedPerYear: 450 }, { smesServedPerYear: 150 }], 30_000),
    ).toEqual({
      present: true,
      contactPoints: 2,
      smesServed: 600,
      smeCount: 30_000,
      perThousandSmes: 20,
      reason: null,
    });
  });

  it('says there is no contact point', () => {
    expect(smeContactPointReach([], 30_000)).toMatchObject({
      present: false,
      contactPoints: 0,
      smesServed: null,
      perThousandSmes: null,
      reason: 'no-contact-point',
    });
  });

  it('gives no reach when any contact point has no served figure', () => {
    const reach = smeContactPointReach(
      [{ smesServedPerYear: 450 }, { smesServedPerYear: null }],
      30_000,
    );
    expect(reach).toMatchObject({
      present: true,
      smesServed: null,
      perThousandSmes: null,
      reason: 'smes-served-unknown',
    });
  });

  it('gives no reach without a usable number of SMEs', () => {
    const served = [{ smesServedPerYear: 450 }];
    expect(smeContactPointReach(served, null)).toMatchObject({
      smesServed: 450,
      perThousandSmes: null,
      reason: 'sme-count-unknown',
    });
    expect(smeContactPointReach(served, 0)).toMatchObject({ reason: 'sme-count-zero' });
    expect(smeContactPointReach(served, -1)).toMatchObject({ reason: 'sme-count-unknown' });
  });
});
