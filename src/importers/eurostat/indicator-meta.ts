/** What the `indicators` table holds about one indicator. */
export interface IndicatorMeta {
  readonly id: string;
  readonly nameEn: string;
  readonly nameNl: string;
  readonly unit: string;
  /** 'count': totals, harmonised by summing; 'rate': ratios and shares, harmonised with population weights. */
  readonly aggregation: 'count' | 'rate';
}

/**
 * Whether values in a Eurostat unit add up over regions ('count': NR, THS, MIO_EUR, THS_PER...)
 * or are ratios ('rate': PC_*, *_HAB, PER_KM2, P_MHAB, indices...). Unknown units are treated as
 * rates, the cautious choice: a population-weighted mean never inflates a value.
 *
 * @example unitAggregation('MIO_EUR') === 'count'; unitAggregation('EUR_HAB') === 'rate'
 */
export function unitAggregation(unit: string): 'count' | 'rate' {
  const u = unit.toUpperCase();
  if (/HAB|KM2|^PC|^P_|^RT|^I\d|^PCH|_PC|PER_|_RT|^AVG|^YR/.test(u)) return 'rate';
  if (/^(NR|THS|MIO|MLN|BN|EUR$|NAC$|PPS$|PER$)/.test(u)) return 'count';
  return 'rate';
}

/** Titles of the Eurostat datasets Regiokracht uses, in English and Dutch. */
export const EUROSTAT_DATASET_TITLES: Readonly<Record<string, { en: string; nl: string }>> = {
  rd_e_gerdreg: {
    en: 'GERD by sector of performance and NUTS 2 region',
    nl: 'Uitgaven aan R&D naar sector en NUTS 2-regio',
  },
  rd_p_persreg: {
    en: 'R&D personnel and researchers by NUTS 2 region',
    nl: 'R&D-personeel en onderzoekers per NUTS 2-regio',
  },
  pat_ep_rtot: {
    en: 'EPO patent applications by NUTS 3 region',
    nl: 'Octrooiaanvragen bij het EOB per NUTS 3-regio',
  },
  pat_ep_rtec: {
    en: 'High-tech patent applications to the EPO by NUTS 3 region',
    nl: 'Hightech-octrooiaanvragen bij het EOB per NUTS 3-regio',
  },
  hrst_st_rcat: {
    en: 'Human resources in science and technology by NUTS 2 region',
    nl: 'Menselijk kapitaal in wetenschap en technologie per NUTS 2-regio',
  },
  nama_10r_2gdp: {
    en: 'Gross domestic product (GDP) by NUTS 2 region',
    nl: 'Bruto binnenlands product (bbp) per NUTS 2-regio',
  },
  nama_10r_3gdp: {
    en: 'Gross domestic product (GDP) by NUTS 3 region',
    nl: 'Bruto binnenlands product (bbp) per NUTS 3-regio',
  },
  demo_r_pjangrp3: {
    en: 'Population on 1 January by age group, sex and NUTS 3 region',
    nl: 'Bevolking op 1 januari naar leeftijdsgroep, geslacht en NUTS 3-regio',
  },
  tgs00096: {
    en: 'Population on 1 January by NUTS 2 region',
    nl: 'Bevolking op 1 januari per NUTS 2-regio',
  },
  tgs00024: {
    en: 'Population density by NUTS 2 region',
    nl: 'Bevolkingsdichtheid per NUTS 2-regio',
  },
  tgs00042: {
    en: 'Gross domestic expenditure on R&D (GERD) by NUTS 2 region, % of GDP',
    nl: 'Bruto binnenlandse uitgaven aan R&D per NUTS 2-regio, % van het bbp',
  },
  tgs00001: {
    en: 'Population at 1 January by NUTS 2 region (thousands)',
    nl: 'Bevolking op 1 januari per NUTS 2-regio (duizendtallen)',
  },
  tgs00038: {
    en: 'Human resources in science and technology (% of active population)',
    nl: 'Menselijk kapitaal in wetenschap en technologie (% van de beroepsbevolking)',
  },
  tgs00039: {
    en: 'Employment in high-technology sectors (% of total employment)',
    nl: 'Werkgelegenheid in hightechsectoren (% van de totale werkgelegenheid)',
  },
  tgs00040: {
    en: 'Patent applications to the EPO per million inhabitants',
    nl: 'Octrooiaanvragen bij het EOB per miljoen inwoners',
  },
  tgs00041: {
    en: 'High-tech patent applications to the EPO per million inhabitants',
    nl: 'Hightech-octrooiaanvragen bij het EOB per miljoen inwoners',
  },
  tgs00043: {
    en: 'Researchers, all sectors (% of total employment)',
    nl: 'Onderzoekers, alle sectoren (% van de totale werkgelegenheid)',
  },
  edat_lfse_22: {
    en: 'Young people neither in employment nor in education and training (NEET) by NUTS 2 region',
    nl: 'Jongeren zonder werk of opleiding (NEET) per NUTS 2-regio',
  },
  lfst_r_lfp2acedu: {
    en: 'Population by educational attainment level and NUTS 2 region',
    nl: 'Bevolking naar opleidingsniveau en NUTS 2-regio',
  },
  trng_lfse_04: {
    en: 'Participation of adults in education and training (lifelong learning) by NUTS 2 region',
    nl: 'Deelname van volwassenen aan onderwijs (een leven lang leren) per NUTS 2-regio',
  },
  isoc_bde15ar2: {
    en: 'E-business: enterprises by NACE activity',
    nl: 'E-business: ondernemingen naar NACE-activiteit',
  },
};

