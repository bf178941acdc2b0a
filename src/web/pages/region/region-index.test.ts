import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { RegionIndex } from '../../api/types.js';
import { formatMeasured, setLang } from '../../i18n/i18n.js';
import { groupText, isMeasured } from './region-index.js';

/** A region's index in the comparison set of 2015. */
const measured: RegionIndex = {
  region: 'NL213',
  computed_for: 'NL21',
  mode: 'edition',
  year: 2015,
  edition: 2015,
  lag: 2,
  index: 0.41,
  reason_code: null,
  reason: null,
  own_values: null,
  relative: 88.2,
  group: 'strong',
  band: '-',
  rank: 40,
  of: 0,
  rank_range: [35, 44],
  reference: 'EU27_2020',
  country: 'NL',
  groups: { label_en: 'x', label_nl: 'x', leader: 1.25, strong: 1, moderate: 0.7 },
  trend: [],
  indicators: [],
  source: { method: 'x', method_nl: 'x', datasets: [], imports: [] },
};

/** A region outside the comparison set of the year: the API sends every figure as null. */
const none: RegionIndex = {
  ...measured,
  index: null,
  reason_code: 'no_own_values',
  reason: 'the region has no own value of any index indicator that year or edition',
  relative: null,
  group: null,
  band: null,
  rank: null,
  rank_range: null,
};

describe('the index of a region without an index row', () => {
  it('is not taken for a measured index', () => {
    expect(isMeasured(none)).toBe(false);
    expect(isMeasured(measured)).toBe(true);
  });

  it('shows a missing number as "no data" (in Dutch, the default), never as 0', () => {
    expect(formatMeasured(null, 1)).toBe('geen gegevens');
    expect(formatMeasured(0, 1)).toBe('0,0');
  });
});

describe('the performance group of a region', () => {
  // setLang marks <html lang>: a unit test has no page, so it gets a bare element to mark.
  vi.stubGlobal('document', { documentElement: {} });
  afterEach(() => setLang('nl'));
  afterAll(() => vi.unstubAllGlobals());

  it('says the band in words, as the dossier does, in Dutch and English', () => {
    expect(groupText('strong', '-')).toBe('Sterke innovator (onderste derde)');
    expect(groupText('leader', '+')).toBe('Koploper (bovenste derde)');
    expect(groupText('moderate', 'plain')).toBe('Gemiddelde innovator (middelste derde)');
    setLang('en');
    expect(groupText('strong', '-')).toBe('Strong innovator (lower third)');
    expect(groupText('emerging', '+')).toBe('Emerging innovator (upper third)');
  });

  it('shows a band it does not know as the group alone, with no bare sign', () => {
    expect(groupText('strong', '')).toBe('Sterke innovator');
  });
});
