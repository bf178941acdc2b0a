import { describe, expect, it } from 'vitest';
import { auditChanges, auditValueText } from './audit-diff.js';

describe('the audit trail in readable form', () => {
  it('shows only the fields an update changed, before and after', () => {
    expect(
      auditChanges(
        { id: 'c1', name_nl: 'Voeding', description: null, version: 1 },
        { id: 'c1', name_nl: 'Voeding en gezondheid', description: 'Nieuw', version: 2 },
      ),
    ).toEqual([
      { field: 'name_nl', before: 'Voeding', after: 'Voeding en gezondheid' },
      { field: 'description', before: '', after: 'Nieuw' },
      { field: 'version', before: '1', after: '2' },
    ]);
  });

  it('shows every field with a value of a created or removed record', () => {
    expect(auditChanges(null, { id: 'u1', login: 'a@example.test', regions: [] })).toEqual([
      { field: 'id', before: '', after: 'u1' },
      { field: 'login', before: '', after: 'a@example.test' },
    ]);
    expect(auditChanges({ id: 'c1', disabled: false }, null)).toEqual([
      { field: 'id', before: 'c1', after: '' },
      { field: 'disabled', before: 'false', after: '' },
    ]);
  });

  it('names named things (key areas, regions) by their name in the language chosen', () => {
    const before = {
      key_areas: [{ id: 'k/lsh', name_nl: 'Gezondheid', name_en: 'Health', weight: 0.7 }],
      region: { code: 'NL213', name_nl: 'Twente', name_en: 'Twente' },
    };
    const after = {
      key_areas: [{ id: 'k/lsh', name_nl: 'Gezondheid', name_en: 'Health', weight: 0.6 }],
      region: { code: 'NL213', name_nl: 'Twente', name_en: 'Twente' },
    };
    expect(auditChanges(before, after, 'en')).toEqual([
      { field: 'key_areas', before: 'Health (weight: 0.7)', after: 'Health (weight: 0.6)' },
    ]);
    expect(auditValueText(before.region)).toBe('Twente');
  });

  it('writes lists and nested records as text', () => {
    expect(
      auditValueText([
        { id: 'topsectoren-2011/htsm', weight: 0.3 },
        { id: 'topsectoren-2011/lsh', weight: 0.7 },
      ]),
    ).toBe('id: topsectoren-2011/htsm, weight: 0.3; id: topsectoren-2011/lsh, weight: 0.7');
    expect(auditChanges('a', 'b')).toEqual([{ field: 'value', before: 'a', after: 'b' }]);
  });

  it('never shows a password, hash, salt or token, even nested', () => {
    expect(
      auditChanges(
        { login: 'a', password_hash: 'scrypt$1' },
        { login: 'a', password_hash: 'scrypt$2', session: { token: 'x', at: 'now' } },
      ),
    ).toEqual([{ field: 'session', before: '', after: 'at: now' }]);
  });
});