/**
 * Units of datasets whose files carry no unit dimension (the 2011 tgs tables), so that the
 * indicator still gets a unit and the right aggregation.
 */
const DATASET_UNITS: Readonly<Record<string, string>> = {
  tgs00001: 'THS',
  tgs00038: 'PC_ACT',
  tgs00039: 'PC_EMP',
  tgs00040: 'P_MHAB',
  tgs00041: 'P_MHAB',
  tgs00042: 'PC_GDP',
  tgs00043: 'PC_EMP',
};

/**
 * The indicator of a Eurostat dataset for one combination of its dimensions. The id is the
 * dataset code in lower case followed by the codes of every dimension other than geo, time and
 * freq, in the order of the file, joined by `_`:
 * `tgs00042` + sectperf TOTAL + unit PC_GDP -> `tgs00042_TOTAL_PC_GDP`.
 */
export function eurostatIndicator(
  dataset: string,
  dims: readonly (readonly [name: string, code: string])[],
  labels?: { readonly title?: string; readonly dims?: readonly string[] },
): IndicatorMeta {
  const code = dataset.toLowerCase();
  const kept = dims.filter(
    ([name]) => !['geo', 'time', 'time_period', 'freq'].includes(name.toLowerCase()),
  );
  const id = [code, ...kept.map(([, value]) => value)].join('_');
  const unit =
    kept.find(([name]) => name.toLowerCase() === 'unit')?.[1] ?? DATASET_UNITS[code] ?? '';
  const title = EUROSTAT_DATASET_TITLES[code];
  const dimText = (labels?.dims ?? kept.map(([, value]) => value)).join(', ');
  const suffix = dimText ? ` (${dimText})` : '';
  return {
    id,
    nameEn: `${labels?.title ?? title?.en ?? code}${suffix}`,
    nameNl: `${title?.nl ?? labels?.title ?? code}${suffix}`,
    unit,
    aggregation: unitAggregation(unit),
  };
}

