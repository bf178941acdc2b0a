import { describe, expect, it } from 'vitest';
import { practiceBody, type PracticeFormTexts } from './practice-form-values.js';

const texts: PracticeFormTexts = {
  title: ' Gedeelde cleanroom ',
  region: 'NL213',
  topic: '2',
  key_areas: ['topsectoren-2011/htsm', 'topsectoren-2011/htsm', 'topsectoren-2011/chemistry'],
  period_start: '2024',
  period_end: ' ',
  description: 'Bedrijven delen een cleanroom.',
  resources: '',
  evidence: 'Twaalf bedrijven',
  transfer_potential: '  ',
  contact: 'info@example.org',
  source_url: '',
  language: 'nl',
};

describe('the body of a good practice from its form', () => {
  it('trims texts, makes empty optional fields null and reads the topic as a number', () => {
    expect(practiceBody(texts)).toEqual({
      title: 'Gedeelde cleanroom',
      region: 'NL213',
      topic: 2,
      key_areas: ['topsectoren-2011/htsm', 'topsectoren-2011/chemistry'],
      period_start: '2024',
      period_end: null,
      description: 'Bedrijven delen een cleanroom.',
      resources: null,
      evidence: 'Twaalf bedrijven',
      transfer_potential: null,
      contact: 'info@example.org',
      source_url: null,
      language: 'nl',
    });
  });

  it('sends no topic when none is chosen, so the server names the field', () => {
    expect(practiceBody({ ...texts, topic: '' }).topic).toBeNull();
  });

  it('takes English as the language only when chosen', () => {
    expect(practiceBody({ ...texts, language: 'en' }).language).toBe('en');
    expect(practiceBody({ ...texts, language: 'fr' }).language).toBe('nl');
  });
});
