import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIT_AGENDA } from '../services/visits/visit-agenda.js';
import { agendaTitle } from './agenda-title.js';

describe('the title of an agenda item in the document’s language', () => {
  it('puts the default agenda a visit gets into English, and keeps it Dutch in Dutch', () => {
    const items = DEFAULT_VISIT_AGENDA.map((a) => ({ topic: a.topic ?? null, title: a.title }));
    expect(items.map((a) => agendaTitle(a, 'en'))).toEqual([
      'The regional innovation system',
      'Contribution to the national key areas',
      'Regional innovation power',
    ]);
    expect(items.map((a) => agendaTitle(a, 'nl'))).toEqual(items.map((a) => a.title));
  });

  it('keeps a title someone typed, and a default title under another topic, as written', () => {
    expect(agendaTitle({ topic: null, title: 'Rondleiding' }, 'en')).toBe('Rondleiding');
    expect(agendaTitle({ topic: 2, title: 'Het regionale innovatiesysteem' }, 'en')).toBe(
      'Het regionale innovatiesysteem',
    );
  });
});
