import { referenceName } from '../domain/reference-name.js';
import { formatter } from '../domain/format.js';
/**
 * The dossier's texts in Dutch and English. The English dictionary must have the same keys (the
 * type checker enforces it). Placeholders are written {name}.
 */
const nl = {
  'doc.kicker': 'Innovatieplatform · Bezoekdossier',
  'doc.title': 'Bezoekdossier {name}',
  'doc.footer': 'Bezoekdossier {name} ({code})',
  'doc.page': 'pagina {n} van {total}',
  'doc.generated':
    'Samengesteld op {date} met Regiokracht. Bij elk cijfer staat de bron in de bijlage.',
  'doc.subtitle': '{kind} {code}',
  'doc.subtitle.in': '{kind} {code} in {parent}',
  'doc.toc': 'Inhoud',
  'level.0': 'Land',
  'level.1': 'Landsdeel (NUTS 1)',
  'level.2': 'Provincie (NUTS 2)',
  'level.3': 'COROP-gebied (NUTS 3)',
  'level.2.other': 'NUTS 2-regio',
  'level.3.other': 'NUTS 3-regio',

  'visit.heading': 'Het bezoek',
  'visit.date': 'Datum',
  'visit.venue': 'Plaats',
  'visit.hosts': 'Gastheer',
  'visit.participants': 'Deelnemers',
  'visit.status': 'Status',
  'visit.status.planned': 'gepland',
  'visit.status.done': 'gehouden',
  'visit.status.cancelled': 'afgelast',
  'visit.agenda': 'Agenda',
  'visit.agenda.item': '{position}. {title}',
  'visit.none': 'Er is geen bezoek aan {name} gepland.',

  'map.title': 'Ligging van {name}',
  'map.desc': '{name} donker gekleurd tussen de andere {context}; {parent} met een dikke rand.',
  'map.desc.noparent': '{name} donker gekleurd tussen de andere {context}.',
  'map.context.2': 'provincies van het land',
  'map.context.3': 'COROP-gebieden van het land',
  'map.context.other': 'regio’s van hetzelfde niveau in het land',
  'map.none': 'Voor {name} is geen kaartgeometrie ingelezen.',

  'summary.title': 'Samenvatting',
  'summary.lead':
    'De kerncijfers van {name} op de drie thema’s van het bezoek. De hoofdstukken hierna geven de grafieken, tabellen en toelichting.',

  'topic.1': 'Thema 1: Het regionale innovatiesysteem',
  'topic.2': 'Thema 2: Bijdrage aan de nationale sleutelgebieden',
  'topic.3': 'Thema 3: Regionale innovatiekracht',
  'topic.connect': 'Regio’s verbinden',
  'topic.appendix': 'Bijlage: bronnen van de cijfers',
  'topic.1.lead':
    'Hoe bedrijven, kennisinstellingen, onderwijs en overheid in {name} samenwerken (de helix), hoe innovatie privaat wordt gefinancierd en of er een contactpunt voor het mkb is.',
  'topic.2.lead':
    'Waarin {name} gespecialiseerd is en welk deel van de nationale activiteit per sleutelgebied de regio levert.',
  'topic.3.lead':
    'De speerpunten en clusters van {name}, het regionale investeringsfonds, het contactpunt voor het mkb en de samengestelde innovatie-index.',
  'topic.connect.lead':
    'Goede voorbeelden uit andere regio’s die passen bij waar {name} achterblijft, eigen voorbeelden die het verspreiden waard zijn, en regio’s en organisaties om mee samen te werken.',
  'topic.appendix.lead':
    'Per cijfer: de gegevensbron (uitgever, licentie), het ingelezen bestand met controlegetal (SHA-256) en datum, en de werkwijze.',

  'helix.business': 'Bedrijven',
  'helix.research': 'Onderzoek',
  'helix.education': 'Onderwijs',
  'helix.government': 'Overheid',
  'helix.other': 'Overig',
  'helix.heading': 'Samenstelling van de helix',
  'helix.chart.title': 'Samenstelling van de helix in {name}',
  'helix.chart.desc':
    '{actors} organisaties en {participations} deelnames aan projecten, per rol in de helix: {roles}.',
  'helix.actors': 'Organisaties',
  'helix.participations': 'Deelnames aan projecten',
  'helix.role': 'Rol in de helix',
  'helix.none': 'Voor {name} zijn geen organisaties met projecten bekend.',

  't.heading': 'Synergie in de triple helix (T)',
  't.value': 'T = {t} millibit',
  't.interval': '95%-interval {lo} tot {hi}',
  't.statement':
    'T = {t} millibit, met een 95%-interval van {lo} tot {hi} millibit, berekend over {projects} projecten met deelnemers uit de regio.',
  't.none': 'Met {projects} projecten is T niet te berekenen.',
  't.reading.synergy':
    'Het hele interval ligt onder nul: dat betekent synergie. Kennisinstellingen, bedrijven en overheid werken in deze regio zo samen dat het geheel meer oplevert dan de delen apart.',
  't.reading.no-synergy':
    'Het hele interval ligt boven nul: er is geen synergie. Kennisinstellingen, bedrijven en overheid werken in deze projecten vooral langs elkaar heen.',
  't.reading.uncertain':
    'Een negatieve T zou synergie betekenen, een positieve het ontbreken ervan. Het interval loopt hier over nul heen: met deze projecten is niet met zekerheid te zeggen of er synergie is.',
  't.reading.zero': 'T is nul: er is geen synergie en ook geen tegenwerking te zien.',
  't.reading.none': 'Zonder projecten valt niets te zeggen over synergie.',
  't.chart.title': 'Synergie T van {name} met 95%-interval',
  't.chart.desc': 'T = {t} millibit; 95%-interval {lo} tot {hi} millibit. Links van nul: synergie.',
  't.below': 'synergie (T < 0)',
  't.above': 'geen synergie (T > 0)',
  't.zero': '0 = geen synergie of tegenwerking',
  't.configurations': 'Projecten per helixcombinatie (U kennis, I bedrijven, G overheid)',
  't.configuration': 'Combinatie',
  't.projects': 'Projecten',

  'network.heading': 'Samenwerkingsnetwerk',
  'network.lead':
    'Organisaties in {name} zijn verbonden als ze samen in een project zitten; een dikkere lijn betekent meer gedeelde projecten.',
  'network.nodes': 'Organisaties',
  'network.edges': 'Verbindingen',
  'network.density': 'Dichtheid',
  'network.components': 'Losse delen',
  'network.largest': 'Aandeel in het grootste deel',
  'network.assortativity': 'Voorkeur voor de eigen rol (assortativiteit)',
  'network.communities': 'Gemeenschappen (Louvain)',
  'network.chart.title': 'Samenwerkingsnetwerk van {name}',
  'network.chart.desc':
    'De {shown} meest centrale van {nodes} organisaties met ten minste één verbinding in de regio, {links} verbindingen. Vorm en kleur geven de rol in de helix. Het meest centraal is {top}.',
  'network.empty': 'Geen verbindingen binnen de regio',
  'network.drawn':
    'Getekend: {shown} organisaties, de meest centrale met een verbinding in de regio. Niet getekend: {more} minder centrale organisaties en {unlinked} organisaties zonder verbinding binnen de regio.',
  'network.none': 'Voor {name} zijn geen samenwerkende organisaties bekend.',
  'network.top': 'De meest centrale organisaties',
  'network.organisation': 'Organisatie',
  'network.degree': 'Verbindingen',
  'network.betweenness': 'Betweenness',
  'network.external': 'Verbindingen buiten de regio',
  'network.pairs': 'Verbindingen per combinatie van rollen, tegenover toevallige menging',
  'network.pair': 'Combinatie',
  'network.observed': 'Waargenomen',
  'network.expected': 'Verwacht',
  'network.ratio': 'Verhouding',

  'financing.heading': 'Private financiering van innovatie',
  'financing.statement':
    'In de {projects} projecten met deelnemers uit {name} is {share} van de totale kosten ({total}) eigen (private) bijdrage; de publieke subsidie is {grant}.',
  'financing.partial':
    'Voor {missing} van de {projects} projecten geven de gegevens niet beide bedragen.',
  'financing.none': 'Voor {name} zijn geen projecten met totale kosten en subsidie bekend.',
  'sme.present':
    'Voor {name} is een contactpunt voor het mkb geregistreerd ({count}); zie thema 3.',
  'sme.absent': 'Voor {name} is geen contactpunt voor het mkb geregistreerd.',

  'keyareas.chart.title': 'Specialisatie van {name} per sleutelgebied (locatiequotiënt)',
  'keyareas.chart.desc':
    'Locatiequotiënt per sleutelgebied ten opzichte van {reference}; boven 1 is specialisatie. Gespecialiseerd in: {areas}.',
  'keyareas.chart.desc.none':
    'Locatiequotiënt per sleutelgebied ten opzichte van {reference}; in geen enkel sleutelgebied boven 1.',
  'keyareas.reference': 'LQ = 1: even sterk als {reference}',
  'keyareas.share': 'Aandeel in {country}',
  'keyareas.area': 'Sleutelgebied',
  'keyareas.value': 'Activiteit ({unit})',
  'keyareas.shareColumn': 'Aandeel in het nationale totaal',
  'keyareas.lq': 'LQ',
  'keyareas.lq.missing': 'geen',
  'keyareas.specialised': 'Gespecialiseerd (LQ ≥ 1) in: {areas}.',
  'keyareas.specialised.none': 'In geen enkel sleutelgebied is {name} gespecialiseerd (LQ ≥ 1).',
  'keyareas.largestShare':
    'Het grootste aandeel in het nationale totaal heeft {name} in {area}: {share}.',
  'keyareas.none': 'Voor {name} is geen activiteit per sleutelgebied bekend.',
  'keyareas.measure':
    'Activiteit = deelnames aan Horizon 2020-projecten, per sleutelgebied ingedeeld via het programmaonderdeel ({taxonomy}).',
  'keyareas.unclassified':
    '{share} van de activiteit van {name} ({value}) valt in projecten die in geen sleutelgebied zijn ingedeeld (ERC, MSCA, mkb-instrument ...); de cijfers hierboven gaan over de rest.',
  'keyareas.together':
    '{areas} worden samen gemeten: elk project dat in het ene is ingedeeld, is in dezelfde verhouding in het andere ingedeeld, dus de gegevens kunnen ze niet onderscheiden.',
  'coverage.heading': 'Welke sleutelgebieden de speerpunten dekken',
  'coverage.area': 'Sleutelgebied',
  'coverage.weight': 'Gewicht',
  'coverage.spearheads': 'Speerpunten',
  'coverage.uncovered': 'Niet gedekt door een speerpunt: {areas}.',
  'coverage.none': 'Voor {name} zijn geen speerpunten geregistreerd, dus ook geen dekking.',
  'unit.participations': 'deelnames',
  'unit.eur': 'euro',
  'unit.organisations': 'organisaties',
  'taxonomy.topsectoren-2011': 'topsectoren 2011',
  'taxonomy.sleutelgebieden-2004': 'sleutelgebieden 2004',

  'index.heading': 'Innovatie-index',
  'index.computedFor':
    'De index wordt per provincie berekend; dit zijn de cijfers van {name} ({code}), waar {region} in ligt.',
  'index.edition': 'Editie',
  'index.edition.value':
    '{edition} (per indicator het meest recente jaar van {from} tot en met {to})',
  'index.groups.note':
    'De groepen zijn die van Regiokracht, met de drempels van het Regional Innovation Scoreboard (koploper boven {leader}, sterke innovator {strong}–{leader}, gemiddelde innovator {moderate}–{strong}, opkomende innovator onder {moderate}); het zijn niet de officiële RIS-groepen.',
  'index.dataYear': 'Jaar',
  'index.year': 'Jaar',
  'index.value': 'Index (0–1)',
  'index.relative': 'Ten opzichte van {reference} (= 100)',
  'index.group': 'Groep',
  'index.rank': 'Rang',
  'index.rank.value': '{rank} van {of}',
  'index.rankRange': 'Rang als steeds één indicator wordt weggelaten',
  'index.rankRange.value': '{best} tot {worst}',
  'index.group.leader': 'koploper',
  'index.group.strong': 'sterke innovator',
  'index.group.moderate': 'gemiddelde innovator',
  'index.group.emerging': 'opkomende innovator',
  'index.band.+': 'bovenste derde',
  'index.band.plain': 'middelste derde',
  'index.band.-': 'onderste derde',
  'index.groupBand': '{group} ({band})',
  'index.reading':
    'Met {relative} ten opzichte van {reference} (= 100) is {name} in {year} een {group}, in het {band} van die groep. De rang {rank} van {of} ligt tussen {best} en {worst} als steeds één indicator wordt weggelaten.',
  'index.none':
    'Voor {name} is geen innovatie-index te berekenen: er zijn te weinig indicatorwaarden.',
  'index.trend.title': 'Innovatie-index van {name} door de jaren ({reference} = 100)',
  'index.trend.desc':
    'Van {from} tot {to} ging de index van {first} naar {last} ({reference} = 100).',
  'index.trend.empty': 'Geen index in de jaren die er zijn',
  'index.trend.reference': '{reference} = 100',
  'index.trend.table': 'Innovatie-index per jaar',
  'index.indicators': 'Indicatoren in de index',
  'index.indicator': 'Indicator',
  'index.score': 'Score (0–1)',
  'index.filled': 'Aangevuld',
  'index.filled.no': 'nee',
  'index.filled.own': 'eigen waarde van {year}',
  'index.benchmark.title': '{name} naast {country} en de {eu} per indicator, {edition}',
  'index.benchmark.desc':
    'Genormaliseerde score (0 tot 1) per indicator van de index voor {name}, {country} en de {eu}; {name} scoort hoger dan {country} op {above} van de {of} indicatoren met beide waarden.',
  'index.benchmark.noData': 'geen gegevens: {areas}',
  'index.benchmark.none': 'geen gegevens',
  'index.benchmark.scale': '0 = laagste, 1 = hoogste regio van de vergelijking',
  'index.benchmark.source': 'Bron: {sources}',
  'index.benchmark.source.none': 'Bron: niet vermeld',
  'index.benchmark.year': 'Editie {edition}; opgehaald: {retrieved}',
  'index.benchmark.table': 'Scores per indicator: {name}, {country} en de {eu}',
  'index.filled.parent': 'waarde van {region}, zelfde jaar',
  'index.filled.parentEdition': 'waarde van {region}, zelfde editie',
  'index.development': 'Ontwikkeling',
  'index.development.value': '{first} ({from}) naar {last} ({to})',

  'organisation.unnamed': 'organisatie zonder naam in de bron ({id})',

  'spearheads.heading': 'Speerpunten',
  'spearheads.name': 'Speerpunt',
  'spearheads.description': 'Omschrijving (door de regio)',
  'spearheads.keyareas': 'Sleutelgebieden (gewicht)',
  'spearheads.none': 'Voor {name} zijn geen speerpunten of clusters geregistreerd.',
  'stars.heading': 'Clustersterkte per sleutelgebied',
  'stars.lead':
    'Eén ster elk voor omvang (bij de beste 10% van de {of} vergelijkbare regio’s), specialisatie (LQ ≥ 2) en focus (aandeel van het sleutelgebied in de eigen activiteit bij de beste 10%).',
  'stars.area': 'Sleutelgebied',
  'stars.stars': 'Sterren (van 3)',
  'stars.which': 'Waarvoor',
  'stars.size': 'omvang',
  'stars.specialisation': 'specialisatie',
  'stars.focus': 'focus',
  'stars.none.which': 'geen',
  'stars.sizeRank': 'Rang omvang',
  'stars.none': 'Voor {name} zijn geen clustersterren te berekenen.',
  'funds.heading': 'Regionaal investeringsfonds',
  'funds.none': 'Geen investeringsfonds geregistreerd voor {name}.',
  'funds.size': 'Omvang',
  'funds.instruments': 'Instrumenten',
  'funds.sectors': 'Sectoren',
  'funds.manager': 'Beheerder',
  'funds.url': 'Website',
  'funds.region': 'Geregistreerd voor',
  'sme.heading': 'Contactpunt voor het mkb',
  'sme.none': 'Geen contactpunt voor het mkb geregistreerd voor {name}.',
  'sme.organisation': 'Organisatie',
  'sme.channels': 'Bereikbaar via',
  'sme.served': 'Mkb-bedrijven geholpen',
  'sme.served.value': '{n} in {year}',
  'sme.served.unknown': 'niet bekend',
  'sme.regions': 'Voor',
  'sme.url': 'Website',

  'practices.gaps.heading': 'Goede voorbeelden voor waar {name} achterblijft',
  'practices.gaps.lead': 'Sleutelgebieden waarin {name} niet gespecialiseerd is (LQ < 1): {areas}.',
  'practices.gaps.nogaps': '{name} heeft in geen enkel sleutelgebied een LQ onder 1.',
  'practices.gaps.none':
    'Er is geen goed voorbeeld van een andere regio geregistreerd dat bij deze sleutelgebieden past.',
  'practices.own.heading': 'Eigen voorbeelden die het verspreiden waard zijn',
  'practices.own.none': 'Er is geen goed voorbeeld van {name} zelf geregistreerd.',
  'practices.reason.gap': '{area}: {region} haalt LQ {theirs}, {name} {ours}.',
  'practices.reason.gap.unknown':
    '{area}: {name} blijft achter (LQ {ours}); het voorbeeld richt zich op dit sleutelgebied.',
  'practices.reason.specialised': '{name} is gespecialiseerd in {area} (LQ {lq}).',
  'practices.reason.transfer': 'Al overgenomen door {region}{year}{outcome}.',
  'practices.reason.none': 'Geen specialisatie of overname vastgelegd.',
  'practices.why': 'Waarom',
  'practices.region': 'Regio',
  'practices.topic': 'Thema',
  'practices.keyareas': 'Sleutelgebieden',
  'practices.description': 'Wat',
  'practices.evidence': 'Bewijs van succes',
  'practices.transfer': 'Overdraagbaarheid',
  'practices.contact': 'Contact',
  'practices.source': 'Meer informatie',

  'similar.heading': 'Vergelijkbare en aanvullende regio’s',
  'similar.region': 'Regio',
  'similar.similarity': 'Gelijkenis',
  'similar.explanation': 'Toelichting',
  'similar.none': 'Voor {name} zijn geen vergelijkbare regio’s te berekenen.',
  'partners.heading': 'Organisaties om mee samen te werken',
  'partners.lead':
    'Organisaties elders in {scope} die in dezelfde sleutelgebieden actief zijn als organisaties uit {name}, maar nog geen project met hen delen.',
  'partners.organisation': 'Organisatie',
  'partners.region': 'Regio',
  'partners.role': 'Rol',
  'partners.reason': 'Waarom',
  'partners.none': 'Er zijn geen partnerorganisaties te noemen.',
  'links.heading': 'Verbindingen van {name} met andere regio’s',
  'links.lead':
    '{name} deelt {linked} van zijn {projects} projecten met organisaties in andere regio’s of landen. De sterkste verbindingen: {partners}.',
  'links.none': 'Voor {name} zijn geen verbindingen met andere regio’s te meten.',
  'links.table': 'Sterkste partnerregio’s en -landen van {name}',
  'links.partner': 'Regio of land',
  'links.projects': 'Gedeelde projecten',
  'links.pairs': 'Paren organisaties',
  'links.strength': 'Sterkte (Salton)',
  'links.country': 'land',
  'links.map.title': 'Verbindingen van {name} met Nederlandse regio’s',
  'links.map.desc':
    'Kaart met een lijn van {name} naar elk van de {n} regio’s waarmee het projecten deelt; hoe dikker de lijn, hoe sterker de verbinding. Sterkst: {top}.',
  'links.map.legend': 'Gedeelde projecten: hoe dikker de lijn, hoe sterker de verbinding',
  'links.missing.heading': 'Ontbrekende verbindingen',
  'links.missing.none':
    'Er zijn geen vergelijkbare of aanvullende regio’s waarmee {name} zwak verbonden is.',

  'summary.topic1.t': 'Synergie T',
  'summary.topic1.t.value': '{t} millibit (95%: {lo} tot {hi}); {reading}',
  'summary.reading.synergy': 'synergie',
  'summary.reading.no-synergy': 'geen synergie',
  'summary.reading.uncertain': 'synergie niet vast te stellen',
  'summary.reading.zero': 'geen synergie of tegenwerking',
  'summary.reading.none': 'niet te berekenen',
  'summary.topic1.helix': 'Organisaties met projecten',
  'summary.topic1.helix.value':
    '{n}, waarvan {business} bedrijven en {knowledge} kennisinstellingen',
  'summary.topic1.network': 'Netwerk',
  'summary.topic1.network.value':
    '{links} verbindingen tussen {nodes} organisaties; het grootste deel omvat {largest}',
  'summary.topic1.financing': 'Private financiering',
  'summary.topic1.financing.value': '{share} van de projectkosten',
  'summary.topic1.sme': 'Contactpunt mkb',
  'summary.yes': 'ja',
  'summary.no': 'niet geregistreerd',
  'summary.unknown': 'niet bekend',
  'summary.topic2.specialised': 'Gespecialiseerd in',
  'summary.topic2.largest': 'Grootste aandeel in het nationale totaal',
  'summary.topic2.coverage': 'Door speerpunten gedekt',
  'summary.topic2.coverage.value': '{covered} van de {total} sleutelgebieden',
  'summary.topic3.index': 'Innovatie-index {year}',
  'summary.topic3.index.value':
    '{relative} ({reference} = 100): {group}; rang {rank} van {of} ({best} tot {worst})',
  'summary.topic3.spearheads': 'Speerpunten',
  'summary.topic3.fund': 'Investeringsfonds',
  'summary.topic3.stars': 'Clustersterren',
  'summary.topic3.stars.value': '{areas}',
  'summary.none': 'geen',
  'summary.connect': 'Verbinden',
  'summary.connect.value':
    'goede voorbeelden voor achterblijvende sleutelgebieden: {practices}; vergelijkbare regio’s: {similar}; partnerorganisaties: {partners}',

  'sources.figure': 'Cijfer',
  'sources.key.map': 'Kaart en regiogrenzen',
  'sources.key.helix': 'Helixsamenstelling en synergie T',
  'sources.key.network': 'Samenwerkingsnetwerk',
  'sources.key.financing': 'Private financiering',
  'sources.key.contactPoints': 'Contactpunt voor het mkb',
  'sources.key.keyAreas': 'Sleutelgebieden: activiteit, aandeel en LQ',
  'sources.key.index': 'Innovatie-index',
  'sources.key.spearheads': 'Speerpunten',
  'sources.key.clusters': 'Clustersterren',
  'sources.key.funds': 'Investeringsfondsen',
  'sources.key.practices': 'Goede voorbeelden',
  'sources.key.similar': 'Vergelijkbare regio’s',
  'sources.key.partners': 'Partnerorganisaties',
  'sources.key.links': 'Verbindingen tussen regio’s',
  'sources.key.visit': 'Bezoek en agenda',
  'sources.datasets': 'Gegevensbron',
  'sources.dataset': '{title}. Uitgever: {publisher}. Licentie: {licence}.',
  'sources.retrieved': 'Opgehaald op {date}.',
  'sources.url': 'Adres: {url}',
  'sources.none': 'Geen gegevensbron geregistreerd.',
  'sources.imports': 'Ingelezen bestand',
  'sources.import': '{file}, ingelezen op {date}; SHA-256 {checksum}',
  'sources.import.nodate': '{file}; SHA-256 {checksum}',
  'sources.noimports': 'Niet uit een bestand ingelezen: ingevoerd als eigen gegevens.',
  'sources.method': 'Werkwijze',
  'sources.licence.none': 'niet vermeld',
  'measure.unavailable': 'Niet beschikbaar: {reason}.',
  'measure.reason.no_participations':
    'er zijn geen CORDIS-deelnames geladen; laad de open data (regiokracht init) om deze regio te meten',
  'measure.reason.country_level_only':
    'organisaties in {country} zijn in de geladen gegevens alleen op landniveau geplaatst; laad het organisatiebestand van CORDIS met NUTS-codes om regio’s in {country} te meten',
  'measure.reason.coarser_than_region':
    'organisaties in {country} zijn in de geladen gegevens hoogstens op NUTS {deepest} geplaatst; voor regio’s op NUTS {level} zijn organisaties op dat niveau nodig',
  'sources.coverage': 'Dekking',
  'sources.coverage.placed':
    '{share} van de deelnames van organisaties in {country} ({contribution} van de EU-bijdrage) is geplaatst op NUTS {level} of fijner.',
  'sources.coverage.unplaced':
    '{count} deelnames ({business} van bedrijven) blijven op landniveau omdat hun organisatie niet in een regio te plaatsen is; regionale aantallen zijn daardoor te laag.',
  'sources.coverage.country':
    'Alle {count} deelnames van organisaties in {country} tellen op landniveau.',
  'sources.period': 'Projecten met startjaar {first} tot en met {last}.',
  'sources.coverage.none':
    'Geen van de {count} deelnames van organisaties in {country} ({business} van bedrijven) is in de geladen gegevens geplaatst op NUTS {level} of fijner.',

  'table.caption': 'De cijfers van de figuur',
  'value.none': 'geen',
  'value.unknown': 'onbekend',
  'list.and': ' en ',
  // The language of texts the dossier shows as their authors wrote them.
  'practices.language': 'Taal',
  'practices.language.nl':
    'Alleen in het Nederlands beschikbaar: de tekst staat zoals de regio hem schreef.',
  'practices.language.en':
    'Alleen in het Engels beschikbaar: de tekst staat zoals de regio hem schreef.',
  // End of the block.
} as const;

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  'doc.kicker': 'Innovation Platform · Visit dossier',
  'doc.title': 'Visit dossier {name}',
  'doc.footer': 'Visit dossier {name} ({code})',
  'doc.page': 'page {n} of {total}',
  'doc.generated':
    'Compiled on {date} with Regiokracht. The appendix gives the source of every figure.',
  'doc.subtitle': '{kind} {code}',
  'doc.subtitle.in': '{kind} {code} in {parent}',
  'doc.toc': 'Contents',
  'level.0': 'Country',
  'level.1': 'NUTS 1 region',
  'level.2': 'Province (NUTS 2)',
  'level.3': 'COROP region (NUTS 3)',
  'level.2.other': 'NUTS 2 region',
  'level.3.other': 'NUTS 3 region',

  'visit.heading': 'The visit',
  'visit.date': 'Date',
  'visit.venue': 'Venue',
  'visit.hosts': 'Hosts',
  'visit.participants': 'Participants',
  'visit.status': 'Status',
  'visit.status.planned': 'planned',
  'visit.status.done': 'held',
  'visit.status.cancelled': 'cancelled',
  'visit.agenda': 'Agenda',
  'visit.agenda.item': '{position}. {title}',
  'visit.none': 'No visit to {name} is planned.',

  'map.title': 'Location of {name}',
  'map.desc': '{name} in dark among the other {context}; {parent} with a thick outline.',
  'map.desc.noparent': '{name} in dark among the other {context}.',
  'map.context.2': 'provinces of the country',
  'map.context.3': 'COROP regions of the country',
  'map.context.other': 'regions of the same level in the country',
  'map.none': 'No map geometry has been loaded for {name}.',

  'summary.title': 'Summary',
  'summary.lead':
    'The headline figures of {name} on the three topics of the visit. The chapters that follow give the charts, tables and explanations.',

  'topic.1': 'Topic 1: The regional innovation system',
  'topic.2': 'Topic 2: Contribution to the national key areas',
  'topic.3': 'Topic 3: Regional innovation power',
  'topic.connect': 'Connecting regions',
  'topic.appendix': 'Appendix: sources of the figures',
  'topic.1.lead':
    'How companies, knowledge institutions, education and government in {name} work together (the helix), how innovation is financed privately, and whether there is a contact point for SMEs.',
  'topic.2.lead':
    'What {name} specialises in, and which share of the national activity in each key area it contributes.',
  'topic.3.lead':
    'The spearheads and clusters of {name}, the regional investment fund, the SME contact point and the composite innovation index.',
  'topic.connect.lead':
    'Good practices from other regions that fit where {name} lags behind, its own practices worth spreading, and regions and organisations to work with.',
  'topic.appendix.lead':
    'For each figure: the data set (publisher, licence), the imported file with its checksum (SHA-256) and date, and the method.',

  'helix.business': 'Business',
  'helix.research': 'Research',
  'helix.education': 'Education',
  'helix.government': 'Government',
  'helix.other': 'Other',
  'helix.heading': 'Helix composition',
  'helix.chart.title': 'Helix composition of {name}',
  'helix.chart.desc':
    '{actors} organisations and {participations} project participations, per helix role: {roles}.',
  'helix.actors': 'Organisations',
  'helix.participations': 'Project participations',
  'helix.role': 'Helix role',
  'helix.none': 'No organisations with projects are known for {name}.',

  't.heading': 'Triple-helix synergy (T)',
  't.value': 'T = {t} millibits',
  't.interval': '95% interval {lo} to {hi}',
  't.statement':
    'T = {t} millibits, with a 95% interval from {lo} to {hi} millibits, computed over {projects} projects with participants from the region.',
  't.none': 'With {projects} projects T cannot be computed.',
  't.reading.synergy':
    'The whole interval lies below zero: this means synergy. Knowledge institutions, companies and government in this region work together so that the whole yields more than the parts.',
  't.reading.no-synergy':
    'The whole interval lies above zero: there is no synergy. Knowledge institutions, companies and government mostly work side by side in these projects.',
  't.reading.uncertain':
    'A negative T would mean synergy, a positive T its absence. Here the interval crosses zero: with these projects it cannot be said with confidence whether there is synergy.',
  't.reading.zero': 'T is zero: neither synergy nor counteraction shows.',
  't.reading.none': 'Without projects nothing can be said about synergy.',
  't.chart.title': 'Synergy T of {name} with 95% interval',
  't.chart.desc': 'T = {t} millibits; 95% interval {lo} to {hi} millibits. Left of zero: synergy.',
  't.below': 'synergy (T < 0)',
  't.above': 'no synergy (T > 0)',
  't.zero': '0 = neither synergy nor counteraction',
  't.configurations': 'Projects per helix configuration (U knowledge, I business, G government)',
  't.configuration': 'Configuration',
  't.projects': 'Projects',

  'network.heading': 'Collaboration network',
  'network.lead':
    'Organisations in {name} are linked when they take part in the same project; a thicker line means more shared projects.',
  'network.nodes': 'Organisations',
  'network.edges': 'Links',
  'network.density': 'Density',
  'network.components': 'Components',
  'network.largest': 'Share in the largest component',
  'network.assortativity': 'Preference for the same role (assortativity)',
  'network.communities': 'Communities (Louvain)',
  'network.chart.title': 'Collaboration network of {name}',
  'network.chart.desc':
    'The {shown} most central of {nodes} organisations with at least one link in the region, {links} links. Shape and colour show the helix role. Most central: {top}.',
  'network.empty': 'No links inside the region',
  'network.drawn':
    'Drawn: {shown} organisations, the most central ones with a link in the region. Not drawn: {more} less central organisations and {unlinked} organisations without a link inside the region.',
  'network.none': 'No collaborating organisations are known for {name}.',
  'network.top': 'The most central organisations',
  'network.organisation': 'Organisation',
  'network.degree': 'Links',
  'network.betweenness': 'Betweenness',
  'network.external': 'Links outside the region',
  'network.pairs': 'Links per pair of roles, against random mixing',
  'network.pair': 'Pair',
  'network.observed': 'Observed',
  'network.expected': 'Expected',
  'network.ratio': 'Ratio',

  'financing.heading': 'Private financing of innovation',
  'financing.statement':
    'In the {projects} projects with participants from {name}, {share} of the total cost ({total}) is own (private) contribution; the public grant is {grant}.',
  'financing.partial':
    'For {missing} of the {projects} projects the data do not give both amounts.',
  'financing.none': 'No projects with both total cost and grant are known for {name}.',
  'sme.present': 'An SME contact point is registered for {name} ({count}); see topic 3.',
  'sme.absent': 'No SME contact point is registered for {name}.',

  'keyareas.chart.title': 'Specialisation of {name} per key area (location quotient)',
  'keyareas.chart.desc':
    'Location quotient per key area against {reference}; above 1 is specialisation. Specialised in: {areas}.',
  'keyareas.chart.desc.none':
    'Location quotient per key area against {reference}; above 1 in no key area.',
  'keyareas.reference': 'LQ = 1: as strong as {reference}',
  'keyareas.share': 'Share of {country}',
  'keyareas.area': 'Key area',
  'keyareas.value': 'Activity ({unit})',
  'keyareas.shareColumn': 'Share of the national total',
  'keyareas.lq': 'LQ',
  'keyareas.lq.missing': 'none',
  'keyareas.specialised': 'Specialised (LQ ≥ 1) in: {areas}.',
  'keyareas.specialised.none': '{name} is specialised (LQ ≥ 1) in no key area.',
  'keyareas.largestShare': '{name} has its largest share of the national total in {area}: {share}.',
  'keyareas.none': 'No activity per key area is known for {name}.',
  'keyareas.measure':
    'Activity = participations in Horizon 2020 projects, classified into key areas through the programme part ({taxonomy}).',
  'keyareas.unclassified':
    '{share} of the activity of {name} ({value}) is in projects classified into no key area (ERC, MSCA, SME instrument ...); the figures above cover the rest.',
  'keyareas.together':
    '{areas} are measured together: every project classified into one is classified into the other in the same proportion, so the data cannot tell them apart.',
  'coverage.heading': 'Which key areas the spearheads cover',
  'coverage.area': 'Key area',
  'coverage.weight': 'Weight',
  'coverage.spearheads': 'Spearheads',
  'coverage.uncovered': 'Not covered by a spearhead: {areas}.',
  'coverage.none': 'No spearheads are registered for {name}, hence no coverage.',
  'unit.participations': 'participations',
  'unit.eur': 'euro',
  'unit.organisations': 'organisations',
  'taxonomy.topsectoren-2011': 'topsectoren 2011',
  'taxonomy.sleutelgebieden-2004': 'key areas 2004',

  'index.heading': 'Innovation index',
  'index.computedFor':
    'The index is computed per province; these are the figures of {name} ({code}), where {region} lies.',
  'index.edition': 'Edition',
  'index.edition.value': '{edition} (each indicator’s most recent year from {from} to {to})',
  'index.groups.note':
    'The groups are Regiokracht’s, on the thresholds of the Regional Innovation Scoreboard (leader above {leader}, strong innovator {strong}–{leader}, moderate innovator {moderate}–{strong}, emerging innovator below {moderate}); they are not the official RIS groups.',
  'index.dataYear': 'Year',
  'index.year': 'Year',
  'index.value': 'Index (0–1)',
  'index.relative': 'Against {reference} (= 100)',
  'index.group': 'Group',
  'index.rank': 'Rank',
  'index.rank.value': '{rank} of {of}',
  'index.rankRange': 'Rank with each indicator left out in turn',
  'index.rankRange.value': '{best} to {worst}',
  'index.group.leader': 'innovation leader',
  'index.group.strong': 'strong innovator',
  'index.group.moderate': 'moderate innovator',
  'index.group.emerging': 'emerging innovator',
  'index.band.+': 'upper third',
  'index.band.plain': 'middle third',
  'index.band.-': 'lower third',
  'index.groupBand': '{group} ({band})',
  'index.reading':
    'At {relative} against {reference} (= 100), {name} is a {group} in {year}, in the {band} of that group. Its rank {rank} of {of} lies between {best} and {worst} when each indicator is left out in turn.',
  'index.none': 'No innovation index can be computed for {name}: too few indicator values.',
  'index.trend.title': 'Innovation index of {name} over the years ({reference} = 100)',
  'index.trend.desc':
    'From {from} to {to} the index went from {first} to {last} ({reference} = 100).',
  'index.trend.empty': 'No index in the years held',
  'index.trend.reference': '{reference} = 100',
  'index.trend.table': 'Innovation index per year',
  'index.indicators': 'Indicators in the index',
  'index.indicator': 'Indicator',
  'index.score': 'Score (0–1)',
  'index.filled': 'Filled',
  'index.filled.no': 'no',
  'index.filled.own': 'own value of {year}',
  'index.benchmark.title': '{name} beside {country} and the {eu} on each indicator, {edition}',
  'index.benchmark.desc':
    'Normalised score (0 to 1) on each index indicator for {name}, {country} and the {eu}; {name} scores above {country} on {above} of the {of} indicators with both values.',
  'index.benchmark.noData': 'no data: {areas}',
  'index.benchmark.none': 'no data',
  'index.benchmark.scale': '0 = lowest, 1 = highest region compared',
  'index.benchmark.source': 'Source: {sources}',
  'index.benchmark.source.none': 'Source: not stated',
  'index.benchmark.year': 'Edition {edition}; retrieved: {retrieved}',
  'index.benchmark.table': 'Scores per indicator: {name}, {country} and the {eu}',
  'index.filled.parent': 'value of {region}, same year',
  'index.filled.parentEdition': 'value of {region}, same edition',
  'index.development': 'Development',
  'index.development.value': '{first} ({from}) to {last} ({to})',

  'organisation.unnamed': 'organisation without a name in the source ({id})',

  'spearheads.heading': 'Spearheads',
  'spearheads.name': 'Spearhead',
  'spearheads.description': 'Description (by the region)',
  'spearheads.keyareas': 'Key areas (weight)',
  'spearheads.none': 'No spearheads or clusters are registered for {name}.',
  'stars.heading': 'Cluster strength per key area',
  'stars.lead':
    'One star each for size (in the top 10% of the {of} comparable regions), specialisation (LQ ≥ 2) and focus (the key area’s share of the region’s own activity in the top 10%).',
  'stars.area': 'Key area',
  'stars.stars': 'Stars (of 3)',
  'stars.which': 'For',
  'stars.size': 'size',
  'stars.specialisation': 'specialisation',
  'stars.focus': 'focus',
  'stars.none.which': 'none',
  'stars.sizeRank': 'Size rank',
  'stars.none': 'No cluster stars can be computed for {name}.',
  'funds.heading': 'Regional investment fund',
  'funds.none': 'No investment fund registered for {name}.',
  'funds.size': 'Size',
  'funds.instruments': 'Instruments',
  'funds.sectors': 'Sectors',
  'funds.manager': 'Manager',
  'funds.url': 'Website',
  'funds.region': 'Registered for',
  'sme.heading': 'SME contact point',
  'sme.none': 'No SME contact point registered for {name}.',
  'sme.organisation': 'Organisation',
  'sme.channels': 'Channels',
  'sme.served': 'SMEs served',
  'sme.served.value': '{n} in {year}',
  'sme.served.unknown': 'not known',
  'sme.regions': 'Serves',
  'sme.url': 'Website',

  'practices.gaps.heading': 'Good practices for where {name} lags behind',
  'practices.gaps.lead': 'Key areas where {name} is not specialised (LQ < 1): {areas}.',
  'practices.gaps.nogaps': '{name} has no key area with an LQ below 1.',
  'practices.gaps.none':
    'No good practice of another region is registered that fits these key areas.',
  'practices.own.heading': 'Own practices worth spreading',
  'practices.own.none': 'No good practice of {name} itself is registered.',
  'practices.reason.gap': '{area}: {region} reaches LQ {theirs}, {name} {ours}.',
  'practices.reason.gap.unknown':
    '{area}: {name} lags behind (LQ {ours}); the practice addresses this key area.',
  'practices.reason.specialised': '{name} is specialised in {area} (LQ {lq}).',
  'practices.reason.transfer': 'Already taken over by {region}{year}{outcome}.',
  'practices.reason.none': 'No specialisation or transfer recorded.',
  'practices.why': 'Why',
  'practices.region': 'Region',
  'practices.topic': 'Topic',
  'practices.keyareas': 'Key areas',
  'practices.description': 'What',
  'practices.evidence': 'Evidence of success',
  'practices.transfer': 'Potential for transfer',
  'practices.contact': 'Contact',
  'practices.source': 'More information',

  'similar.heading': 'Similar and complementary regions',
  'similar.region': 'Region',
  'similar.similarity': 'Similarity',
  'similar.explanation': 'Explanation',
  'similar.none': 'No similar regions can be computed for {name}.',
  'partners.heading': 'Organisations to work with',
  'partners.lead':
    'Organisations elsewhere in {scope} active in the same key areas as organisations from {name}, but sharing no project with them yet.',
  'partners.organisation': 'Organisation',
  'partners.region': 'Region',
  'partners.role': 'Role',
  'partners.reason': 'Why',
  'partners.none': 'No partner organisations can be suggested.',
  'links.heading': 'Links of {name} with other regions',
  'links.lead':
    '{name} shares {linked} of its {projects} projects with organisations in other regions or countries. The strongest links: {partners}.',
  'links.none': 'No links with other regions can be measured for {name}.',
  'links.table': 'Strongest partner regions and countries of {name}',
  'links.partner': 'Region or country',
  'links.projects': 'Shared projects',
  'links.pairs': 'Organisation pairs',
  'links.strength': 'Strength (Salton)',
  'links.country': 'country',
  'links.map.title': 'Links of {name} with Dutch regions',
  'links.map.desc':
    'Map with a line from {name} to each of the {n} regions it shares projects with; the thicker the line, the stronger the link. Strongest: {top}.',
  'links.map.legend': 'Shared projects: the thicker the line, the stronger the link',
  'links.missing.heading': 'Missing links',
  'links.missing.none':
    'There are no similar or complementary regions {name} is weakly linked with.',

  'summary.topic1.t': 'Synergy T',
  'summary.topic1.t.value': '{t} millibits (95%: {lo} to {hi}); {reading}',
  'summary.reading.synergy': 'synergy',
  'summary.reading.no-synergy': 'no synergy',
  'summary.reading.uncertain': 'synergy not established',
  'summary.reading.zero': 'neither synergy nor counteraction',
  'summary.reading.none': 'cannot be computed',
  'summary.topic1.helix': 'Organisations with projects',
  'summary.topic1.helix.value':
    '{n}, of which {business} companies and {knowledge} knowledge institutions',
  'summary.topic1.network': 'Network',
  'summary.topic1.network.value':
    '{links} links between {nodes} organisations; the largest component holds {largest}',
  'summary.topic1.financing': 'Private financing',
  'summary.topic1.financing.value': '{share} of project costs',
  'summary.topic1.sme': 'SME contact point',
  'summary.yes': 'yes',
  'summary.no': 'not registered',
  'summary.unknown': 'not known',
  'summary.topic2.specialised': 'Specialised in',
  'summary.topic2.largest': 'Largest share of the national total',
  'summary.topic2.coverage': 'Covered by spearheads',
  'summary.topic2.coverage.value': '{covered} of the {total} key areas',
  'summary.topic3.index': 'Innovation index {year}',
  'summary.topic3.index.value':
    '{relative} ({reference} = 100): {group}; rank {rank} of {of} ({best} to {worst})',
  'summary.topic3.spearheads': 'Spearheads',
  'summary.topic3.fund': 'Investment fund',
  'summary.topic3.stars': 'Cluster stars',
  'summary.topic3.stars.value': '{areas}',
  'summary.none': 'none',
  'summary.connect': 'Connecting',
  'summary.connect.value':
    'good practices for lagging key areas: {practices}; similar regions: {similar}; partner organisations: {partners}',

  'sources.figure': 'Figure',
  'sources.key.map': 'Map and region boundaries',
  'sources.key.helix': 'Helix composition and synergy T',
  'sources.key.network': 'Collaboration network',
  'sources.key.financing': 'Private financing',
  'sources.key.contactPoints': 'SME contact point',
  'sources.key.keyAreas': 'Key areas: activity, share and LQ',
  'sources.key.index': 'Innovation index',
  'sources.key.spearheads': 'Spearheads',
  'sources.key.clusters': 'Cluster stars',
  'sources.key.funds': 'Investment funds',
  'sources.key.practices': 'Good practices',
  'sources.key.similar': 'Similar regions',
  'sources.key.partners': 'Partner organisations',
  'sources.key.links': 'Links between regions',
  'sources.key.visit': 'Visit and agenda',
  'sources.datasets': 'Data set',
  'sources.dataset': '{title}. Publisher: {publisher}. Licence: {licence}.',
  'sources.retrieved': 'Retrieved on {date}.',
  'sources.url': 'Address: {url}',
  'sources.none': 'No data set recorded.',
  'sources.imports': 'Imported file',
  'sources.import': '{file}, imported on {date}; SHA-256 {checksum}',
  'sources.import.nodate': '{file}; SHA-256 {checksum}',
  'sources.noimports': 'Not imported from a file: entered as own facts.',
  'sources.method': 'Method',
  'sources.licence.none': 'not stated',
  'measure.unavailable': 'Not available: {reason}.',
  'measure.reason.no_participations':
    'no CORDIS participations are loaded; load the open data (regiokracht init) to measure this region',
  'measure.reason.country_level_only':
    'organisations in {country} are placed at country level only in the loaded data; load CORDIS’s organisation file with NUTS codes to measure regions in {country}',
  'measure.reason.coarser_than_region':
    'organisations in {country} are placed at NUTS {deepest} at most in the loaded data; regions at NUTS {level} need organisations placed at that level',
  'sources.coverage': 'Coverage',
  'sources.coverage.placed':
    '{share} of the participations of organisations in {country} ({contribution} of the EC contribution) are placed at NUTS {level} or finer.',
  'sources.coverage.unplaced':
    '{count} participations ({business} by companies) stay at country level because their organisation cannot be placed in a region; regional counts are understated by them.',
  'sources.coverage.country':
    'All {count} participations of organisations in {country} count at country level.',
  'sources.period': 'Projects starting {first} to {last}.',
  'sources.coverage.none':
    'None of the {count} participations of organisations in {country} ({business} by companies) are placed at NUTS {level} or finer in the loaded data.',

  'table.caption': 'The figures of the chart',
  'value.none': 'none',
  'value.unknown': 'unknown',
  'list.and': ' and ',
  // The language of texts the dossier shows as their authors wrote them.
  'practices.language': 'Language',
  'practices.language.nl': 'Available in Dutch only: the text is as the region wrote it.',
  'practices.language.en': 'Available in English only: the text is as the region wrote it.',
  // End of the block.
};