/** The indicators of the long file (Nesta's dataset_unit_breakdown ids, kept as they are). */
export const LONG_FILE_INDICATORS: Readonly<Record<string, Omit<IndicatorMeta, 'id'>>> = {
  rd_e_gerdreg_pc_gdp_total: {
    nameEn: 'GERD, all sectors, % of GDP',
    nameNl: 'R&D-uitgaven, alle sectoren, % van het bbp',
    unit: 'PC_GDP',
    aggregation: 'rate',
  },
  rd_e_gerdreg_pc_gdp_bes: {
    nameEn: 'GERD, business enterprise sector, % of GDP',
    nameNl: 'R&D-uitgaven, bedrijven, % van het bbp',
    unit: 'PC_GDP',
    aggregation: 'rate',
  },
  rd_e_gerdreg_pc_gdp_gov: {
    nameEn: 'GERD, government sector, % of GDP',
    nameNl: 'R&D-uitgaven, overheid, % van het bbp',
    unit: 'PC_GDP',
    aggregation: 'rate',
  },
  rd_e_gerdreg_pc_gdp_hes: {
    nameEn: 'GERD, higher education sector, % of GDP',
    nameNl: 'R&D-uitgaven, hoger onderwijs, % van het bbp',
    unit: 'PC_GDP',
    aggregation: 'rate',
  },
  rd_e_gerdreg_pc_gdp_pnp: {
    nameEn: 'GERD, private non-profit sector, % of GDP',
    nameNl: 'R&D-uitgaven, private non-profit, % van het bbp',
    unit: 'PC_GDP',
    aggregation: 'rate',
  },
  rd_e_gerdreg_eur_hab_total: {
    nameEn: 'GERD, all sectors, euro per inhabitant',
    nameNl: 'R&D-uitgaven, alle sectoren, euro per inwoner',
    unit: 'EUR_HAB',
    aggregation: 'rate',
  },
  rd_e_gerdreg_mio_eur_total: {
    nameEn: 'GERD, all sectors, million euro',
    nameNl: 'R&D-uitgaven, alle sectoren, miljoen euro',
    unit: 'MIO_EUR',
    aggregation: 'count',
  },
  pat_ep_rtot_nr: {
    nameEn: 'EPO patent applications, number',
    nameNl: 'Octrooiaanvragen bij het EOB, aantal',
    unit: 'NR',
    aggregation: 'count',
  },
  pat_ep_rtot_p_mhab: {
    nameEn: 'EPO patent applications per million inhabitants',
    nameNl: 'Octrooiaanvragen bij het EOB per miljoen inwoners',
    unit: 'P_MHAB',
    aggregation: 'rate',
  },
  pat_ep_rtec_nr_ht: {
    nameEn: 'High-tech EPO patent applications, number',
    nameNl: 'Hightech-octrooiaanvragen bij het EOB, aantal',
    unit: 'NR',
    aggregation: 'count',
  },
  pat_ep_rtec_p_mhab_ht: {
    nameEn: 'High-tech EPO patent applications per million inhabitants',
    nameNl: 'Hightech-octrooiaanvragen bij het EOB per miljoen inwoners',
    unit: 'P_MHAB',
    aggregation: 'rate',
  },
  hrst_st_rcat_pc_act_hrst: {
    nameEn: 'Human resources in science and technology, % of active population',
    nameNl: 'Menselijk kapitaal in wetenschap en technologie, % van de beroepsbevolking',
    unit: 'PC_ACT',
    aggregation: 'rate',
  },
  hrst_st_rcat_pc_act_hrste: {
    nameEn: 'HRST by education (tertiary educated), % of active population',
    nameNl: 'HRST naar opleiding (hoger opgeleid), % van de beroepsbevolking',
    unit: 'PC_ACT',
    aggregation: 'rate',
  },
  hrst_st_rcat_pc_act_se: {
    nameEn: 'Scientists and engineers, % of active population',
    nameNl: 'Wetenschappers en ingenieurs, % van de beroepsbevolking',
    unit: 'PC_ACT',
    aggregation: 'rate',
  },
  rd_p_persreg_total_t_pc_act_fte_total: {
    nameEn: 'R&D personnel, all sectors, % of active population (FTE)',
    nameNl: 'R&D-personeel, alle sectoren, % van de beroepsbevolking (vte)',
    unit: 'PC_ACT_FTE',
    aggregation: 'rate',
  },
  rd_p_persreg_total_t_pc_act_fte_rse: {
    nameEn: 'Researchers, all sectors, % of active population (FTE)',
    nameNl: 'Onderzoekers, alle sectoren, % van de beroepsbevolking (vte)',
    unit: 'PC_ACT_FTE',
    aggregation: 'rate',
  },
};

