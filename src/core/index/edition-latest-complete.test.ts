import { describe, expect, it } from 'vitest';
import { indicatorValueOf as v } from '../../../test/support/indicator-value-of.js';
import { editionLatestComplete } from './edition-latest-complete.js';
import { editionValues } from './edition-values.js';

const editions = [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];

describe('editionLatestComplete', () => {
  it('is the latest edition in which every indicator has a value for some region', () => {
    // patents end in 2012 and stay in the window (lag 3) until edition 2015; HRST is in
    // editions 2011-2014 (NL21's 2011) and 2018 (DE11's), so 2014 is the last with both
    const values = editionValues(
      [v('pat', 'NL21', 2012, 90), v('hrst', 'DE11', 2018, 40), v('hrst', 'NL21', 2011, 38)],
      editions,
      3,
    );
    expect(editionLatestComplete(values, ['pat', 'hrst'])).toBe(2014);
  });

  it('is null when no edition holds every indicator, or the set is empty', () => {
    const values = editionValues(
      [v('pat', 'NL21', 2002, 1), v('hrst', 'NL21', 2012, 1)],
      editions,
      3,
    );
    expect(editionLatestComplete(values, ['pat', 'hrst'])).toBeNull();
    expect(editionLatestComplete(values, [])).toBeNull();
  });
});
