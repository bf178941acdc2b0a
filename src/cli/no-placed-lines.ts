import { countText } from '../services/analytics/count-text.js';
import {
  countryName,
  type CoverageStatement,
  type MeasureStatus,
  type TextLang,
} from '../services/analytics/measure-status.js';

/** What a command measures, in the sentence that says it cannot. */
const WHAT = {
  en: {
    helix: 'its helix composition and synergy T',
    network: 'its collaboration network',
    keyareas: 'its activity per key area',
    links: 'its links with other regions',
  },
  nl: {
    helix: 'zijn de helixsamenstelling en de synergie T',
    network: 'is het samenwerkingsnetwerk',
    keyareas: 'is de activiteit per sleutelgebied',
    links: 'zijn de verbindingen met andere regio’s',
  },
} as const;

/**
 * The lines that replace a measured region's counts when the data place no organisation in it:
 * a heading, that no organisation in CORDIS is placed there (so its zeros say nothing), and how
 * many of the country's participations could not be placed in a region. Null when some are.
 *
 * @example
 * noPlacedLines('Zuidoost-Friesland (NL126)', 'Triple helix of Zuidoost-Friesland (NL126)', helix, 'helix', 'en');
 * // ['Triple helix of Zuidoost-Friesland (NL126): not measured', 'No organisation in CORDIS ...', 'Of the 9,095 ...']
 */
export function noPlacedLines(
  region: string,
  heading: string,
  figures: MeasureStatus & { readonly coverage: CoverageStatement },
  what: keyof (typeof WHAT)['en'],
  lang: TextLang,
): string[] | null {
  const c = figures.coverage;
  if (!figures.available || c.region_organisations > 0) return null;
  const total = c.placed_participations + c.unplaced_participations;
  const country = countryName(c.country, lang);
  const share = total > 0 ? `${Math.round((c.unplaced_participations / total) * 100)}%` : '';
  const count = (n: number) => countText(n, lang);
  if (lang === 'nl')
    return [
      `${heading}: niet gemeten`,
      `Geen organisatie uit CORDIS is in ${region} geplaatst, dus ${WHAT.nl[what]} daar niet te meten; nullen zouden niets over de regio zeggen.`,
      c.unplaced_participations > 0
        ? `Niet in een regio te plaatsen: ${count(c.unplaced_participations)} (${share}) van de ${count(total)} deelnames van organisaties in ${country}; die tellen alleen op landniveau, en organisaties uit ${region} kunnen daartussen zitten.`
        : `Alle ${count(total)} deelnames van organisaties in ${country} zijn in een regio geplaatst, maar geen in ${region}.`,
    ];
  return [
    `${heading}: not measured`,
    `No organisation in CORDIS is placed in ${region}, so ${WHAT.en[what]} cannot be measured there; zeros would say nothing about the region.`,
    c.unplaced_participations > 0
      ? `Of the ${count(total)} participations of organisations in ${country}, ${count(c.unplaced_participations)} (${share}) could not be placed in a region; they count at country level only, and organisations of ${region} may be among them.`
      : `All ${count(total)} participations of organisations in ${country} are placed in a region, none in ${region}.`,
  ];
}
