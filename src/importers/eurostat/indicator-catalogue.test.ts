import { describe, expect, it } from 'vitest';
import { datasetTitle, describeIndicator, indicatorSourceRank } from './indicator-catalogue.js';
import { unitLabels } from './unit-labels.js';

// A raw code in a reader's label: an upper-case word with an underscore or digits (THS, Y_GE15,
// ED0-2, PC_GDP, tgs00042), or a bracket of codes.
const RAW_CODE = /\b[A-Z]{2,}_[A-Z0-9_]+\b|\b(THS|NR|PC|Y_GE\d+|ED\d)\b|\btgs\d+|\(\w+, \w+/;

const concept = (id: string) => describeIndicator(id)?.concept;

describe('the indicator catalogue', () => {
  it('gives GERD as % of GDP one concept whichever of its four files it comes from', () => {
    const ids = [
      'rd_e_gerdreg_pc_gdp_total',
      'rd_e_gerdreg_TOTAL_PC_GDP',
      'tgs00042',
      'tgs00042_TOTAL_PC_GDP',
    ];
    expect(new Set(ids.map(concept))).toEqual(new Set(['gerd_pc_gdp']));
    expect(ids.map(indicatorSourceRank)).toEqual([0, 1, 3, 2]);
  });

  it('gives EPO patents per million inhabitants one concept across its three files', () => {
    expect(new Set(['pat_ep_rtot_p_mhab', 'patents', 'tgs00040'].map(concept)).size).toBe(1);
  });

  it('keeps apart what differs: patents per million and in number, business and total R&D', () => {
    expect(concept('pat_ep_rtot_p_mhab')).not.toBe(concept('pat_ep_rtot_nr'));
    expect(concept('rd_e_gerdreg_pc_gdp_bes')).not.toBe(concept('rd_e_gerdreg_pc_gdp_total'));
    expect(concept('rd_e_gerdreg_BES_PC_GDP')).toBe(concept('rd_e_gerdreg_pc_gdp_bes'));
  });

  it('names the breakdowns of dimensioned files in words, without their codes', () => {
    expect(describeIndicator('lfst_r_lfp2acedu_THS_F_Y_GE15_ED0-2')?.name).toEqual({
      nl: 'Bevolking 15 jaar en ouder naar opleiding: hoogstens lager secundair onderwijs (ISCED 0-2), vrouwen',
      en: 'Population aged 15 and over by education: at most lower secondary education (ISCED 0-2), women',
    });
    expect(describeIndicator('demo_r_pjangrp3_M_NR_Y_LT5')?.name.en).toBe(
      'Population, under 5, men',
    );
    expect(describeIndicator('edat_lfse_22_T_Y15-29_NO_FE_NO_NFE_NEMP_PC')?.name.nl).toBe(
      'Jongeren zonder werk of opleiding (NEET), 15-29 jaar, totaal',
    );
    for (const id of [
      'lfst_r_lfp2acedu_THS_T_Y25-64_NRP',
      'demo_r_pjangrp3_F_NR_UNK',
      'trng_lfse_04_PC_F_Y25-64',
      'isoc_bde15ar2_PC_G-U_ICT',
      'nama_10r_3gdp_PPS_HAB_EU27_2020',
    ]) {
      const name = describeIndicator(id)!.name;
      expect(name.nl, id).not.toMatch(RAW_CODE);
      expect(name.en, id).not.toMatch(RAW_CODE);
    }
  });

  it('puts the total population first in its group and groups by theme in a fixed order', () => {
    const population = describeIndicator('demo_r_pjangrp3_T_NR_TOTAL')!;
    const women = describeIndicator('demo_r_pjangrp3_F_NR_Y10-14')!;
    expect(population.concept).toBe(concept('tgs00096_NR_TOTAL_T'));
    expect(population.order).toBeLessThan(women.order);
    expect(describeIndicator('tgs00042')!.order).toBeLessThan(population.order);
    expect(describeIndicator('tgs00042')!.groupName.en).toBe('Research and development');
  });

  it('knows no id it was not told of, and no unknown family code', () => {
    expect(describeIndicator('my_own_indicator')).toBeUndefined();
    expect(describeIndicator('demo_r_pjangrp3_F_NR_Y_XX')).toBeUndefined();
    expect(describeIndicator('isoc_bde15ar2_PC_Z99')).toBeUndefined();
  });

  it('names units once, in both languages, and leaves unknown units to the caller', () => {
    expect(unitLabels('P_MHAB')).toEqual({
      nl: 'per miljoen inwoners',
      en: 'per million inhabitants',
    });
    expect(unitLabels('XYZ')).toBeUndefined();
  });

  it('titles the files an indicator comes from in both languages', () => {
    expect(datasetTitle('eurostat:tgs00042')?.nl).toBe(
      'Eurostat: Bruto binnenlandse uitgaven aan R&D per NUTS 2-regio, % van het bbp (tgs00042)',
    );
    expect(datasetTitle('eurostat:regional-innovation-long')?.en).toMatch(/long format/);
    expect(datasetTitle('own-file')).toEqual({ nl: 'own-file', en: 'own-file' });
    expect(datasetTitle(null)).toBeUndefined();
  });
});
