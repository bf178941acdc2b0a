/**
 * Groups of countries Eurostat reports as if they were regions. Rows for these codes are kept:
 * the code becomes a region of kind 'aggregate' (level 0, no parent).
 */
export const EUROSTAT_AGGREGATES: Readonly<Record<string, { en: string; nl: string }>> = {
  EU: { en: 'European Union', nl: 'Europese Unie' },
  EU27_2020: {
    en: 'European Union - 27 countries (from 2020)',
    nl: 'Europese Unie - 27 landen (vanaf 2020)',
  },
  EU28: {
    en: 'European Union - 28 countries (2013-2020)',
    nl: 'Europese Unie - 28 landen (2013-2020)',
  },
  EU27_2007: {
    en: 'European Union - 27 countries (2007-2013)',
    nl: 'Europese Unie - 27 landen (2007-2013)',
  },
  EU27: { en: 'European Union - 27 countries', nl: 'Europese Unie - 27 landen' },
  EU25: {
    en: 'European Union - 25 countries (2004-2006)',
    nl: 'Europese Unie - 25 landen (2004-2006)',
  },
  EU15: {
    en: 'European Union - 15 countries (1995-2004)',
    nl: 'Europese Unie - 15 landen (1995-2004)',
  },
  EA: { en: 'Euro area', nl: 'Eurozone' },
  EA11: { en: 'Euro area - 11 countries (1999-2000)', nl: 'Eurozone - 11 landen (1999-2000)' },
  EA12: { en: 'Euro area - 12 countries (2001-2006)', nl: 'Eurozone - 12 landen (2001-2006)' },
  EA13: { en: 'Euro area - 13 countries (2007)', nl: 'Eurozone - 13 landen (2007)' },
  EA15: { en: 'Euro area - 15 countries (2008)', nl: 'Eurozone - 15 landen (2008)' },
  EA16: { en: 'Euro area - 16 countries (2009-2010)', nl: 'Eurozone - 16 landen (2009-2010)' },
  EA17: { en: 'Euro area - 17 countries (2011-2013)', nl: 'Eurozone - 17 landen (2011-2013)' },
  EA18: { en: 'Euro area - 18 countries (2014)', nl: 'Eurozone - 18 landen (2014)' },
  EA19: { en: 'Euro area - 19 countries (2015-2022)', nl: 'Eurozone - 19 landen (2015-2022)' },
  EA20: { en: 'Euro area - 20 countries (from 2023)', nl: 'Eurozone - 20 landen (vanaf 2023)' },
  EFTA: { en: 'European Free Trade Association', nl: 'Europese Vrijhandelsassociatie' },
  EEA: { en: 'European Economic Area', nl: 'Europese Economische Ruimte' },
  CN_X_HK: { en: 'China except Hong Kong', nl: 'China zonder Hongkong' },
};

/** True for a Eurostat aggregate code (EU27_2020, EA19, EFTA...). */
export function isEurostatAggregate(code: string): boolean {
  return Object.hasOwn(EUROSTAT_AGGREGATES, code);
}
