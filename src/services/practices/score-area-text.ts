/** A name in Dutch and English. */
export interface Named {
  readonly name_nl: string;
  readonly name_en: string;
}

/** The area whose index scores stand for a region: the region itself, or its province. */
export interface ScoreArea extends Named {
  readonly code: string;
}

/**
 * Which area a region's index scores belong to, in words: null when they are the region's own,
 * else "the province Twente lies in" ("de provincie waarin Twente ligt"); outside the Netherlands
 * "the NUTS 2 region ... lies in". The wording of the region profile's index titles.
 *
 * @example scoreAreaRelation({ code: 'NL213', name_nl: 'Twente', name_en: 'Twente' },
 *   { code: 'NL21', name_nl: 'Overijssel', name_en: 'Overijssel' }, 'en')
 *   // 'the province Twente lies in'
 */
export function scoreAreaRelation(
  region: Named & { readonly code: string },
  area: ScoreArea,
  lang: 'nl' | 'en',
): string | null {
  if (area.code === region.code) return null;
  const dutch = area.code.startsWith('NL');
  if (lang === 'nl')
    return `de ${dutch ? 'provincie' : 'NUTS 2-regio'} waarin ${region.name_nl} ligt`;
  return `the ${dutch ? 'province' : 'NUTS 2 region'} ${region.name_en} lies in`;
}

/**
 * The name of the area whose score is meant: the region's own, or "Overijssel (the province
 * Twente lies in)" where the score is its province's.
 */
export function scoreAreaText(
  region: Named & { readonly code: string },
  area: ScoreArea,
  lang: 'nl' | 'en',
): string {
  const name = lang === 'nl' ? area.name_nl : area.name_en;
  const relation = scoreAreaRelation(region, area, lang);
  return relation ? `${name} (${relation})` : name;
}
