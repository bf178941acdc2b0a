import { fixedMethods, methodText, type MethodText } from '../sources/method-text.js';
import type { KeyAreaMeasure } from './key-area-activity.js';
import type { KeyAreaClassification } from './project-key-areas.js';

/**
 * The methods of the analytics figures in words, in English and Dutch (docs/methods.md holds
 * the full description). Each builder gives both languages the same numbers and parameters.
 */

/** What x(r,k) counts, per key-area measure. */
const MEASURE: Readonly<Record<KeyAreaMeasure, MethodText>> = {
  participations: methodText(
    'participations in projects classified into the key area (weighted by the mapping weight)',
    'deelnames aan projecten die in het sleutelgebied vallen (gewogen met het gewicht uit de koppeling)',
  ),
  ec_contribution: methodText(
    'EU contribution in euro to participants, in projects classified into the key area (weighted)',
    'EU-bijdrage in euro aan deelnemers, in projecten die in het sleutelgebied vallen (gewogen)',
  ),
  organisations: methodText(
    'organisations taking part in projects classified into the key area, each counted once (with its largest weight)',
    'organisaties die deelnemen aan projecten die in het sleutelgebied vallen, elk één keer geteld (met hun grootste gewicht)',
  ),
};

/** How projects are put into key areas, per classification. */
const CLASSIFICATION: Readonly<Record<KeyAreaClassification, MethodText>> = {
  legal_basis: methodText(
    "projects classified by CORDIS's legal-basis codes and call topics (project file) through the editable mapping of programmes to key areas (topic prefix first, then the most specific legal-basis code; projects without codes by programme part) or by hand",
    'projecten ingedeeld naar de rechtsgrondslagcodes en call-topics van CORDIS (projectbestand) via de bewerkbare koppeling van programma’s aan sleutelgebieden (eerst het voorvoegsel van het topic, dan de meest specifieke rechtsgrondslagcode; projecten zonder codes naar programmaonderdeel) of met de hand',
  ),
  programme_part: methodText(
    'projects classified by programme part through the editable mapping of programmes to key areas or by hand',
    'projecten ingedeeld naar programmaonderdeel via de bewerkbare koppeling van programma’s aan sleutelgebieden of met de hand',
  ),
};

