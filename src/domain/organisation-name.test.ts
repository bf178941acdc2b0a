import { describe, expect, it } from 'vitest';
import { organisationLabel, organisationSourceName } from './organisation-name.js';

describe('the name of an organisation', () => {
  it('is the name the source gives, and none for an organisation stored under its PIC only', () => {
    expect(organisationSourceName({ id: 'PIC999854661', name: 'UNIVERSITY OF PLYMOUTH' })).toBe(
      'UNIVERSITY OF PLYMOUTH',
    );
    expect(organisationSourceName({ id: 'PIC983678359', name: 'PIC983678359' })).toBeNull();
    expect(organisationSourceName({ id: 'KVK08123456', name: '  ' })).toBeNull();
  });

  it('says in either language that the source gives no name, with the PIC', () => {
    expect(organisationLabel(null, 'PIC983678359', 'en')).toBe(
      'organisation without a name in the source (PIC 983678359)',
    );
    expect(organisationLabel(null, 'PIC983678359', 'nl')).toBe(
      'organisatie zonder naam in de bron (PIC 983678359)',
    );
    expect(organisationLabel(null, 'KVK08123456', 'en')).toBe(
      'organisation without a name in the source (KVK08123456)',
    );
    expect(organisationLabel('Universiteit Twente', 'PIC999974556', 'nl')).toBe(
      'Universiteit Twente',
    );
  });
});
