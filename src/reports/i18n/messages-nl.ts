/**
 * The dossier's texts in Dutch. The English dictionary must have the same keys (the type checker
 * enforces it). Placeholders are written {name}.
 */
export const nl = {
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
    'T = {t} millibit, met een 95%-interval van {lo} tot {hi} millibit, berekend over {projects} projecten met een deelnemer uit bedrijfsleven, onderzoek, onderwijs of overheid in de regio.',
  't.leftOut.one':
    'Niet meegeteld: nog 1 project van de regio, waarvan de deelnemers daar allemaal de helixrol overig hebben.',
  't.leftOut.many':
    'Niet meegeteld: nog {projects} projecten van de regio, waarvan de deelnemers daar allemaal de helixrol overig hebben.',
  't.none': 'Met {projects} projecten is T niet te berekenen.',
  't.notMeasured': 'T is niet gemeten: {reason}.',
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
  'network.noLinks':
    'Geen verbindingen om te tekenen: geen van de {nodes} organisaties in {name} deelt een project met een andere organisatie uit de regio.',
  'network.noLinks.one':
    'Geen verbindingen om te tekenen: {name} heeft één organisatie in het netwerk, en een verbinding vraagt een gedeeld project met een tweede organisatie uit de regio.',
  'network.notMeasured': 'Niet gemeten: {reasons}.',
  'network.top': 'De meest centrale organisaties',
  'network.organisation': 'Organisatie',
  'network.degree': 'Verbindingen',
  'network.betweenness': 'Brugfunctie (betweenness)',
  'network.modularity': 'Modulariteit van de gemeenschappen',
  'network.degreeCentrality': 'Graadcentraliteit',
  'network.external': 'Verbindingen buiten de regio',
  'network.pairs': 'Verbindingen per combinatie van rollen, tegenover toevallige menging',
  'network.pair': 'Combinatie',
  'network.observed': 'Waargenomen',
  'network.expected': 'Verwacht',
  'network.ratio': 'Verhouding',

  'financing.heading': 'Private financiering van innovatie',
  'financing.statement':
    'Van de {projects} projecten met deelnemers uit {name} hebben er {both} zowel totale kosten als een EU-bijdrage. Daarin is {share} van de totale kosten ({total}) eigen (private) bijdrage; de EU-bijdrage is {grant}.',
  'financing.refused':
    'Van de projecten met beide bedragen blijven er {refused} buiten beschouwing, omdat een bedrag negatief is of de EU-bijdrage hoger is dan de totale kosten; het aandeel is berekend over de andere {usable}.',
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
  'index.none.reason': 'Voor {name} is geen innovatie-index te berekenen: {reason}.',
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
  'index.measured.carried': '{year}, editie {edition}',

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
  'funds.instrument.loans': 'leningen',
  'funds.instrument.equity': 'participaties (eigen vermogen)',
  'funds.instrument.convertible-loans': 'converteerbare leningen',
  'funds.instrument.grants': 'giften',
  'funds.instrument.guarantees': 'garanties',
  'funds.instrument.vouchers': 'vouchers',
  'funds.instrument.subsidies': 'subsidies',
  'sme.heading': 'Contactpunt voor het mkb',
  'sme.none': 'Geen contactpunt voor het mkb geregistreerd voor {name}.',
  'sme.organisation': 'Organisatie',
  'sme.channels': 'Bereikbaar via',
  'sme.served': 'Mkb-bedrijven geholpen',
  'sme.served.value': '{n} in {year}',
  'sme.served.unknown': 'niet bekend',
  'sme.regions': 'Voor',
  'sme.url': 'Website',
  'sme.channel.desk': 'balie',
  'sme.channel.phone': 'telefoon',
  'sme.channel.email': 'e-mail',
  'sme.channel.website': 'website',
  'sme.channel.chat': 'chat',
  'sme.channel.video': 'videogesprek',
  'sme.channel.events': 'bijeenkomsten',

  'practices.gaps.heading': 'Goede voorbeelden voor waar {name} achterblijft',
  'practices.gaps.lead': 'Sleutelgebieden waarin {name} niet gespecialiseerd is (LQ < 1): {areas}.',
  'practices.gaps.nogaps': '{name} heeft in geen enkel sleutelgebied een LQ onder 1.',
  'practices.gaps.noPlaced':
    'Niet gemeten: geen organisatie uit CORDIS is in {name} geplaatst, dus van geen sleutelgebied is bekend dat het achterblijft (zie thema 1).',
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
  'links.missing.notMeasured':
    'Niet te meten: zonder gemeten verbindingen kan geen verbinding van {name} zwak zijn.',
  'links.missing.none':
    'Er zijn geen vergelijkbare of aanvullende regio’s waarmee {name} zwak verbonden is.',

  'summary.topic1.t': 'Synergie T',
  'summary.topic1.t.value': '{t} millibit (95%: {lo} tot {hi}); {reading}',
  'summary.reading.synergy': 'synergie',
  'summary.reading.no-synergy': 'geen synergie',
  'summary.reading.uncertain': 'synergie niet vast te stellen',
  'summary.reading.zero': 'geen synergie of tegenwerking',
  'summary.reading.none': 'niet te berekenen',
  'summary.topic1.helix': 'Organisaties in de regio',
  'summary.topic1.helix.value':
    '{n} (bedrijven: {business}; kennisinstellingen: {knowledge}), ook die zonder project',
  'summary.topic1.helix.projects':
    '{n} (bedrijven: {business}; kennisinstellingen: {knowledge}), waarvan {projects} meedoen aan ten minste één project',
  'summary.topic1.network': 'Netwerk',
  'summary.topic1.network.value':
    '{links} verbindingen tussen {nodes} organisaties; het grootste deel omvat {largest}',
  'summary.topic1.financing': 'Private financiering',
  'summary.topic1.financing.value':
    '{share} van de projectkosten, in {usable} van de {projects} projecten van de regio',
  'summary.topic1.sme': 'Contactpunt mkb',
  'summary.yes': 'ja',
  'summary.notRegistered': 'niet geregistreerd',
  'placement.none':
    'Geen organisatie uit CORDIS is in {name} geplaatst, dus de helixsamenstelling, de synergie T en het samenwerkingsnetwerk zijn hier niet te meten; nullen zouden niets over de regio zeggen.',
  'placement.none.unplaced':
    'Niet in een regio te plaatsen: {unplaced} ({share}) van de {total} deelnames van organisaties in {country}; die tellen alleen op landniveau, en organisaties uit {name} kunnen daartussen zitten.',
  'placement.none.allPlaced':
    'Alle {total} deelnames van organisaties in {country} zijn in een regio geplaatst, maar geen in {name}.',
  'summary.noPlaced':
    'niet gemeten: geen organisatie uit CORDIS in de regio geplaatst (zie thema 1)',
  'keyareas.noPlaced':
    'Geen activiteit per sleutelgebied te meten: geen organisatie uit CORDIS is in {name} geplaatst (zie thema 1).',
  'keyareas.missing': 'Waarom een waarde ontbreekt: {reasons}.',
  'summary.unknown': 'niet bekend',
  'summary.topic2.specialised': 'Gespecialiseerd in',
  'summary.topic2.largest': 'Grootste aandeel in het nationale totaal',
  'summary.topic2.coverage': 'Door speerpunten gedekt',
  'summary.topic2.coverage.value': '{covered} van de {total} sleutelgebieden',
  'summary.topic2.coverage.none': 'niet te bepalen: geen speerpunten geregistreerd',
  'summary.topic3.index': 'Innovatie-index {year}',
  'summary.topic3.index.province':
    'Innovatie-index {year} van {province} (de provincie waarin {name} ligt)',
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
  'sources.record': 'Bron',
  'sources.record.url': '{name}: {url}',
  'sources.record.none': '{name}: geen bron geregistreerd.',
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
  'measure.reason.no_placed_organisations': 'geen organisatie uit CORDIS is in de regio geplaatst',
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
  'value.notMeasured': 'niet gemeten',
  'list.and': ' en ',
  // The language of texts the dossier shows as their authors wrote them.
  'practices.language': 'Taal',
  'practices.language.nl':
    'Alleen in het Nederlands beschikbaar: de tekst staat zoals de regio hem schreef.',
  'practices.language.en':
    'Alleen in het Engels beschikbaar: de tekst staat zoals de regio hem schreef.',
  // End of the block.
} as const;

/** The key of a dossier text. */
export type MessageKey = keyof typeof nl;
