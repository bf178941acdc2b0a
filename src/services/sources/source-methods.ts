import type { RecommendationCriteria } from '../practices/recommended-practices.js';
import { fixedMethods, methodText, type MethodText } from './method-text.js';

/**
 * The methods of the sources outside the analytics (own facts, maps, indicator values, exports,
 * recommended practices) in words, in English and Dutch, with the same numbers in both.
 */

/** A decimal number as Dutch writes it (decimal comma). */
function nlNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** A figure that could not be computed, with the reason (as the error gave it). */
export function notComputedMethod(reason: string): MethodText {
  return methodText(
    `Not computed: ${reason}.`,
    `Niet berekend met de geladen gegevens; de melding (in het Engels): ${reason}.`,
  );
}

/** The methods that take no parameters. */
export const {
  contactPointsMethod,
  spearheadsMethod,
  fundsMethod,
  dossierPracticesMethod,
  visitMethod,
  financingMethod,
  regionSmeMethod,
} = fixedMethods({
  contactPointsMethod: [
    'Contact points registered for the region or a region it lies in (regional editors, contact-points template); SMEs served per year as reported by the contact point.',
    'Contactpunten die zijn vastgelegd voor de regio of een regio waarin zij ligt (regionale redacteuren, sjabloon voor contactpunten); bediende mkb-bedrijven per jaar zoals het contactpunt ze opgeeft.',
  ],
  spearheadsMethod: [
    'Spearheads (clusters) registered for the region, with the key-area weights of Regiokracht’s documented default mapping (editable).',
    'Speerpunten (clusters) die voor de regio zijn vastgelegd, met de gewichten per sleutelgebied uit de gedocumenteerde standaardkoppeling van Regiokracht (bewerkbaar).',
  ],
  fundsMethod: [
    'Regional investment funds registered for the region or a region it lies in (funds template).',
    'Regionale investeringsfondsen die zijn vastgelegd voor de regio of een regio waarin zij ligt (sjabloon voor fondsen).',
  ],
  dossierPracticesMethod: [
    "Published good practices. For the region's gaps: practices of other regions ranked on key-area location quotients (the region's key areas with LQ < 1 against the practice region's LQ there); practices addressing a gap key area whose region's LQ is not known follow. Own practices: those of the region and the regions below it, with the key areas it is specialised in (LQ >= 1) and their transfers.",
    'Gepubliceerde goede praktijken. Voor de zwakke plekken van de regio: praktijken uit andere regio’s, gerangschikt op locatiequotiënten per sleutelgebied (de sleutelgebieden van de regio met LQ < 1 tegenover de LQ van de regio van de praktijk daar); daarna praktijken voor zo’n sleutelgebied waarvan de LQ van hun regio niet bekend is. Eigen praktijken: die van de regio en de regio’s eronder, met de sleutelgebieden waarin zij gespecialiseerd is (LQ >= 1) en hun overdrachten.',
  ],
  visitMethod: [
    'The platform’s own visit records: date, venue, hosts and agenda.',
    'De eigen bezoekgegevens van het platform: datum, locatie, gastheren en programma.',
  ],
  financingMethod: [
    'Projects with at least one participant located in the region, one row per project: own contribution = total cost minus EC maximum contribution, summed over the projects whose data give both; share = own contribution / total cost.',
    'Projecten met ten minste één deelnemer die in de regio gevestigd is, één rij per project: eigen bijdrage = totale kosten min de maximale EG-bijdrage, opgeteld over de projecten waarvan de gegevens beide geven; aandeel = eigen bijdrage / totale kosten.',
  ],
  /** What is known of the SME support around a region. */
  regionSmeMethod: [
    'Published contact points that serve the region, a region above it or a municipality in it (nearest first); published funds that serve the region or a region above it; clusters in, above or below it; organisations located in it.',
    'Gepubliceerde contactpunten die de regio, een regio erboven of een gemeente erin bedienen (dichtstbijzijnde eerst); gepubliceerde fondsen die de regio of een regio erboven bedienen; clusters in, boven of onder de regio; organisaties die erin gevestigd zijn.',
  ],
});

/** The dossier's locator map; `scale` as GISCO names it ('03M' is 1:3M). */
export function locatorMapMethod(p: {
  scale: string;
  tolerance: number;
  level: number;
  country: string;
  province: boolean;
}): MethodText {
  const scale = p.scale.replace(/^0/, '');
  return methodText(
    `Region boundaries at scale 1:${scale}, simplified to ${p.tolerance} degrees, Mercator projection; the region among the regions of NUTS level ${p.level} in ${p.country}${p.province ? ', its province outlined' : ''}.`,
    `Regiogrenzen op schaal 1:${scale}, vereenvoudigd tot ${nlNumber(p.tolerance)} graden, Mercatorprojectie; de regio tussen de regio’s van NUTS-niveau ${p.level} in ${p.country}${p.province ? ', met haar provincie omlijnd' : ''}.`,
  );
}

