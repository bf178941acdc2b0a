import { describe, expect, it } from 'vitest';
import { datasetTitles } from './dataset-title.js';

describe('the title of a data set in both languages', () => {
  it('gives the Eurostat tables Regiokracht uses their Dutch title with the code, beside the stored English one', () => {
    const stored = 'Gross domestic expenditure on R&D (GERD) by NUTS 2 region, % of GDP (tgs00042)';
    expect(datasetTitles('eurostat:tgs00042', stored)).toEqual({
      nl: 'Bruto binnenlandse uitgaven aan R&D per NUTS 2-regio, % van het bbp (tgs00042)',
      en: stored,
    });
  });

  it('gives CORDIS, the templates and the maps a Dutch title that differs from the English', () => {
    for (const id of [
      'cordis:h2020',
      'gisco-nuts-2021',
      'template:clusters',
      'gisco:tercet-postcodes',
    ]) {
      const titles = datasetTitles(id, 'stored');
      expect(titles.nl, id).not.toBe(titles.en);
      expect(titles.nl, id).not.toBe('stored');
    }
  });

  it('keeps the stored title of a data set it does not know, in both languages', () => {
    const press = 'Persbericht Innovatieplatform: regionale bezoeken';
    expect(datasetTitles('press-release-regional-programme', press)).toEqual({
      nl: press,
      en: press,
    });
    expect(datasetTitles('eurostat:unknown_table', 'Eurostat dataset unknown_table')).toEqual({
      nl: 'Eurostat dataset unknown_table',
      en: 'Eurostat dataset unknown_table',
    });
  });
});
