import { describe, expect, it } from 'vitest';
import { dutchStems, dutchSuffixStem, searchWords } from './dutch-suffix-stem.js';
import { goodPracticesFtsQuery } from './sqlite-text-search.js';

describe('the Dutch suffix stripper', () => {
  it.each([
    ['samenwerkingen', 'samenwerking'],
    ['mogelijkheden', 'mogelijkheid'],
    ['bedrijven', 'bedrijf'],
    ['projecten', 'project'],
    ['partners', 'partner'],
    ['innovaties', 'innovatie'],
    ['processen', 'proces'],
    ['huizen', 'huis'],
    ['innovatieve', 'innovatief'],
    ['gemeenten', 'gemeente'],
    ['opleidingen', 'opleiding'],
    ['hogescholen', 'hogeschool'],
    ['regionale', 'regionaal'],
    ['bomen', 'boom'],
  ])('gives %s the same stem as %s', (inflected, base) => {
    expect(dutchSuffixStem(inflected)).toBe(dutchSuffixStem(base));
  });

  it.each([
    ['samenwerkingen', 'samenwerk'],
    ['Samenwerking', 'samenwerk'],
    ['gezondheid', 'gezond'],
    ['mogelijkheden', 'mogelijk'],
  ])('strips -ingen, -ing, -heden and -heid down to the stem: %s becomes %s', (word, stem) => {
    expect(dutchSuffixStem(word)).toBe(stem);
  });

  it.each(['de', 'ring', 'kennis', 'proces', '2024'])(
    'leaves %s as it is: a short word or one whose ending is not an inflection',
    (word) => {
      expect(dutchSuffixStem(word)).toBe(word);
    },
  );

  it('lower-cases and drops diacritics as the FTS5 tokenizer does', () => {
    expect(dutchSuffixStem('Ideeën')).toBe('ideeen');
    expect(dutchStems('Regio’s en scale-ups')).toBe('regio s en scal ups');
    expect(searchWords('a-b c')).toEqual(['a', 'b', 'c']);
  });
});

describe('the FTS5 query of a search', () => {
  it('searches Dutch columns by stem and English columns by word, without each language’s stop words', () => {
    expect(goodPracticesFtsQuery('de samenwerkingen')).toBe(
      '{terms_nl} : ("samenwerk") OR {terms_en} : ("de" AND "samenwerkingen")',
    );
    expect(goodPracticesFtsQuery('the collaborations')).toBe(
      '{terms_nl} : ("the" AND "collaboration") OR {terms_en} : ("collaborations")',
    );
  });

  it('has nothing to search for in punctuation or stop words alone', () => {
    expect(goodPracticesFtsQuery('"*" -')).toBeNull();
    expect(goodPracticesFtsQuery('en')).toBe('{terms_en} : ("en")');
  });
});
