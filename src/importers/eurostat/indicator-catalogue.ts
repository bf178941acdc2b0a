import { familyIndicator } from './indicator-families.js';
import { EUROSTAT_DATASET_TITLES } from './indicator-meta.js';
import type { Bilingual } from './unit-labels.js';

/** The themes the indicators are grouped by, in the order readers meet them. */
export const INDICATOR_GROUPS: readonly (readonly [id: string, name: Bilingual])[] = [
  ['rd', { nl: 'Onderzoek en ontwikkeling', en: 'Research and development' }],
  ['patents', { nl: 'Octrooien', en: 'Patents' }],
  ['science', { nl: 'Wetenschap en technologie', en: 'Science and technology' }],
  ['education', { nl: 'Onderwijs', en: 'Education' }],
  ['labour', { nl: 'Arbeid', en: 'Labour' }],
  ['economy', { nl: 'Economie', en: 'Economy' }],
  ['population', { nl: 'Bevolking', en: 'Population' }],
  ['wellbeing', { nl: 'Welzijn', en: 'Well-being' }],
  ['digital', { nl: 'Digitale economie', en: 'Digital economy' }],
];

/** One indicator as readers know it, whichever files carry it (`ids`, best source first). */
interface Concept {
  readonly key: string;
  readonly group: string;
  readonly name: Bilingual;
  readonly ids: readonly string[];
}

const c = (key: string, group: string, nl: string, en: string, ids: string[]): Concept => ({
  key,
  group,
  name: { nl, en },
  ids,
});

/**
 * The indicators of the data Regiokracht reads that are one and the same indicator in several
 * files, units or versions (GERD as % of GDP comes in four: the long file, rd_e_gerdreg,
 * tgs00042 with and without its dimensions), and the single ones, named in words.
 */