/** The methods that take no parameters. */
export const { helixMethod, networkMethod, partnersMethod, nextVisitMethod, linksMethod } =
  fixedMethods({
    /** Topic 1: the helix configuration and synergy of a region. */
    helixMethod: [
      'Projects with at least one participant located in the region from research, education, business or government (the region’s projects whose participants there all have the role other are left out and counted: projects_without_helix_role); configuration = which of U (research, education), I (business), G (government) occur among those participants; T = H(U)+H(I)+H(G)-H(UI)-H(UG)-H(IG)+H(UIG) in millibits (Leydesdorff), 95% percentile bootstrap interval over projects (seeded).',
      'Projecten met ten minste één deelnemer uit onderzoek, onderwijs, bedrijfsleven of overheid die in de regio gevestigd is (projecten van de regio waarvan de deelnemers daar allemaal de rol overig hebben, blijven buiten beschouwing en worden apart geteld: projects_without_helix_role); configuratie = welke van U (onderzoek, onderwijs), I (bedrijven), G (overheid) onder die deelnemers voorkomen; T = H(U)+H(I)+H(G)-H(UI)-H(UG)-H(IG)+H(UIG) in millibits (Leydesdorff), 95%-percentielbootstrapinterval over de projecten (met vaste seed).',
    ],
    /** Topic 1: the collaboration network of a region's organisations. */
    networkMethod: [
      'Organisations located in the region that take part in at least one project; linked when they share a project, weight = shared projects. Degree centrality = degree/(n-1); betweenness unweighted, normalised by 2/((n-1)(n-2)) as NetworkX; assortativity = NetworkX attribute assortativity by helix role; expected links per pair of roles under random mixing of link ends; Louvain communities (seeded); external links = linked organisations outside the region.',
      'Organisaties in de regio die aan ten minste één project deelnemen; verbonden als ze een project delen, gewicht = gedeelde projecten. Degreecentraliteit = graad/(n-1); betweenness ongewogen, genormaliseerd met 2/((n-1)(n-2)) zoals in NetworkX; assortativiteit = attribuutassortativiteit van NetworkX naar helixrol; verwachte verbindingen per paar rollen bij willekeurige menging van de uiteinden; Louvain-gemeenschappen (met vaste seed); externe verbindingen = verbonden organisaties buiten de regio.',
    ],
    /** Connecting regions: partner organisations elsewhere. */
    partnersMethod: [
      'Organisations located in the scope outside the region, active (participations summing to at least 1 after mapping weights) in a key area where an organisation of the region is active too, and sharing no project with it; ranked by shared key areas, then by the number of local organisations they could meet.',
      'Organisaties in het gekozen gebied buiten de regio, actief (deelnames die na de gewichten van de koppeling samen ten minste 1 zijn) in een sleutelgebied waarin ook een organisatie uit de regio actief is, en zonder gedeeld project daarmee; gerangschikt naar gedeelde sleutelgebieden, dan naar het aantal lokale organisaties dat ze zouden kunnen ontmoeten.',
    ],
    /** The next region to visit. */
    nextVisitMethod: [
      'Visits and spearheads from the platform’s own records; specialisations from H2020 participations; learning potential from the innovation index indicators at the region’s own level where held, else its province’s index scores; ties broken by population (Eurostat, population by region).',
      'Bezoeken en speerpunten uit de eigen gegevens van het platform; specialisaties uit deelnames aan H2020; leerpotentieel uit de indicatoren van de innovatie-index op het eigen niveau van de regio waar die er zijn, anders uit de indexscores van de provincie; bij gelijke stand beslist het aantal inwoners (Eurostat, bevolking per regio).',
    ],
    /** Connecting regions: the region-to-region network from co-participations. */
    linksMethod: [
      'Two regions are linked by every project in which organisations located in both take part (CORDIS participations). Nodes: the regions of the level asked within the region’s country, and every other country as a whole (the data places foreign organisations at country level); organisations of the region’s own country placed at country level only take part as that country. Per pair: shared projects, distinct organisation pairs (one in each region) sharing a project, EC contribution of the shared projects (projects without one left out and counted). Strength = Salton index s/sqrt(p_a x p_b), p = projects of each region; Jaccard = s/(p_a + p_b - s). Bridges: organisations ranked by the shared projects they take part in.',
      'Twee regio’s zijn verbonden door elk project waaraan organisaties uit beide deelnemen (deelnames volgens CORDIS). Knopen: de regio’s van het gevraagde niveau binnen het land van de regio, en elk ander land als geheel (de gegevens plaatsen buitenlandse organisaties op landniveau); organisaties uit het eigen land die alleen op landniveau geplaatst zijn, doen mee als dat land. Per paar: gedeelde projecten, verschillende paren organisaties (één in elke regio) die een project delen, EG-bijdrage van de gedeelde projecten (projecten zonder bijdrage weggelaten en geteld). Sterkte = Salton-index s/sqrt(p_a x p_b), p = projecten van elke regio; Jaccard = s/(p_a + p_b - s). Bruggen: organisaties gerangschikt naar de gedeelde projecten waaraan ze deelnemen.',
    ],
  });

/** Topic 2: activity, share of the national total and location quotient per key area. */
export function keyAreasMethod(p: {
  measure: KeyAreaMeasure;
  classification: KeyAreaClassification;
  country: string;
  reference: string;
}): MethodText {
  const m = MEASURE[p.measure];
  const c = CLASSIFICATION[p.classification];
  return methodText(
    `x(r,k) = ${m.method}; ${c.method}; key areas that this classification cannot tell apart (each project classified into one is classified into the others in the same proportion) are measured together in one row; unclassified = activity in projects classified into no key area (ERC, MSCA, SME instrument ...), as a share of all the region's activity; share of national total = x(r,k)/x(${p.country},k); LQ = (x(r,k)/x(r))/(x(ref,k)/x(ref)) with ref = ${p.reference} and x(r) the activity classified into this taxonomy.`,
    `x(r,k) = ${m.method_nl}; ${c.method_nl}; sleutelgebieden die deze indeling niet uit elkaar kan houden (elk project dat in het ene valt, valt in dezelfde verhouding in de andere) worden samen in één rij gemeten; niet ingedeeld = activiteit in projecten die in geen enkel sleutelgebied vallen (ERC, MSCA, mkb-instrument ...), als aandeel van alle activiteit van de regio; aandeel in het landelijk totaal = x(r,k)/x(${p.country},k); LQ = (x(r,k)/x(r))/(x(ref,k)/x(ref)) met ref = ${p.reference} en x(r) de activiteit die in deze indeling valt.`,
  );
}

