import { describe, expect, it } from 'vitest';
import { weakPointTexts } from './weak-point-texts.js';

const twente = { code: 'NL213', name_nl: 'Twente', name_en: 'Twente' };
const overijssel = { code: 'NL21', name_nl: 'Overijssel', name_en: 'Overijssel' };
const patents = {
  kind: 'indicator' as const,
  name_nl: 'Octrooiaanvragen',
  name_en: 'Patent applications',
};
const researchers = { kind: 'indicator' as const, name_nl: 'Onderzoekers', name_en: 'Researchers' };
const energy = { kind: 'key-area' as const, name_nl: 'Energie', name_en: 'Energy' };

describe('weakPointTexts', () => {
  it('names the province as the one weakest in index indicators computed for it, not Twente, in Dutch and English', () => {
    const [text] = weakPointTexts(twente, overijssel, [patents, researchers]);
    expect(text).toEqual({
      kind: 'indicator',
      of: 'NL21',
      text_nl:
        'Overijssel, de provincie waarin Twente ligt, is het zwakst in deze indicatoren van de index: Octrooiaanvragen; Onderzoekers.',
      text_en:
        'Overijssel, the province Twente lies in, is weakest in these index indicators: Patent applications; Researchers.',
    });
  });

  it("keeps the region's own key areas its own beside its province's indicators", () => {
    const texts = weakPointTexts(twente, overijssel, [energy, patents]);
    expect(texts.map((t) => [t.kind, t.of])).toEqual([
      ['key-area', 'NL213'],
      ['indicator', 'NL21'],
    ]);
    expect(texts[0]!.text_nl).toBe('Twente is het zwakst in deze sleutelgebieden: Energie.');
    expect(texts[0]!.text_en).toBe('Twente is weakest in these key areas: Energy.');
  });

  it('names the region itself where the index is its own', () => {
    const [text] = weakPointTexts(overijssel, overijssel, [patents]);
    expect(text!.text_nl).toBe(
      'Overijssel is het zwakst in deze indicatoren van de index: Octrooiaanvragen.',
    );
    expect(text!.text_en).toBe(
      'Overijssel is weakest in these index indicators: Patent applications.',
    );
  });

  it('says NUTS 2 region outside the Netherlands', () => {
    const [text] = weakPointTexts(
      { code: 'DE111', name_nl: 'Stuttgart, Stadtkreis', name_en: 'Stuttgart, Stadtkreis' },
      { code: 'DE11', name_nl: 'Stuttgart', name_en: 'Stuttgart' },
      [patents],
    );
    expect(text!.text_en).toMatch(/^Stuttgart, the NUTS 2 region Stuttgart, Stadtkreis lies in, /);
    expect(text!.text_nl).toMatch(
      /^Stuttgart, de NUTS 2-regio waarin Stuttgart, Stadtkreis ligt, /,
    );
  });

  it('has no sentence without weak points', () => {
    expect(weakPointTexts(twente, overijssel, [])).toEqual([]);
  });
});
