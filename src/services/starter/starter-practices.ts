import { TAXONOMY_2004, TAXONOMY_2011 } from './starter-content.js';

/**
 * Good practices documented in public sources, each with the address it comes from. The texts
 * summarise those sources; every figure in them is the source's own. They are starter content:
 * written once, after which they belong to their editors like any other practice.
 */
export interface StarterPractice {
  readonly id: string;
  readonly title: string;
  readonly region_code: string;
  readonly topic: 1 | 2 | 3;
  /** The year it began, where the source gives one. */
  readonly period_start: string | null;
  readonly description: string;
  readonly resources: string;
  readonly evidence: string;
  readonly transfer_potential: string;
  readonly contact: string;
  readonly source_url: string;
  /** [taxonomy, key-area code] */
  readonly keyAreas: readonly (readonly [string, string])[];
}

export const STARTER_PRACTICES: readonly StarterPractice[] = [
  {
    id: 'gp-kennispark-twente',
    title: 'Kennispark Twente: universiteit, bedrijven en overheid op één innovatiecampus',
    region_code: 'NL213',
    topic: 1,
    period_start: '1984',
    description:
      'Kennispark Twente in Enschede begon in 1984 als Business and Technology Centre (BTC) Twente: de Universiteit Twente bracht jonge micro-elektronicabedrijven samen zodat zij kennis en faciliteiten konden delen. BTC Twente was een gezamenlijk project van Control Data en de Overijsselse Ontwikkelingsmaatschappij (nu Oost NL), die de bedrijven adviseerde over financiering. Op de campus werken bedrijven, de universiteit en overheden samen aan nieuwe technologie.',
    resources:
      'Gedeelde huisvesting en faciliteiten bij de universiteit; een regionale ontwikkelingsmaatschappij (Oost NL) voor financieringsadvies, acquisitie en investeringen, onder meer via het Innovatiefonds Overijssel.',
    evidence:
      'Bij de opening in 1984 bood BTC Twente ruimte aan 20 bedrijven; sindsdien hebben meer dan 700 bedrijven er de basis voor hun groei gelegd, waarvan vele later een eigen plek op Kennispark kregen.',
    transfer_potential:
      "Voor regio's met een technische universiteit die kennis en jonge bedrijven dicht bij elkaar willen brengen, met een ontwikkelingsmaatschappij die financiering regelt.",
    contact: 'Kennispark Twente, Enschede',
    source_url: 'https://kennispark.nl/en/kennispark-twente-a-breeding-ground-for-development/',
    keyAreas: [
      [TAXONOMY_2004, 'htsm'],
      [TAXONOMY_2011, 'htsm'],
    ],
  },
  {
    id: 'gp-brainport-development',
    title: 'Brainport Development: clusters van onderop in een triple-helixorganisatie',
    region_code: 'NL414',
    topic: 3,
    period_start: null,
    description:
      'Brainport Development is de regionale economische ontwikkelingsorganisatie van de regio Eindhoven, waarin bedrijfsleven, kennisinstellingen en overheden samenwerken (triple helix). Zij bouwt voort op de sterke punten die de regio al heeft en werkt van onderop: zij helpt groepen bedrijven die samen en uitdrukkelijk om steun vragen voor gezamenlijke acties, en ontwikkelt clusters daarna projectmatig.',
    resources:
      'Een ontwikkelingsorganisatie met vertegenwoordigers van industrie, kennisinstellingen en overheid; een strategisch adviseur per clusternetwerk.',
    evidence:
      'De aanpak heeft verscheidene clusters en clusterorganisaties voortgebracht. De sector hightech systemen en materialen telt in de regio (750.000 inwoners) bijna 7.000 bedrijven met meer dan 60.000 werkenden.',
    transfer_potential:
      'Overdraagbaar waar de voorwaarden gelden die de organisatie zelf noemt: de bedrijven zijn eigenaar, delen een probleem en een agenda, kijken ver vooruit en hebben enige organisatiekracht als cluster.',
    contact: 'Brainport Development, Eindhoven',
    source_url: 'https://www.clustercollaboration.eu/cluster-networks/brainport-development',
    keyAreas: [
      [TAXONOMY_2004, 'htsm'],
      [TAXONOMY_2011, 'htsm'],
    ],
  },
  {
    id: 'gp-food-valley',
    title: 'Food Valley: voedingsbedrijven en kennisinstellingen rond Wageningen',
    region_code: 'NL221',
    topic: 2,
    period_start: null,
    description:
      'De Stichting Food Valley wil de omgeving van Wageningen laten uitgroeien tot het centrum van innovatie in de voedingsindustrie, waar bedrijven nieuwe technologie van de kennisinstellingen uitproberen. Bedrijven en kennisinstellingen zetten samen projecten op en onderzoeksafdelingen van bedrijven worden naar de regio gehaald. Volgens de voorzitter van de stichting was Food Valley, met Eindhoven, een van de twee regio’s van de honderdtien aanvragen bij het Innovatieplatform die aan alle voorwaarden voldeden.',
    resources:
      'Een stichting met een bestuur; bijdragen van nationale en regionale overheden (bij het verschijnen van de bron al twee miljoen euro), gericht op een klein aantal innovatieregio’s in plaats van versnippering.',
    evidence:
      'Doelen bij de start: meer dan dertig nieuwe bedrijven, vijfhonderd arbeidsplaatsen en 25 lopende samenwerkingsprojecten in 2008, en twee of drie onderzoeksafdelingen van bedrijven die zich in de regio vestigen, zoals die van Campina al deed. De bron noemt doelen, geen gemeten resultaat.',
    transfer_potential:
      "Voor regio's met een sterke kennisinstelling in één sleutelgebied die onderzoek van bedrijven willen aantrekken; voor Twente raakt het aan het speerpunt voeding.",
    contact: 'Stichting Food Valley, Wageningen',
    source_url: 'https://resource.wur.nl/nl/show/Valley-te-groot-voor-regio.htm',
    keyAreas: [
      [TAXONOMY_2004, 'flowers-food'],
      [TAXONOMY_2011, 'agri-food'],
    ],
  },
];
