import type { VisitReportKey } from './messages-nl.js';

/** The visit report's own texts in English (the same keys as the Dutch ones). */
export const visitReportEn: Record<VisitReportKey, string> = {
  'report.kicker': 'Innovation platform · Visit report',
  'report.title': 'Visit report {name}, {date}',
  'report.footer': 'Visit report {name} ({code}), visit of {date}',
  'report.subtitle': 'Visit of {date} to {kind} {code}',
  'report.subtitle.in': 'Visit of {date} to {kind} {code} in {parent}',
  'report.generated':
    'Compiled on {date} with Regiokracht from the recorded agenda, findings and commitments. The figures are those of the visit dossier on that day; the source of each is in the appendix.',
  'report.agenda.title': 'Agenda',
  'report.agenda.lead': 'The subjects of the visit to {name}, in order.',
  'report.agenda.none': 'No agenda was recorded for this visit.',
  'report.agenda.caption': 'Agenda of the visit ({n} subjects)',
  'report.agenda.position': 'No.',
  'report.agenda.item': 'Subject',
  'report.agenda.topic': 'Topic',
  'report.agenda.general': 'general',
  'report.findings.title': 'Findings per topic',
  'report.findings.lead':
    'What the platform found at the visit to {name}, per topic of the visit. Findings recorded: {n}.',
  'report.findings.none': 'No finding was recorded on this topic.',
  'report.findings.recorded': 'Recorded on {date}',
  'report.commitments.title': 'Commitments',
  'report.commitments.lead':
    'Who does what by when, with the state on {date}. Commitments: {n}, of which open: {open}.',
  'report.commitments.none': 'No commitment was recorded at this visit.',
  'report.commitments.caption': 'Commitments of the visit',
  'report.commitments.description': 'Commitment',
  'report.commitments.owner': 'Owner',
  'report.commitments.due': 'Due',
  'report.commitments.status': 'Status',
  'report.commitments.nodue': 'no date agreed',
  'report.status.open': 'open',
  'report.status.overdue': 'open, past its date',
  'report.status.done': 'done',
  'report.status.dropped': 'dropped',
  'report.practices.title': 'Recommended good practices',
  'report.practices.lead':
    'Good practices from other regions that fit the key areas where {name} lags behind, as the visit dossier recommends them, with their source.',
  'report.practices.none':
    'The visit dossier recommends no good practice for {name}: there is no key area with a location quotient below 1 for which a published practice exists.',
  'report.figures.title': 'The figures from the visit dossier',
  'report.figures.lead':
    'The key figures of {name} that the visit dossier showed. The source of each figure is in the appendix; the full dossier gives the charts and tables.',
};
