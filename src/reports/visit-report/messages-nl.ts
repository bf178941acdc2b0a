/** The visit report's own texts in Dutch; the dossier's texts (topics, sources) come from ../i18n.ts. */
export const visitReportNl = {
  'report.kicker': 'Innovatieplatform · Bezoekverslag',
  'report.title': 'Bezoekverslag {name}, {date}',
  'report.footer': 'Bezoekverslag {name} ({code}), bezoek van {date}',
  'report.subtitle': 'Bezoek van {date} aan {kind} {code}',
  'report.subtitle.in': 'Bezoek van {date} aan {kind} {code} in {parent}',
  'report.generated':
    'Opgesteld op {date} met Regiokracht uit de vastgelegde agenda, bevindingen en afspraken. De cijfers zijn die van het bezoekdossier op die dag; bij elk staat de bron in de bijlage.',
  'report.agenda.title': 'Agenda',
  'report.agenda.lead': 'De onderwerpen van het bezoek aan {name}, in volgorde.',
  'report.agenda.none': 'Voor dit bezoek is geen agenda vastgelegd.',
  'report.agenda.caption': 'Agenda van het bezoek ({n} onderwerpen)',
  'report.agenda.position': 'Nr.',
  'report.agenda.item': 'Onderwerp',
  'report.agenda.topic': 'Thema',
  'report.agenda.general': 'algemeen',
  'report.findings.title': 'Bevindingen per thema',
  'report.findings.lead':
    'Wat het platform bij het bezoek aan {name} heeft vastgesteld, per thema van het bezoek. Vastgelegde bevindingen: {n}.',
  'report.findings.none': 'Bij dit thema is geen bevinding vastgelegd.',
  'report.findings.recorded': 'Vastgelegd op {date}',
  'report.commitments.title': 'Afspraken',
  'report.commitments.lead':
    'Wie wat doet en wanneer, met de stand op {date}. Afspraken: {n}, waarvan open: {open}.',
  'report.commitments.none': 'Bij dit bezoek is geen afspraak vastgelegd.',
  'report.commitments.caption': 'Afspraken van het bezoek',
  'report.commitments.description': 'Afspraak',
  'report.commitments.owner': 'Eigenaar',
  'report.commitments.due': 'Uiterlijk',
  'report.commitments.status': 'Stand',
  'report.commitments.nodue': 'geen datum afgesproken',
  'report.status.open': 'open',
  'report.status.overdue': 'open, datum verstreken',
  'report.status.done': 'gedaan',
  'report.status.dropped': 'vervallen',
  'report.practices.title': 'Aanbevolen goede voorbeelden',
  'report.practices.lead':
    'Goede voorbeelden uit andere regio’s die passen bij de sleutelgebieden waarin {name} achterblijft, zoals het bezoekdossier ze aanbeveelt, met hun bron.',
  'report.practices.none':
    'Het bezoekdossier beveelt voor {name} geen goed voorbeeld aan: er is geen sleutelgebied met een locatiequotiënt onder 1 waarvoor een gepubliceerd voorbeeld bestaat.',
  'report.figures.title': 'De cijfers uit het bezoekdossier',
  'report.figures.lead':
    'De kerncijfers van {name} die het bezoekdossier toonde. De bron van elk cijfer staat in de bijlage; het volledige dossier geeft de grafieken en tabellen.',
} as const;

export type VisitReportKey = keyof typeof visitReportNl;
