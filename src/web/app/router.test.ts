import { describe, expect, it } from 'vitest';
import { href, routeOf } from './router.js';

const route = (path: string) => routeOf(new URL(path, 'http://localhost'));

describe('the router', () => {
  // The public pages, the pages of the visit programme and the administration pages.
  it.each([
    ['/', 'home'],
    ['/kaart?indicator=x&year=2012&level=3&area=eu', 'map'],
    ['/vergelijk?regio=NL213,NL41', 'compare'],
    ['/netwerk', 'network'],
    ['/praktijken', 'practices'],
    ['/mkb?q=Enschede', 'sme'],
    ['/bronnen', 'sources'],
    ['/bezoeken', 'visits'],
    ['/opvolging?status=overdue', 'follow-up'],
    ['/volgende-regio?maanden=6', 'next-region'],
    ['/praktijken/nieuw', 'practice-new'],
    ['/beheer/gebruikers', 'users'],
    ['/beheer/audit?entiteit=cluster&pagina=2&lang=en', 'audit'],
  ])('opens each page from its shareable address: %s is %s', (path, name) => {
    expect(route(path).name).toBe(name);
  });

  it.each([
    ['/regio/NL213?lang=en', { name: 'region', params: ['NL213'] }],
    ['/netwerk/NL213', { params: ['NL213'] }],
    ['/bezoeken/visit-twente?lang=en', { name: 'visit', params: ['visit-twente'] }],
    ['/praktijken/gp-gedeelde-cleanroom', { name: 'practice', params: ['gp-gedeelde-cleanroom'] }],
  ])('opens a page of one region, visit or practice from its address: %s', (path, page) => {
    expect(route(path)).toMatchObject(page);
  });

  it.each(['/bezoeken/a/b', '/beheer', '/beheer/gebruikers/x', '/regio/', '/nergens'])(
    'sends an unknown address to the not-found page: %s',
    (path) => {
      expect(route(path).name).toBe('not-found');
    },
  );

  it('keeps English in every link and leaves Dutch links bare', () => {
    expect(href('/regio/NL213', {}, 'en')).toBe('/regio/NL213?lang=en');
    expect(href('/regio/NL213', { taxonomy: 'x', empty: '' }, 'nl')).toBe(
      '/regio/NL213?taxonomy=x',
    );
  });
});
