import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages-en.js';
import { nl } from '../i18n/messages-nl.js';
import { apiErrorKey } from './api-error-text.js';

describe('a refused API call explained in the reader’s language', () => {
  it('has its own Dutch and English text for each status the web can meet', () => {
    const cases = [
      { status: 400, code: 'INVALID_INPUT', nl: /invoer is niet geldig/, en: /input is not valid/ },
      { status: 404, code: 'NOT_FOUND', nl: /bestaat niet/, en: /does not exist/ },
      { status: 409, code: 'CONFLICT', nl: /intussen gewijzigd/, en: /changed this/ },
      { status: 503, code: 'DATABASE_BUSY', nl: /database is even bezet/, en: /database is busy/ },
      { status: 503, code: 'UNAVAILABLE', nl: /tijdelijk niet beschikbaar/, en: /temporarily/ },
      { status: 401, code: 'UNAUTHENTICATED', nl: /niet \(meer\) ingelogd/, en: /logged in/ },
      { status: 403, code: 'FORBIDDEN', nl: /geen recht/, en: /not allowed/ },
      { status: 403, code: 'CSRF_TOKEN', nl: /sessie is verlopen/, en: /session has expired/ },
      { status: 429, code: 'RATE_LIMITED', nl: /Te veel verzoeken/, en: /Too many requests/ },
      { status: 500, code: 'INTERNAL', nl: /op de server iets mis/, en: /on the server/ },
      { status: 0, code: 'NETWORK', nl: /niet bereikt/, en: /could not be reached/ },
      { status: 418, code: 'TEAPOT', nl: /weigerde/, en: /refused/ },
    ];
    for (const c of cases) {
      const key = apiErrorKey(c);
      expect(nl[key], `${c.status} ${c.code}`).toMatch(c.nl);
      expect(en[key], `${c.status} ${c.code}`).toMatch(c.en);
    }
  });
});
