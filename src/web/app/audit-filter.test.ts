import { describe, expect, it } from 'vitest';
import { auditApiParams, auditFilterOf, auditFilterParams } from './audit-filter.js';

const filter = (search: string) => auditFilterOf(new URLSearchParams(search));

describe('the audit page filters held in the URL', () => {
  it('reads entity, actor, period and page from the address', () => {
    expect(
      filter('entiteit=cluster&actor=user:a@example.test&van=2026-12-01&tot=2026-12-05&pagina=3'),
    ).toEqual({
      entity: 'cluster',
      actor: 'user:a@example.test',
      from: '2026-12-01',
      to: '2026-12-05',
      page: 3,
    });
  });

  it('drops what is malformed rather than sending it on', () => {
    expect(filter('entiteit=password&van=gisteren&tot=2026-13&pagina=-2')).toEqual({
      entity: '',
      actor: '',
      from: '',
      to: '',
      page: 1,
    });
  });

  it('writes the state back to the same address', () => {
    const state = filter('entiteit=user&van=2026-12-01&pagina=2');
    expect(auditFilterParams(state)).toEqual({
      entiteit: 'user',
      actor: '',
      van: '2026-12-01',
      tot: '',
      pagina: 2,
    });
    expect(auditFilterParams({ ...state, page: 1 }).pagina).toBe('');
  });

  it('asks the API for the last day inclusive, and for the page as limit and offset', () => {
    expect(auditApiParams(filter('tot=2026-12-31&pagina=3'))).toEqual({
      entity: '',
      actor: '',
      from: '',
      to: '2027-01-01',
      limit: 25,
      offset: 50,
    });
    expect(auditApiParams(filter('entiteit=visit'), false)).toEqual({
      entity: 'visit',
      actor: '',
      from: '',
      to: '',
    });
  });
});
