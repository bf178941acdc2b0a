/**
 * English and Dutch names of foreign regions that differ from the GISCO name (which is the local
 * one), so that a search for Munich or Keulen finds the region. Only where the loaded data lacks
 * the name; each list names the publication it is taken from.
 */
export const REGION_EXONYM_SOURCES = {
  en: 'European Commission, Directorate-General for Translation, English Style Guide, chapter "Geographical names" (https://commission.europa.eu/system/files/2023-05/styleguide_english_dgt_en.pdf)',
  nl: 'Nederlandse Taalunie, Buitenlandse aardrijkskundige namen in het Nederlands (https://namen.taalunie.org)',
} as const;

/** One exonym: the region it names, the name, and the language whose list it comes from. */
export interface RegionExonym {
  readonly code: string;
  readonly name: string;
  readonly lang: keyof typeof REGION_EXONYM_SOURCES;
}

const LIST: readonly (readonly [code: string, en: string | null, nl: string | null])[] = [
  ['AT13', 'Vienna', 'Wenen'],
  ['AT130', 'Vienna', 'Wenen'],
  ['BE2', 'Flanders', 'Vlaanderen'],
  ['BE3', 'Wallonia', 'Wallonië'],
  ['BE33', null, 'Luik'],
  ['BE332', null, 'Luik'],
  ['BE323', null, 'Bergen'],
  ['CZ01', 'Prague', 'Praag'],
  ['CZ010', 'Prague', 'Praag'],
  ['DE2', 'Bavaria', 'Beieren'],
  ['DE212', 'Munich', null],
  ['DE9', 'Lower Saxony', 'Nedersaksen'],
  ['DEA', 'North Rhine-Westphalia', 'Noordrijn-Westfalen'],
  ['DEA2', 'Cologne', 'Keulen'],
  ['DEA23', 'Cologne', 'Keulen'],
  ['DEA2D', null, 'Aken'],
  ['DK011', 'Copenhagen', 'Kopenhagen'],
  ['EL30', 'Athens', 'Athene'],
  ['EL303', 'Athens', 'Athene'],
  ['ITI43', 'Rome', 'Rome'],
  ['PL911', 'Warsaw', 'Warschau'],
  ['PT17', 'Lisbon', 'Lissabon'],
  ['PT170', 'Lisbon', 'Lissabon'],
];

/** Every exonym in the list, one per language. */
export const REGION_EXONYMS: readonly RegionExonym[] = LIST.flatMap(([code, en, nl]) => [
  ...(en ? [{ code, name: en, lang: 'en' as const }] : []),
  ...(nl ? [{ code, name: nl, lang: 'nl' as const }] : []),
]);
