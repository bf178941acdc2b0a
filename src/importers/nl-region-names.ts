/** Dutch and English names of Dutch NUTS regions whose GISCO name is not what people use. */
const NL_NAMES: Readonly<Record<string, { name_nl: string; name_en: string }>> = {
  NL: { name_nl: 'Nederland', name_en: 'Netherlands' },
  NL1: { name_nl: 'Noord-Nederland', name_en: 'North Netherlands' },
  NL2: { name_nl: 'Oost-Nederland', name_en: 'East Netherlands' },
  NL3: { name_nl: 'West-Nederland', name_en: 'West Netherlands' },
  NL4: { name_nl: 'Zuid-Nederland', name_en: 'South Netherlands' },
  NL12: { name_nl: 'Fryslân', name_en: 'Friesland' },
  NL32: { name_nl: 'Noord-Holland', name_en: 'North Holland' },
  NL33: { name_nl: 'Zuid-Holland', name_en: 'South Holland' },
  NL41: { name_nl: 'Noord-Brabant', name_en: 'North Brabant' },
  NL42: { name_nl: 'Limburg', name_en: 'Limburg' },
};

/** Names for a Dutch NUTS region: the table above, else GISCO's (Dutch) name in both languages. */
export function nlRegionNames(code: string, gisco: string): { name_nl: string; name_en: string } {
  return NL_NAMES[code] ?? { name_nl: gisco, name_en: gisco };
}
