/** A text in Dutch and English. */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/**
 * Readers' names of the units of Regiokracht's indicators (Eurostat's unit codes and the
 * analytics' own), in Dutch and English, written to follow an indicator's name in brackets.
 */
export const UNIT_LABELS: Readonly<Record<string, Bilingual>> = {
  NR: { nl: 'aantal', en: 'number' },
  THS: { nl: 'duizendtallen', en: 'thousands' },
  PC: { nl: '%', en: '%' },
  PC_GDP: { nl: '% van het bbp', en: '% of GDP' },
  PC_ACT: { nl: '% van de beroepsbevolking', en: '% of the active population' },
  PC_ACT_FTE: {
    nl: '% van de beroepsbevolking, in voltijdequivalenten',
    en: '% of the active population, in full-time equivalents',
  },
  PC_EMP: { nl: '% van de werkgelegenheid', en: '% of employment' },
  PC_HH: { nl: '% van de huishoudens', en: '% of households' },
  PC_PNT: { nl: 'procentpunten', en: 'percentage points' },
  EUR_HAB: { nl: 'euro per inwoner', en: 'euro per inhabitant' },
  MIO_EUR: { nl: 'miljoen euro', en: 'million euro' },
  MIO_NAC: { nl: 'miljoen in nationale munt', en: 'million in national currency' },
  MIO_PPS: { nl: 'miljoen koopkrachtstandaard', en: 'million purchasing power standard' },
  PPS_HAB: {
    nl: 'koopkrachtstandaard per inwoner',
    en: 'purchasing power standard per inhabitant',
  },
  EUR_HAB_EU: { nl: '% van het EU-gemiddelde', en: '% of the EU average' },
  P_MHAB: { nl: 'per miljoen inwoners', en: 'per million inhabitants' },
  PER_KM2: { nl: 'inwoners per km²', en: 'inhabitants per km²' },
  YR: { nl: 'jaren', en: 'years' },
};

/** Codes labelled as another code: Eurostat's EU27_2020 renamings, and the EU-average indices. */
const SAME_UNIT: Readonly<Record<string, string>> = {
  MIO_PPS_EU27_2020: 'MIO_PPS',
  PPS_EU27_2020_HAB: 'PPS_HAB',
  EUR_HAB_EU27_2020: 'EUR_HAB_EU',
  PPS_HAB_EU: 'EUR_HAB_EU',
  PPS_HAB_EU27_2020: 'EUR_HAB_EU',
};

/**
 * The readers' name of a unit, or undefined when the unit is not known (the caller shows the
 * code, and the catalogue test names it).
 *
 * @example unitLabels('P_MHAB') -> { nl: 'per miljoen inwoners', en: 'per million inhabitants' }
 */
export function unitLabels(unit: string): Bilingual | undefined {
  return UNIT_LABELS[SAME_UNIT[unit] ?? unit];
}
