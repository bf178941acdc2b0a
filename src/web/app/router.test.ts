import { describe, expect, it } from 'vitest';
import { href, routeOf } from './router.js';

const route = (path: string) => routeOf(new URL(path, 'http://localhost'));

describe('the router', () => {
  it('opens each page from its shareable address', () => {
    expect(route('/').name).toBe('home');
    expect(route('/kaart?indicator=x&year=2012&level=3&area=eu').name).toBe('map');
    expect(route('/regio/NL213?lang=en')).toMatchObject({ name: 'region', params: ['NL213'] });
    expect(route('/vergelijk?regio=NL213,NL41').name).toBe('compare');
    expect(route('/netwerk/NL213').params).toEqual(['NL213']);
    expect(route('/netwerk').name).toBe('network');
    expect(route('/praktijken').name).toBe('practices');
    expect(route('/mkb?q=Enschede').name).toBe('sme');
    expect(route('/bronnen').name).toBe('sources');
  });

  it('opens the pages of the visit programme', () => {
    expect(route('/bezoeken').name).toBe('visits');
    expect(route('/bezoeken/visit-twente?lang=en')).toMatchObject({
      name: 'visit',
      params: ['visit-twente'],
    });
    expect(route('/opvolging?status=overdue').name).toBe('follow-up');
    expect(route('/volgende-regio?maanden=6').name).toBe('next-region');
    expect(route('/praktijken/nieuw').name).toBe('practice-new');
    expect(route('/praktijken/gp-gedeelde-cleanroom')).toMatchObject({
      name: 'practice',
      params: ['gp-gedeelde-cleanroom'],
    });
    expect(route('/bezoeken/a/b').name).toBe('not-found');
  });

  it('opens the administration pages', () => {
    expect(route('/beheer/gebruikers').name).toBe('users');
    expect(route('/beheer/audit?entiteit=cluster&pagina=2&lang=en').name).toBe('audit');
    expect(route('/beheer').name).toBe('not-found');
    expect(route('/beheer/gebruikers/x').name).toBe('not-found');
  });

  it('sends unknown addresses to the not-found page', () => {
    expect(route('/regio/').name).toBe('not-found');
    expect(route('/nergens').name).toBe('not-found');
  });

  it('keeps English in every link and leaves Dutch links bare', () => {
    expect(href('/regio/NL213', {}, 'en')).toBe('/regio/NL213?lang=en');
    expect(href('/regio/NL213', { taxonomy: 'x', empty: '' }, 'nl')).toBe(
      '/regio/NL213?taxonomy=x',
    );
  });
});
