import { describe, expect, it } from 'vitest';
import { helixComposition } from './helix-composition.js';

describe('helixComposition', () => {
  it('counts actors and participations per helix role', () => {
    const composition = helixComposition(
      [
        { id: 'ut', role: 'education' },
        { id: 'tno', role: 'research' },
        { id: 'acme', role: 'business' },
        { id: 'bolt', role: 'business' },
        { id: 'enschede', role: 'government' },
      ],
      [
        { actorId: 'ut' },
        { actorId: 'ut' },
        { actorId: 'ut' },
        { actorId: 'acme' },
        { actorId: 'enschede' },
      ],
    );
    expect(composition).toEqual({
      actors: { business: 2, research: 1, education: 1, government: 1, other: 0 },
      participations: { business: 1, research: 0, education: 3, government: 1, other: 0 },
      unmatchedParticipations: 0,
    });
  });

  it('counts an actor listed twice once, with its first role', () => {
    const composition = helixComposition(
      [
        { id: 'ut', role: 'education' },
        { id: 'ut', role: 'research' },
      ],
      [{ actorId: 'ut' }],
    );
    expect(composition.actors.education).toBe(1);
    expect(composition.actors.research).toBe(0);
    expect(composition.participations.education).toBe(1);
  });

  it('sets apart participations of actors it was not given', () => {
    const composition = helixComposition([{ id: 'ut', role: 'education' }], [{ actorId: 'x' }]);
    expect(composition.unmatchedParticipations).toBe(1);
    expect(Object.values(composition.participations).every((n) => n === 0)).toBe(true);
  });
});