const CONCEPTS: readonly Concept[] = [
  c('gerd_pc_gdp', 'rd', 'R&D-uitgaven, alle sectoren', 'R&D expenditure (GERD), all sectors', [
    'rd_e_gerdreg_pc_gdp_total',
    'rd_e_gerdreg_TOTAL_PC_GDP',
    'tgs00042_TOTAL_PC_GDP',
    'tgs00042',
  ]),
  c(
    'gerd_bes_pc_gdp',
    'rd',
    'R&D-uitgaven van bedrijven',
    'R&D expenditure, business enterprise sector',
    ['rd_e_gerdreg_pc_gdp_bes', 'rd_e_gerdreg_BES_PC_GDP'],
  ),
  c('gerd_gov_pc_gdp', 'rd', 'R&D-uitgaven van de overheid', 'R&D expenditure, government sector', [
    'rd_e_gerdreg_pc_gdp_gov',
  ]),
  c(
    'gerd_hes_pc_gdp',
    'rd',
    'R&D-uitgaven van het hoger onderwijs',
    'R&D expenditure, higher education sector',
    ['rd_e_gerdreg_pc_gdp_hes'],
  ),
  c(
    'gerd_pnp_pc_gdp',
    'rd',
    'R&D-uitgaven van private non-profitinstellingen',
    'R&D expenditure, private non-profit sector',
    ['rd_e_gerdreg_pc_gdp_pnp'],
  ),
  c('gerd_eur_hab', 'rd', 'R&D-uitgaven, alle sectoren', 'R&D expenditure (GERD), all sectors', [
    'rd_e_gerdreg_eur_hab_total',
  ]),
  c('gerd_mio_eur', 'rd', 'R&D-uitgaven, alle sectoren', 'R&D expenditure (GERD), all sectors', [
    'rd_e_gerdreg_mio_eur_total',
  ]),
  c('rd_personnel', 'rd', 'R&D-personeel, alle sectoren', 'R&D personnel, all sectors', [
    'rd_p_persreg_total_t_pc_act_fte_total',
  ]),
  c('researchers_act', 'rd', 'Onderzoekers, alle sectoren', 'Researchers, all sectors', [
    'rd_p_persreg_total_t_pc_act_fte_rse',
  ]),
  c('researchers_emp', 'rd', 'Onderzoekers, alle sectoren', 'Researchers, all sectors', [
    'tgs00043',
  ]),
  c(
    'epo_p_mhab',
    'patents',
    'Octrooiaanvragen bij het Europees Octrooibureau',
    'Patent applications to the European Patent Office',
    ['pat_ep_rtot_p_mhab', 'tgs00040', 'patents'],
  ),
  c(
    'epo_nr',
    'patents',
    'Octrooiaanvragen bij het Europees Octrooibureau',
    'Patent applications to the European Patent Office',
    ['pat_ep_rtot_nr'],
  ),
  c(
    'epo_ht_p_mhab',
    'patents',
    'Hightech-octrooiaanvragen bij het Europees Octrooibureau',
    'High-tech patent applications to the European Patent Office',
    ['pat_ep_rtec_p_mhab_ht', 'tgs00041'],
  ),
  c(
    'epo_ht_nr',
    'patents',
    'Hightech-octrooiaanvragen bij het Europees Octrooibureau',
    'High-tech patent applications to the European Patent Office',
    ['pat_ep_rtec_nr_ht'],
  ),
  c(
    'hrst',
    'science',
    'Menselijk kapitaal in wetenschap en technologie',
    'Human resources in science and technology',
    ['hrst_st_rcat_pc_act_hrst', 'tgs00038'],
  ),
  c(
    'hrst_education',
    'science',
    'Hoger opgeleid menselijk kapitaal in wetenschap en technologie',
    'Human resources in science and technology by education (tertiary)',
    ['hrst_st_rcat_pc_act_hrste'],
  ),
  c('scientists_engineers', 'science', 'Wetenschappers en ingenieurs', 'Scientists and engineers', [
    'hrst_st_rcat_pc_act_se',
  ]),
  c(
    'hightech_employment',
    'science',
    'Werkgelegenheid in hightechsectoren',
    'Employment in high-technology sectors',
    ['tgs00039'],
  ),
  c('unemployment', 'labour', 'Werkloosheid, totaal', 'Unemployment rate, total', [
    'unemployment_rate_t',
  ]),
  c('unemployment_m', 'labour', 'Werkloosheid, mannen', 'Unemployment rate, men', [
    'unemployment_rate_m',
  ]),
  c('unemployment_f', 'labour', 'Werkloosheid, vrouwen', 'Unemployment rate, women', [
    'unemployment_rate_f',
  ]),
  c(
    'gender_employment_gap',
    'labour',
    'Verschil in arbeidsparticipatie tussen mannen en vrouwen',
    'Gender employment gap',
    ['gender_employ_gap'],
  ),
  c('gdp_eur_hab', 'economy', 'Bruto binnenlands product', 'Gross domestic product', [
    'nama_10r_3gdp_EUR_HAB',
    'nama_10r_2gdp_EUR_HAB',
  ]),
  c(
    'gdp_eur_hab_eu',
    'economy',
    'Bruto binnenlands product per inwoner',
    'Gross domestic product per inhabitant',
    ['nama_10r_3gdp_EUR_HAB_EU27_2020', 'nama_10r_2gdp_EUR_HAB_EU'],
  ),
  c('gdp_pps_hab', 'economy', 'Bruto binnenlands product', 'Gross domestic product', [
    'nama_10r_3gdp_PPS_EU27_2020_HAB',
    'nama_10r_2gdp_PPS_EU27_2020_HAB',
    'nama_10r_2gdp_PPS_HAB',
  ]),
  c(
    'gdp_pps_hab_eu',
    'economy',
    'Bruto binnenlands product per inwoner in koopkrachtstandaard',
    'Gross domestic product per inhabitant in purchasing power standard',
    ['nama_10r_3gdp_PPS_HAB_EU27_2020', 'nama_10r_2gdp_PPS_HAB_EU'],
  ),
  c('gdp_mio_eur', 'economy', 'Bruto binnenlands product', 'Gross domestic product', [
    'nama_10r_3gdp_MIO_EUR',
    'nama_10r_2gdp_MIO_EUR',
    'region_gdp',
  ]),
  c('gdp_mio_pps', 'economy', 'Bruto binnenlands product', 'Gross domestic product', [
    'nama_10r_3gdp_MIO_PPS_EU27_2020',
    'nama_10r_2gdp_MIO_PPS',
  ]),
  c('gdp_mio_nac', 'economy', 'Bruto binnenlands product', 'Gross domestic product', [
    'nama_10r_3gdp_MIO_NAC',
  ]),
  c(
    'household_income',
    'economy',
    'Besteedbaar inkomen van huishoudens',
    'Disposable income of private households',
    ['disp_income_household'],
  ),
  c('population', 'population', 'Bevolking op 1 januari', 'Population on 1 January', [
    'demo_r_pjangrp3_T_NR_TOTAL',
    'tgs00096_NR_TOTAL_T',
    'region_population',
    'tgs00001',
  ]),
  c('population_density', 'population', 'Bevolkingsdichtheid', 'Population density', [
    'tgs00024_PER_KM2',
  ]),
  c(
    'life_expectancy',
    'wellbeing',
    'Levensverwachting bij geboorte, totaal',
    'Life expectancy at birth, total',
    ['life_expectancy_t'],
  ),
  c(
    'life_expectancy_m',
    'wellbeing',
    'Levensverwachting bij geboorte, mannen',
    'Life expectancy at birth, men',
    ['life_expectancy_m'],
  ),
  c(
    'life_expectancy_f',
    'wellbeing',
    'Levensverwachting bij geboorte, vrouwen',
    'Life expectancy at birth, women',
    ['life_expectancy_f'],
  ),
  c('broadband', 'digital', 'Huishoudens met breedband', 'Households with broadband access', [
    'broadband_access_household',
  ]),
];