/** The variables of the NUTS2 2016 file, under their own names as indicator ids. */
export const NUTS2_FILE_INDICATORS: Readonly<Record<string, Omit<IndicatorMeta, 'id'>>> = {
  region_population: {
    nameEn: 'Population on 1 January',
    nameNl: 'Bevolking op 1 januari',
    unit: 'NR',
    aggregation: 'count',
  },
  region_gdp: {
    nameEn: 'Gross domestic product, million euro',
    nameNl: 'Bruto binnenlands product, miljoen euro',
    unit: 'MIO_EUR',
    aggregation: 'count',
  },
  patents: {
    nameEn: 'EPO patent applications per million inhabitants (tgs00040)',
    nameNl: 'Octrooiaanvragen bij het EOB per miljoen inwoners (tgs00040)',
    unit: 'P_MHAB',
    aggregation: 'rate',
  },
  unemployment_rate_t: {
    nameEn: 'Unemployment rate, total',
    nameNl: 'Werkloosheid, totaal',
    unit: 'PC_ACT',
    aggregation: 'rate',
  },
  unemployment_rate_m: {
    nameEn: 'Unemployment rate, men',
    nameNl: 'Werkloosheid, mannen',
    unit: 'PC_ACT',
    aggregation: 'rate',
  },
  unemployment_rate_f: {
    nameEn: 'Unemployment rate, women',
    nameNl: 'Werkloosheid, vrouwen',
    unit: 'PC_ACT',
    aggregation: 'rate',
  },
  life_expectancy_t: {
    nameEn: 'Life expectancy at birth, total',
    nameNl: 'Levensverwachting bij geboorte, totaal',
    unit: 'YR',
    aggregation: 'rate',
  },
  life_expectancy_m: {
    nameEn: 'Life expectancy at birth, men',
    nameNl: 'Levensverwachting bij geboorte, mannen',
    unit: 'YR',
    aggregation: 'rate',
  },
  life_expectancy_f: {
    nameEn: 'Life expectancy at birth, women',
    nameNl: 'Levensverwachting bij geboorte, vrouwen',
    unit: 'YR',
    aggregation: 'rate',
  },
  disp_income_household: {
    nameEn: 'Disposable income of private households, euro per inhabitant',
    nameNl: 'Besteedbaar inkomen van huishoudens, euro per inwoner',
    unit: 'EUR_HAB',
    aggregation: 'rate',
  },
  gender_employ_gap: {
    nameEn: 'Gender employment gap, percentage points',
    nameNl: 'Verschil in arbeidsparticipatie tussen mannen en vrouwen, procentpunten',
    unit: 'PC_PNT',
    aggregation: 'rate',
  },
  broadband_access_household: {
    nameEn: 'Households with broadband access, %',
    nameNl: 'Huishoudens met breedband, %',
    unit: 'PC_HH',
    aggregation: 'rate',
  },
};

/** Metadata for an indicator known only by its id (a variable of a long file): derived from the id. */
export function indicatorFromId(id: string, unit = ''): IndicatorMeta {
  const guessUnit = unit || (/_nr(_|$)/.test(id) ? 'NR' : /mio_eur/.test(id) ? 'MIO_EUR' : '');
  return {
    id,
    nameEn: id,
    nameNl: id,
    unit: guessUnit,
    aggregation: unitAggregation(guessUnit || id),
  };
}