/** The values of one indicator, named in each language. */
export function indicatorValuesMethod(p: {
  name_en: string;
  name_nl: string;
  level: number;
}): MethodText {
  return methodText(
    `Values of ${p.name_en} as imported, harmonised to NUTS 2021 regions of level ${p.level}.`,
    `Waarden van ${p.name_nl} zoals geïmporteerd, omgezet naar NUTS 2021-regio’s van niveau ${p.level}.`,
  );
}

/** The participations export, of one region and the regions below it or of all. */
export function participationsExportMethod(scope: string | null): MethodText {
  return scope
    ? methodText(
        `Participations of the organisations located in ${scope} or a region below it.`,
        `Deelnames van de organisaties die gevestigd zijn in ${scope} of een regio daaronder.`,
      )
    : methodText('All participations.', 'Alle deelnames.');
}

/** The organisations export, of one region and the regions below it or of all. */
export function organisationsExportMethod(scope: string | null): MethodText {
  return scope
    ? methodText(
        `Organisations located in ${scope} or a region below it (by the most precise region known: NUTS3 for placed Dutch organisations, else the country).`,
        `Organisaties die gevestigd zijn in ${scope} of een regio daaronder (naar de nauwkeurigst bekende regio: NUTS3 voor geplaatste Nederlandse organisaties, anders het land).`,
      )
    : methodText('All organisations.', 'Alle organisaties.');
}

/** The indicator values export. */
export function indicatorsExportMethod(p: {
  names_en: readonly string[];
  names_nl: readonly string[];
  level?: number;
  country?: string;
}): MethodText {
  const level = (word: string) => (p.level === undefined ? '' : ` ${word} ${p.level}`);
  const country = (word: string) => (p.country ? ` ${word} ${p.country}` : '');
  return methodText(
    `Values of ${p.names_en.join('; ')} as imported and harmonised to NUTS 2021 regions${level('of level')}${country('in')}; one row per indicator, region and year.`,
    `Waarden van ${p.names_nl.join('; ')} zoals geïmporteerd en omgezet naar NUTS 2021-regio’s${level('van niveau')}${country('in')}; één rij per indicator, regio en jaar.`,
  );
}

/** The boundaries of a map export. */
export function boundariesMethod(scale: string): MethodText {
  return methodText(
    `NUTS 2021 boundaries at scale 1:${scale}, simplified for maps.`,
    `NUTS 2021-grenzen op schaal 1:${scale}, vereenvoudigd voor kaarten.`,
  );
}

/** Good practices recommended for a region's weak points. */
export function recommendedPracticesMethod(p: {
  criteria: RecommendationCriteria;
  taxonomy: string;
  weakest: number;
}): MethodText {
  const lqEn = `key-area location quotients (against the country, H2020 participations, ${p.taxonomy})`;
  const lqNl = `locatiequotiënten per sleutelgebied (ten opzichte van het land, deelnames aan H2020, ${p.taxonomy})`;
  const scoreEn =
    'normalised innovation-index indicator scores (0-1; a NUTS3 region has its province’s, named as such, and is compared only with scores of the same level)';
  const scoreNl =
    'genormaliseerde scores op de indicatoren van de innovatie-index (0-1; een NUTS3-regio krijgt die van haar provincie, zo genoemd, en wordt alleen vergeleken met scores van hetzelfde niveau)';
  const en =
    p.criteria === 'both' ? `${lqEn} and ${scoreEn}` : p.criteria === 'key-areas' ? lqEn : scoreEn;
  const nl =
    p.criteria === 'both' ? `${lqNl} en ${scoreNl}` : p.criteria === 'key-areas' ? lqNl : scoreNl;
  return methodText(
    `Criteria: ${en}. The region’s ${p.weakest} lowest of each kind are its weak points; a published practice from another region (not above or below this one) is recommended when its region scores higher on one of them (and, if the practice names key areas of this taxonomy, the weak key area is among them); ranked by the largest gap, then the number of reasons. LQ gaps and score gaps are in their own units.`,
    `Criteria: ${nl}. De ${p.weakest} laagste van elke soort zijn de zwakke punten van de regio; een gepubliceerde praktijk uit een andere regio (niet boven of onder deze) wordt aanbevolen als haar regio op een ervan hoger scoort (en, als de praktijk sleutelgebieden van deze indeling noemt, het zwakke sleutelgebied daarbij is); gerangschikt naar het grootste verschil, dan naar het aantal redenen. Verschillen in LQ en in score hebben elk hun eigen eenheid.`,
  );
}