/** Titles of the files that are not one Eurostat dataset. */
const FILE_TITLES: Readonly<Record<string, Bilingual>> = {
  'eurostat:regional-innovation-long': {
    nl: 'Eurostat: regionale R&D, octrooien, HRST en R&D-personeel (lang bestand, via nestauk/eurito_indicators)',
    en: 'Eurostat regional R&D, patents, HRST and R&D personnel (long format, via nestauk/eurito_indicators)',
  },
  'eurostat:nuts2-2016-indicators': {
    nl: 'Eurostat: NUTS 2-indicatoren 2007-2018 (NUTS 2016, via andrea-ballatore/open-geo-data-education)',
    en: 'Eurostat NUTS 2 indicators 2007-2018 (NUTS 2016, via andrea-ballatore/open-geo-data-education)',
  },
};

/** What the catalogue says of one indicator id. */
export interface IndicatorDescription {
  /** The key shared by every id that is the same indicator. */
  readonly concept: string;
  readonly group: string;
  readonly groupName: Bilingual;
  /** Sort key: groups in their order, within a group the catalogue's order. */
  readonly order: number;
  readonly name: Bilingual;
}

const BY_ID = new Map<string, { concept: Concept; rank: number }>();
CONCEPTS.forEach((concept, rank) => {
  for (const id of concept.ids) BY_ID.set(id, { concept, rank });
});

/**
 * The indicator an id stands for, named in words, with its theme; undefined for an id the
 * catalogue does not know (an indicator of a user's own template keeps the names it came with).
 *
 * @example describeIndicator('tgs00042').concept === describeIndicator('rd_e_gerdreg_pc_gdp_total').concept
 */
export function describeIndicator(id: string): IndicatorDescription | undefined {
  const known = BY_ID.get(id);
  const family = known ? undefined : familyIndicator(id);
  const group = known?.concept.group ?? family?.group;
  const groupIndex = INDICATOR_GROUPS.findIndex(([g]) => g === group);
  if (groupIndex === -1) return undefined;
  const rank = known ? known.rank : 1000 + family!.rank;
  return {
    concept: known?.concept.key ?? family!.concept,
    group: group!,
    groupName: INDICATOR_GROUPS[groupIndex]![1],
    order: groupIndex * 10_000 + rank,
    name: known?.concept.name ?? family!.name,
  };
}

/** The position of an id among the files of its indicator (0 is the preferred source). */
export function indicatorSourceRank(id: string): number {
  const known = BY_ID.get(id);
  return known ? known.concept.ids.indexOf(id) : 0;
}

/**
 * The title of the dataset or file an indicator was read from, in Dutch and English; the
 * dataset id itself when neither table knows it.
 *
 * @example datasetTitle('eurostat:tgs00042').en -> 'Gross domestic expenditure on R&D (GERD) ... (tgs00042)'
 */
export function datasetTitle(dataset: string | null): Bilingual | undefined {
  if (!dataset) return undefined;
  const file = FILE_TITLES[dataset];
  if (file) return file;
  const code = dataset.replace(/^eurostat:/, '');
  const title = EUROSTAT_DATASET_TITLES[code];
  return title
    ? { nl: `Eurostat: ${title.nl} (${code})`, en: `Eurostat: ${title.en} (${code})` }
    : { nl: dataset, en: dataset };
}
