/**
 * SME contact points and regional funds named in public sources, each with the address it comes
 * from and only the facts that source states (a field the source does not give stays empty).
 * They are starter content: written once, after which they belong to their editors.
 */

export interface StarterContactPoint {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly helps_with: string;
  readonly phone: string | null;
  readonly url: string | null;
  readonly opening_hours: string | null;
  readonly channels: readonly string[];
  readonly regions: readonly string[];
  readonly source_url: string;
}

export interface StarterFund {
  readonly id: string;
  readonly name: string;
  readonly manager: string | null;
  /** In euro, as the source gives it. */
  readonly size: number | null;
  readonly instruments: readonly string[];
  readonly targets: readonly string[];
  readonly target_sectors: readonly string[];
  readonly regions: readonly string[];
  readonly period_start: string | null;
  readonly period_end: string | null;
  readonly source_url: string;
}

export const STARTER_CONTACT_POINTS: readonly StarterContactPoint[] = [
  {
    id: 'cp-kvk-adviesteam',
    name: 'KVK Adviesteam',
    organisation: 'Kamer van Koophandel',
    helps_with:
      'Vragen van ondernemers over regelingen, voorraden, personeel, financiële gevolgen en het aanvragen van werktijdverkorting (zoals de bron het in de coronaperiode beschreef).',
    phone: '0800-2117',
    url: null,
    opening_hours: 'Werkdagen 8.30–17.00 uur',
    channels: ['phone'],
    regions: ['NL'],
    source_url: 'https://www.kampen.nl/informatie-voor-ondernemers-in-verband-met-het-coronavirus',
  },
  {
    id: 'cp-innovatiefonds-twente-informatie',
    name: 'Innovatiefonds Twente: informatie en aanmelding',
    organisation: 'Regio Twente',
    helps_with:
      'Informatie over het Innovatiefonds Twente voor innovatieve Twentse mkb-bedrijven. Bedrijven melden zich voor een bijdrage bij Oost NL, dat de bedrijfseconomische beoordeling van de business case doet.',
    phone: '088 667 01 00',
    url: null,
    opening_hours: null,
    channels: ['phone'],
    regions: ['NL213'],
    source_url:
      'https://www.regiotwente.nl/werken-aan/agenda-voor-twente/programma-s-innovatiebeleid',
  },
  {
    id: 'cp-novel-t-smart',
    name: 'Novel-T SMART',
    organisation: 'Novel-T',
    helps_with:
      'Eén loket waar bedrijven en instellingen opdrachten voor studenten (stages, teamopdrachten) van de Universiteit Twente, Saxion, ROC van Twente en Aventus aanbieden; het SMART Match Team helpt de vraag aan te scherpen.',
    phone: null,
    url: 'https://smartdoordecrisis.nl',
    opening_hours: null,
    channels: ['website'],
    regions: ['NL213'],
    source_url:
      'https://su.utwente.nl/en/about-us/news-and-blogs/2020/7/691003/ut-saxion-roc-van-twente-and-aventus-join-forces-with-novel-t-smart',
  },
];

export const STARTER_FUNDS: readonly StarterFund[] = [
  {
    id: 'fund-innovatiefonds-twente',
    name: 'Innovatiefonds Twente',
    manager: 'Regio Twente',
    size: 15_000_000,
    instruments: ['loans', 'equity'],
    targets: ['sme', 'start-up'],
    target_sectors: ['High Tech Systemen en Materialen'],
    regions: ['NL213'],
    period_start: '2014-06-05',
    period_end: '2017',
    source_url:
      'https://www.regiotwente.nl/werken-aan/agenda-voor-twente/programma-s-innovatiebeleid',
  },
  {
    id: 'fund-innovatiefonds-overijssel',
    name: 'Innovatiefonds Overijssel',
    manager: null,
    size: 42_000_000,
    instruments: ['loans', 'equity'],
    targets: ['sme'],
    target_sectors: [
      'High tech systems & materials',
      'Kunststoffen & chemie',
      'Gezondheidszorg/life sciences',
    ],
    regions: ['NL21'],
    period_start: null,
    period_end: null,
    source_url:
      'http://www.jonglaan.nl/over-ons/nieuws-en-evenementen/2014/06/7,5-miljoen-voor-tweede-ronde-innovatiefonds-overijssel/',
  },
  {
    id: 'fund-perspectieffonds-gelderland',
    name: 'Perspectieffonds Gelderland',
    manager: null,
    size: 200_000_000,
    instruments: [],
    targets: [],
    target_sectors: [],
    regions: ['NL22'],
    period_start: null,
    period_end: null,
    source_url: 'https://resultaten.oostnl.nl/ontwikkelingen',
  },
];
