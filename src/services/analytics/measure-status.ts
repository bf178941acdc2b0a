import type {
  NO_PLACED_ORGANISATIONS,
  UnmeasurableReason,
} from '../../core/placement/region-measurability.js';
import { COUNTRIES } from '../../domain/countries.js';
import { countText } from './count-text.js';
import type { RegionPlacement } from './region-placement.js';

/** The languages figures are explained in. */
export type TextLang = 'nl' | 'en';

export function isTextLang(value: unknown): value is TextLang {
  return value === 'nl' || value === 'en';
}

/** Whether a figure is measured; when it is not, why, as a stable code and in words. */
export interface MeasureStatus {
  readonly available: boolean;
  /**
   * Why not: the data cannot measure the region, or (for figures built on the region's key-area
   * activity: similar regions, partners, cluster stars) no organisation is placed in it.
   */
  readonly reason_code: UnmeasurableReason | typeof NO_PLACED_ORGANISATIONS | null;
  readonly reason: string | null;
}

/** How much of the country's participations the data places at the region's level, stated. */
export interface CoverageStatement {
  readonly country: string;
  readonly level: number;
  /** The deepest NUTS level the data places any of the country's organisations at. */
  readonly deepest_level: number | null;
  readonly placed_participations: number;
  readonly unplaced_participations: number;
  /** Of the unplaced participations, those of companies. */
  readonly unplaced_business_participations: number;
  readonly placed_share: number | null;
  readonly placed_contribution_share: number | null;
  /**
   * The organisations the loaded data places in the region or a region inside it. 0: none is, so
   * the region's counts are no finding about it (its organisations may be among the unplaced).
   */
  readonly region_organisations: number;
  readonly note: string;
}

/** English names that take "the" in a sentence ("organisations in the Netherlands"). */
const WITH_ARTICLE = new Set(['NL', 'UK', 'US', 'PH', 'AE', 'DO', 'BS', 'GM', 'MV', 'CF']);

/** A country's name as it reads in a sentence in `lang`; the code itself when unknown. */
export function countryName(code: string, lang: TextLang): string {
  const c = COUNTRIES.get(code);
  if (!c) return code;
  if (lang === 'nl') return c.nameNl;
  return WITH_ARTICLE.has(code) ? `the ${c.nameEn}` : c.nameEn;
}

function reasonText(
  reason: UnmeasurableReason,
  placement: RegionPlacement,
  lang: TextLang,
): string {
  const country = countryName(placement.coverage.country, lang);
  const { level, deepestLevel } = placement.coverage;
  switch (reason) {
    case 'no_participations':
      return lang === 'nl'
        ? 'er zijn geen CORDIS-deelnames geladen; laad de open data (regiokracht init) om deze regio te meten'
        : 'no CORDIS participations are loaded; load the open data (regiokracht init) to measure this region';
    case 'country_level_only':
      return lang === 'nl'
        ? `organisaties in ${country} zijn in de geladen gegevens alleen op landniveau geplaatst; laad het organisatiebestand van CORDIS met NUTS-codes om regio's in ${country} te meten`
        : `organisations in ${country} are placed at country level only in the loaded data; load CORDIS's organisation file with NUTS codes to measure regions in ${country}`;
    case 'coarser_than_region':
      return lang === 'nl'
        ? `organisaties in ${country} zijn in de geladen gegevens hoogstens op NUTS ${deepestLevel ?? 0} geplaatst; voor regio's op NUTS ${level} zijn organisaties op dat niveau nodig`
        : `organisations in ${country} are placed at NUTS ${deepestLevel ?? 0} at most in the loaded data; regions at NUTS ${level} need organisations placed at that level`;
  }
}

function coverageNote(placement: RegionPlacement, lang: TextLang): string {
  const c = placement.coverage;
  const country = countryName(c.country, lang);
  const count = (n: number) => countText(n, lang);
  const pct = (share: number | null) =>
    share === null ? (lang === 'nl' ? 'onbekend' : 'unknown') : `${Math.round(share * 100)}%`;
  if (c.participations === 0)
    return lang === 'nl'
      ? `De geladen gegevens bevatten geen deelnames van organisaties in ${country}.`
      : `The loaded data holds no participations of organisations in ${country}.`;
  if (c.level === 0)
    return lang === 'nl'
      ? `Alle ${count(c.participations)} deelnames van organisaties in ${country} tellen op landniveau.`
      : `All ${count(c.participations)} participations of organisations in ${country} count at country level.`;
  const business = c.unplaced > 0 ? Math.round((c.unplacedBusiness / c.unplaced) * 100) : 0;
  if (c.placed === 0)
    return lang === 'nl'
      ? `Geen van de ${count(c.participations)} deelnames van organisaties in ${country} (${business}% van bedrijven) is in de geladen gegevens geplaatst op NUTS ${c.level} of fijner.`
      : `None of the ${count(c.participations)} participations of organisations in ${country} (${business}% by companies) are placed at NUTS ${c.level} or finer in the loaded data.`;
  if (lang === 'nl')
    return (
      `${pct(c.placedShare)} van de deelnames van organisaties in ${country} (${pct(c.placedContributionShare)} van de EU-bijdrage) is geplaatst op NUTS ${c.level} of fijner.` +
      (c.unplaced > 0
        ? ` ${count(c.unplaced)} deelnames (${business}% van bedrijven) blijven op landniveau omdat hun organisatie niet in een regio te plaatsen is; regionale aantallen zijn daardoor te laag.`
        : '')
    );
  return (
    `${pct(c.placedShare)} of the participations of organisations in ${country} (${pct(c.placedContributionShare)} of the EC contribution) are placed at NUTS ${c.level} or finer.` +
    (c.unplaced > 0
      ? ` ${count(c.unplaced)} participations (${business}% by companies) stay at country level because their organisation cannot be placed in a region; regional counts are understated by them.`
      : '')
  );
}

/** The measure status of a region's figures, in words in `lang`. */
export function measureStatus(placement: RegionPlacement, lang: TextLang): MeasureStatus {
  const m = placement.measurability;
  return m.available
    ? { available: true, reason_code: null, reason: null }
    : {
        available: false,
        reason_code: m.reason_code,
        reason: reasonText(m.reason_code, placement, lang),
      };
}

/**
 * The coverage of the region's country at the region's level, with a note in `lang`, and how many
 * organisations the data places in the region itself.
 */
export function coverageStatement(
  placement: RegionPlacement,
  lang: TextLang,
  regionOrganisations: number,
): CoverageStatement {
  const c = placement.coverage;
  return {
    country: c.country,
    level: c.level,
    deepest_level: c.deepestLevel,
    placed_participations: c.placed,
    unplaced_participations: c.unplaced,
    unplaced_business_participations: c.unplacedBusiness,
    placed_share: c.placedShare,
    placed_contribution_share: c.placedContributionShare,
    region_organisations: regionOrganisations,
    note: coverageNote(placement, lang),
  };
}
