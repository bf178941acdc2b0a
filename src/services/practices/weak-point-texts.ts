import { scoreAreaRelation, type Named, type ScoreArea } from './score-area-text.js';

/** A weak point of a region: a key area (its own LQ) or an index indicator (its score area's). */
export interface WeakPoint extends Named {
  readonly kind: 'key-area' | 'indicator';
}

/** One sentence per kind of weak point, naming whose weak points they are. */
export interface WeakPointText {
  readonly kind: WeakPoint['kind'];
  /** The area the weak points are of: the region, or for index indicators its province. */
  readonly of: string;
  readonly text_nl: string;
  readonly text_en: string;
}

/**
 * The region's weak points in words, a sentence per kind. Key-area LQs are the region's own;
 * index scores are those of `scoreArea`, which for a NUTS 3 region is its province, and the
 * sentence then says so: "Overijssel, the province Twente lies in, is weakest in these index
 * indicators: ...", never "Twente is weakest in ...".
 *
 * @example weakPointTexts(twente, overijssel, [{ kind: 'indicator', name_nl: 'Octrooien',
 *   name_en: 'Patents' }])[0].text_en
 *   // 'Overijssel, the province Twente lies in, is weakest in these index indicators: Patents.'
 */
export function weakPointTexts(
  region: Named & { readonly code: string },
  scoreArea: ScoreArea,
  weakest: readonly WeakPoint[],
): WeakPointText[] {
  const texts: WeakPointText[] = [];
  const keyAreas = weakest.filter((w) => w.kind === 'key-area');
  if (keyAreas.length)
    texts.push({
      kind: 'key-area',
      of: region.code,
      text_nl: `${region.name_nl} is het zwakst in deze sleutelgebieden: ${list(keyAreas, 'nl')}.`,
      text_en: `${region.name_en} is weakest in these key areas: ${list(keyAreas, 'en')}.`,
    });
  const indicators = weakest.filter((w) => w.kind === 'indicator');
  if (indicators.length) {
    const who = (lang: 'nl' | 'en') => {
      const name = lang === 'nl' ? scoreArea.name_nl : scoreArea.name_en;
      const relation = scoreAreaRelation(region, scoreArea, lang);
      return relation ? `${name}, ${relation},` : name;
    };
    texts.push({
      kind: 'indicator',
      of: scoreArea.code,
      text_nl: `${who('nl')} is het zwakst in deze indicatoren van de index: ${list(indicators, 'nl')}.`,
      text_en: `${who('en')} is weakest in these index indicators: ${list(indicators, 'en')}.`,
    });
  }
  return texts;
}

function list(points: readonly WeakPoint[], lang: 'nl' | 'en'): string {
  return points.map((p) => (lang === 'nl' ? p.name_nl : p.name_en)).join('; ');
}
