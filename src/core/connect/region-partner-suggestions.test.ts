import { describe, expect, it } from 'vitest';
import { regionPartnerSuggestions } from './region-partner-suggestions.js';

const organisations = [
  { id: 'UT', region: 'NL213', keyAreas: ['htsm', 'lsh'] },
  { id: 'Demcon', region: 'NL213', keyAreas: ['htsm'] },
  { id: 'TUE', region: 'NL414', keyAreas: ['htsm', 'lsh'] },
  { id: 'Philips', region: 'NL414', keyAreas: ['htsm', 'lsh'] },
  { id: 'WUR', region: 'NL221', keyAreas: ['agrifood'] },
  { id: 'Deltares', region: 'NL33', keyAreas: ['water', 'htsm'] },
];

describe('regionPartnerSuggestions', () => {
  it('suggests organisations elsewhere in the same key areas that are not yet linked', () => {
    // Philips is already linked to UT; WUR shares no key area with Twente
    const list = regionPartnerSuggestions('NL213', organisations, [['Philips', 'UT']]);
    expect(list).toEqual([
      {
        organisation: organisations[2],
        sharedKeyAreas: ['htsm', 'lsh'],
        localPartners: [
          { id: 'UT', sharedKeyAreas: ['htsm', 'lsh'] },
          { id: 'Demcon', sharedKeyAreas: ['htsm'] },
        ],
      },
      {
        organisation: organisations[5],
        sharedKeyAreas: ['htsm'],
        localPartners: [
          { id: 'Demcon', sharedKeyAreas: ['htsm'] },
          { id: 'UT', sharedKeyAreas: ['htsm'] },
        ],
      },
    ]);
  });

  it('can keep linked organisations in, with only the local partners they lack', () => {
    const list = regionPartnerSuggestions('NL213', organisations, [['UT', 'Philips']], {
      excludeConnected: false,
    });
    const philips = list.find((s) => s.organisation.id === 'Philips');
    expect(philips?.localPartners).toEqual([{ id: 'Demcon', sharedKeyAreas: ['htsm'] }]);
    expect(philips?.sharedKeyAreas).toEqual(['htsm']);
  });

  it('takes a minimum of shared key areas and a limit', () => {
    const two = regionPartnerSuggestions('NL213', organisations, [], { minSharedKeyAreas: 2 });
    expect(two.map((s) => s.organisation.id)).toEqual(['Philips', 'TUE']);
    expect(regionPartnerSuggestions('NL213', organisations, [], { limit: 1 })).toHaveLength(1);
  });
});
