import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELIX_ROLES, type HelixRole } from '../helix-role.js';
import {
  helixConfiguration,
  helixConfigurationOfMask,
  helixRoleBit,
} from './helix-configuration.js';

interface Participant {
  readonly role: HelixRole;
  readonly nuts: string;
}

const inTwente = (p: Participant) => p.nuts === 'NL213';

describe('helixConfiguration', () => {
  it('takes U from research or education, I from business and G from government', () => {
    expect(helixConfiguration([{ role: 'research', nuts: 'NL213' }], inTwente)).toBe('U');
    expect(helixConfiguration([{ role: 'education', nuts: 'NL213' }], inTwente)).toBe('U');
    expect(helixConfiguration([{ role: 'business', nuts: 'NL213' }], inTwente)).toBe('I');
    expect(helixConfiguration([{ role: 'government', nuts: 'NL213' }], inTwente)).toBe('G');
  });

  it('combines the roles of the participants in the region only', () => {
    const participants: Participant[] = [
      { role: 'education', nuts: 'NL213' },
      { role: 'business', nuts: 'NL213' },
      { role: 'government', nuts: 'NL329' },
      { role: 'business', nuts: 'NL213' },
    ];
    expect(helixConfiguration(participants, inTwente)).toBe('UI');
    expect(helixConfiguration(participants, () => true)).toBe('UIG');
    expect(helixConfiguration(participants, (p) => p.nuts === 'NL329')).toBe('G');
  });

  it('leaves out a project with only "other" participants or none in the region', () => {
    const participants: Participant[] = [
      { role: 'other', nuts: 'NL213' },
      { role: 'business', nuts: 'NL329' },
    ];
    expect(helixConfiguration(participants, inTwente)).toBeNull();
    expect(helixConfiguration([], inTwente)).toBeNull();
  });

  it('names U, I and G in that order and only the dimensions present', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HELIX_ROLES)), (roles) => {
        const configuration = helixConfiguration(
          roles.map((role) => ({ role })),
          () => true,
        );
        const u = roles.includes('research') || roles.includes('education');
        const i = roles.includes('business');
        const g = roles.includes('government');
        const expected = `${u ? 'U' : ''}${i ? 'I' : ''}${g ? 'G' : ''}`;
        expect(configuration).toBe(expected === '' ? null : expected);
      }),
    );
  });
});

describe('helixRoleBit and helixConfigurationOfMask', () => {
  it('give by bits what helixConfiguration gives for the same roles', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HELIX_ROLES), { maxLength: 8 }), (roles) => {
        const mask = roles.reduce((m, role) => m | helixRoleBit(role), 0);
        expect(helixConfigurationOfMask(mask)).toBe(
          helixConfiguration(
            roles.map((role) => ({ role, nuts: 'NL213' })),
            inTwente,
          ),
        );
      }),
    );
  });

  it('name every mask from 1 to 7 once, and none for 0', () => {
    expect(helixConfigurationOfMask(0)).toBeNull();
    expect([1, 2, 3, 4, 5, 6, 7].map(helixConfigurationOfMask)).toEqual([
      'U',
      'I',
      'UI',
      'G',
      'UG',
      'IG',
      'UIG',
    ]);
  });
});
