import { describe, expect, it } from 'vitest';
import { auditRecordLabel } from './audit-label.js';

describe('auditRecordLabel', () => {
  it('names an account by its log-in, not its id', () => {
    expect(
      auditRecordLabel('user-f4ad427a', null, { login: 'an@example.nl', role: 'analyst' }, 'nl'),
    ).toBe('an@example.nl');
  });

  it('names a deleted record by what it was, and a named thing in the language', () => {
    expect(auditRecordLabel('visit-1', { title: 'Bezoek aan Twente' }, null, 'en')).toBe(
      'Bezoek aan Twente',
    );
    expect(
      auditRecordLabel(
        'c-1',
        null,
        { name_nl: 'Slimme industrie', name_en: 'Smart industry' },
        'en',
      ),
    ).toBe('Smart industry');
  });

  it('keeps the id when the record holds no name, and shortens a long text', () => {
    expect(auditRecordLabel('setting-weights', null, { recency: 0.3 }, 'nl')).toBe(
      'setting-weights',
    );
    expect(auditRecordLabel('f-1', null, { text: 'x'.repeat(200) }, 'nl')).toHaveLength(80);
  });
});