/** Topic 3: the composite innovation index. */
export function indexMethod(p: {
  indicators: readonly { name_en: string; name_nl: string }[];
  mode: 'edition' | 'year';
  lag: number | null;
  reference: string;
}): MethodText {
  const edition = p.mode === 'edition';
  const names = (key: 'name_en' | 'name_nl') => p.indicators.map((i) => i[key]).join('; ');
  return methodText(
    `Composite index after the Regional Innovation Scoreboard (steps 1-9 of the method description): the indicators ${names('name_en')}; ${edition ? `editions: each indicator's most recent year at or before the edition year, no more than ${p.lag} years before it; ` : ''}a region-year needs own values for two thirds of them; ${edition ? 'gaps filled from the nearest parent in the same edition' : 'gaps filled from the latest earlier year, else the nearest parent'}; outliers clipped at mean ± 3 sd; square root where skewness > 1; min-max over all regions and years; unweighted mean unless weights are set; relative performance = 100 x index / index of ${p.reference}; Regiokracht's performance groups on the RIS thresholds (not the official RIS groups) leader > 125, strong 100-125, moderate 70-100, emerging < 70, each in three bands; rank range = ranks with each indicator left out in turn.`,
    `Samengestelde index naar het Regional Innovation Scoreboard (stappen 1-9 van de methodebeschrijving): de indicatoren ${names('name_nl')}; ${edition ? `edities: per indicator het meest recente jaar in of vóór het editiejaar, niet meer dan ${p.lag} jaar daarvoor; ` : ''}een regio-jaar heeft voor twee derde ervan eigen waarden nodig; ${edition ? 'ontbrekende waarden aangevuld uit de dichtstbijzijnde bovenliggende regio in dezelfde editie' : 'ontbrekende waarden aangevuld uit het laatste eerdere jaar, anders uit de dichtstbijzijnde bovenliggende regio'}; uitschieters afgekapt op gemiddelde ± 3 sd; vierkantswortel bij scheefheid > 1; min-max over alle regio’s en jaren; ongewogen gemiddelde tenzij er gewichten zijn ingesteld; relatieve prestatie = 100 x index / index van ${p.reference}; prestatiegroepen van Regiokracht op de drempels van het RIS (niet de officiële RIS-groepen): koploper > 125, sterke innovator 100-125, gemiddelde innovator 70-100, opkomende innovator < 70, elk in drie banden; rangbereik = de rangen met telkens één indicator weggelaten.`,
  );
}

/** Key-area clusters (cluster stars), spearheads and funds. */
export function clustersMethod(measure: KeyAreaMeasure): MethodText {
  const m = MEASURE[measure];
  return methodText(
    `Cluster stars (European Cluster Observatory style) per key area, among the regions of the same level and country: size = activity in the top 10% of those regions; specialisation = LQ >= 2 against the country; focus = the key area's share of the region's activity in the top 10%. Activity = ${m.method}. Spearheads and funds: the region's own facts, each with its source.`,
    `Clustersterren (naar het European Cluster Observatory) per sleutelgebied, onder de regio’s van hetzelfde niveau en land: omvang = activiteit in de bovenste 10% van die regio’s; specialisatie = LQ >= 2 ten opzichte van het land; focus = het aandeel van het sleutelgebied in de activiteit van de regio in de bovenste 10%. Activiteit = ${m.method_nl}. Speerpunten en fondsen: de eigen gegevens van de regio, elk met de bron.`,
  );
}

/** Connecting regions: similar and complementary regions. */
export function similarMethod(measure: KeyAreaMeasure): MethodText {
  const m = MEASURE[measure];
  return methodText(
    `Cosine similarity of the regions' location-quotient vectors over the key areas (LQ against the country); complementary key areas: LQ >= 1 in one region and below 1 in the other. Activity = ${m.method}.`,
    `Cosinusgelijkenis van de vectoren van locatiequotiënten van de regio’s over de sleutelgebieden (LQ ten opzichte van het land); complementaire sleutelgebieden: LQ >= 1 in de ene regio en onder 1 in de andere. Activiteit = ${m.method_nl}.`,
  );
}

/** The links with the missing links added. */
export function missingLinksMethod(): MethodText {
  const links = linksMethod();
  return methodText(
    `${links.method} Missing links: regions of the same level and country whose key-area profile is similar (cosine of the LQ vectors against the country >= 0.5, with a key area both are specialised in, LQ >= 1) or complementary (a key area where exactly one is specialised), and whose link strength is below the median strength of the pairs of those regions that share at least one project; ranked by max(similarity, share of key areas where exactly one is specialised) x (1 - strength / the region's strongest such link). Activity = participations.`,
    `${links.method_nl} Ontbrekende verbindingen: regio’s van hetzelfde niveau en land met een gelijkend profiel van sleutelgebieden (cosinus van de LQ-vectoren ten opzichte van het land >= 0,5, met een sleutelgebied waarin beide gespecialiseerd zijn, LQ >= 1) of een aanvullend profiel (een sleutelgebied waarin precies één van beide gespecialiseerd is), en met een verbindingssterkte onder de mediaan van de paren van die regio’s die ten minste één project delen; gerangschikt naar max(gelijkenis, aandeel sleutelgebieden waarin precies één gespecialiseerd is) x (1 - sterkte / de sterkste zulke verbinding van de regio). Activiteit = deelnames.`,
  );
}
