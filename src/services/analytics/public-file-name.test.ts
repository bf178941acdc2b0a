import { describe, expect, it } from 'vitest';
import { publicFileName } from './provenance.js';

describe('the file name a figure source shows', () => {
  it('leaves out the directories the file was read from', () => {
    expect(publicFileName('/work/shared/data/cordis/h2020_participations_eunets.csv.gz')).toBe(
      'h2020_participations_eunets.csv.gz',
    );
    expect(publicFileName('nuts.geojson')).toBe('nuts.geojson');
  });
});
