import { describe, expect, it } from 'vitest';
import type { CoverageStatement } from '../services/analytics/measure-status.js';
import { noPlacedLines } from './no-placed-lines.js';

const coverage = (over: Partial<CoverageStatement>): CoverageStatement => ({
  country: 'NL',
  level: 3,
  deepest_level: 3,
  placed_participations: 7326,
  unplaced_participations: 1769,
  unplaced_business_participations: 1233,
  placed_share: 7326 / 9095,
  placed_contribution_share: 0.86,
  region_organisations: 0,
  note: 'note',
  ...over,
});
const measured = { available: true, reason_code: null, reason: null } as const;
const region = 'Zuidoost-Friesland (NL126)';

describe('noPlacedLines', () => {
  it('says once that no organisation is placed and how much of the country is not, in English', () => {
    expect(
      noPlacedLines(
        region,
        `Triple helix of ${region}`,
        { ...measured, coverage: coverage({}) },
        'helix',
        'en',
      ),
    ).toEqual([
      'Triple helix of Zuidoost-Friesland (NL126): not measured',
      'No organisation in CORDIS is placed in Zuidoost-Friesland (NL126), so its helix composition and synergy T cannot be measured there; zeros would say nothing about the region.',
      'Of the 9,095 participations of organisations in the Netherlands, 1,769 (19%) could not be placed in a region; they count at country level only, and organisations of Zuidoost-Friesland (NL126) may be among them.',
    ]);
  });

  it('says it in Dutch, with the thousands written the Dutch way', () => {
    const lines = noPlacedLines(
      region,
      `Samenwerkingsnetwerk van ${region}`,
      { ...measured, coverage: coverage({}) },
      'network',
      'nl',
    );
    expect(lines).toEqual([
      'Samenwerkingsnetwerk van Zuidoost-Friesland (NL126): niet gemeten',
      'Geen organisatie uit CORDIS is in Zuidoost-Friesland (NL126) geplaatst, dus is het samenwerkingsnetwerk daar niet te meten; nullen zouden niets over de regio zeggen.',
      'Niet in een regio te plaatsen: 1.769 (19%) van de 9.095 deelnames van organisaties in Nederland; die tellen alleen op landniveau, en organisaties uit Zuidoost-Friesland (NL126) kunnen daartussen zitten.',
    ]);
  });

  it('says every participation of the country is placed when none is left unplaced', () => {
    const lines = noPlacedLines(
      region,
      'x',
      {
        ...measured,
        coverage: coverage({ placed_participations: 10, unplaced_participations: 0 }),
      },
      'helix',
      'en',
    );
    expect(lines?.[2]).toBe(
      'All 10 participations of organisations in the Netherlands are placed in a region, none in Zuidoost-Friesland (NL126).',
    );
  });

  it('has nothing to say for a region with placed organisations, or one not measured at all', () => {
    expect(
      noPlacedLines(
        region,
        'x',
        { ...measured, coverage: coverage({ region_organisations: 3 }) },
        'helix',
        'en',
      ),
    ).toBeNull();
    expect(
      noPlacedLines(
        region,
        'x',
        {
          available: false,
          reason_code: 'country_level_only',
          reason: 'r',
          coverage: coverage({}),
        },
        'helix',
        'en',
      ),
    ).toBeNull();
  });
});
