import { describe, it } from 'vitest';
import {
  expectStarterKeyAreas,
  expectWeightsSumToOne,
} from '../../../test/support/key-area-weights.js';
import { PROGRAMME_PART_KEY_AREAS } from './programme-key-areas.js';

describe('the default programme-part classification', () => {
  it('gives every classified programme part weights that sum to 1 within a taxonomy', () => {
    expectWeightsSumToOne(PROGRAMME_PART_KEY_AREAS, 'programme part');
  });

  it('only names key areas that exist in their taxonomy', () => {
    expectStarterKeyAreas(PROGRAMME_PART_KEY_AREAS);
  });
});