export type Lang = 'nl' | 'en';

export const LANGS: readonly Lang[] = ['nl', 'en'];

/** True when `value` is a language the dossier is written in. */
export function isLang(value: string): value is Lang {
  return value === 'nl' || value === 'en';
}

/** Formatting of texts, numbers and dates in one language. */
export interface Texts {
  readonly lang: Lang;
  /** The message `key` with its {placeholders} filled. */
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** A number with a fixed number of decimals, in the language's notation. */
  number(value: number, decimals?: number): string;
  /** A fraction as a percentage (0.051 -> 5.1%). */
  percent(value: number, decimals?: number): string;
  /** An amount in euro, without cents. */
  eur(value: number): string;
  /** An ISO date or timestamp as a long date (8 February 2027). */
  date(iso: string): string;
  /** A list joined with commas and "and". */
  list(items: readonly string[]): string;
  /** Picks the text of a bilingual name. */
  name(text: { readonly nl: string; readonly en: string }): string;
  /** A reference area's name (`EU27_2020` -> "EU-27", `NL` -> "Nederland"). */
  reference(code: string): string;
}

/**
 * The dossier's texts in `lang`. Numbers use the language's notation (Dutch: decimal comma).
 *
 * @example
 * texts('nl').t('doc.title', { name: 'Twente' }); // 'Bezoekdossier Twente'
 * texts('nl').number(-4.678, 1); // '-4,7'
 */
export function texts(lang: Lang): Texts {
  const dictionary: Record<MessageKey, string> = lang === 'nl' ? nl : en;
  const format = formatter(lang);
  return {
    lang,
    t(key, params = {}) {
      return dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    },
    number: (value, decimals = 0) => format.number(value, decimals),
    percent: (value, decimals = 1) => format.percent(value, decimals),
    eur: (value) => format.euro(value),
    date: (iso) => format.date(iso),
    list(items) {
      if (items.length <= 1) return items.join('');
      return `${items.slice(0, -1).join(', ')}${dictionary['list.and']}${items.at(-1)}`;
    },
    name: (text) => text[lang],
    reference: (code) => referenceName(code, lang),
  };
}
