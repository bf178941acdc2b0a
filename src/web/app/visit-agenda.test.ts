import { describe, expect, it } from 'vitest';
import { agendaFromTopicTexts, agendaTopicText } from './visit-agenda.js';

describe('the agenda of a visit from one text per topic', () => {
  it('makes one item per line, in topic order, skipping empty lines', () => {
    expect(agendaFromTopicTexts({ 3: 'Fonds', 1: ' Helix \n\nMKB-loket\r\n', 2: '' })).toEqual([
      { topic: 1, title: 'Helix' },
      { topic: 1, title: 'MKB-loket' },
      { topic: 3, title: 'Fonds' },
    ]);
  });

  it('leaves the agenda to the server when every topic is empty', () => {
    expect(agendaFromTopicTexts({ 1: ' ', 2: '\n', 3: '' })).toBeUndefined();
  });

  it("writes a topic's items back as lines", () => {
    const agenda = [
      { topic: 1, title: 'Helix' },
      { topic: 2, title: 'LQ' },
      { topic: 1, title: 'MKB-loket' },
    ];
    expect(agendaTopicText(agenda, 1)).toBe('Helix\nMKB-loket');
    expect(agendaTopicText(agenda, 3)).toBe('');
  });
});
