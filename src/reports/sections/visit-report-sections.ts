import { agendaTitle } from '../../domain/agenda-title.js';
import type { DossierBlock, DossierSection } from '../dossier-blocks.js';
import type { MessageKey, Texts } from '../i18n.js';
import type { VisitReportKey } from '../visit-report/report-texts.js';
import type { VisitReportModel } from '../visit-report/visit-report-model.js';
import { practiceItem } from './connecting-section.js';
import { summarySection } from './summary-section.js';

/** The report's own texts in the document's language. */
export type ReportText = (
  key: VisitReportKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

const TOPICS = [1, 2, 3] as const;

const topicName = (x: Texts, topic: number | null, r: ReportText) =>
  topic === null ? r('report.agenda.general') : x.t(`topic.${topic}` as MessageKey);

/** The agenda in order, each subject with the topic it belongs to. */
export function agendaSection(model: VisitReportModel, x: Texts, r: ReportText): DossierSection {
  const name = x.name(model.dossier.region.name);
  const agenda = model.visit.agenda;
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: r('report.agenda.lead', { name }) },
    agenda.length
      ? {
          kind: 'table',
          table: {
            caption: r('report.agenda.caption', { n: agenda.length }),
            columns: [
              { label: r('report.agenda.position'), align: 'right', width: 40 },
              { label: r('report.agenda.item'), width: 263 },
              { label: r('report.agenda.topic'), width: 180 },
            ],
            rows: agenda.map((a) => [
              String(a.position),
              agendaTitle(a, x.lang),
              topicName(x, a.topic, r),
            ]),
          },
        }
      : { kind: 'paragraph', tone: 'empty', text: r('report.agenda.none') },
  ];
  return { id: 'agenda', title: r('report.agenda.title'), blocks };
}

/** The findings under the heading of their topic; a topic without one says so. */
export function findingsSection(model: VisitReportModel, x: Texts, r: ReportText): DossierSection {
  const name = x.name(model.dossier.region.name);
  const findings = model.visit.findings;
  const blocks: DossierBlock[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: r('report.findings.lead', { name, n: findings.length }),
    },
  ];
  for (const topic of TOPICS) {
    blocks.push({ kind: 'heading', text: x.t(`topic.${topic}` as MessageKey) });
    const mine = findings.filter((f) => f.topic === topic);
    if (mine.length === 0)
      blocks.push({ kind: 'paragraph', tone: 'empty', text: r('report.findings.none') });
    for (const f of mine) {
      blocks.push({ kind: 'paragraph', text: f.text });
      blocks.push({
        kind: 'paragraph',
        tone: 'note',
        text: r('report.findings.recorded', { date: x.date(f.created_at) }),
      });
    }
  }
  return { id: 'findings', title: r('report.findings.title'), blocks };
}

/** The commitments with owner, due date and status (overdue ones said so). */
export function commitmentsSection(
  model: VisitReportModel,
  x: Texts,
  r: ReportText,
): DossierSection {
  const list = model.visit.commitments;
  const status = (c: (typeof list)[number]) =>
    c.overdue ? r('report.status.overdue') : r(`report.status.${c.status}` as VisitReportKey);
  const blocks: DossierBlock[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: r('report.commitments.lead', {
        date: x.date(model.dossier.generated_at),
        n: list.length,
        open: list.filter((c) => c.status === 'open').length,
      }),
    },
    list.length
      ? {
          kind: 'table',
          table: {
            caption: r('report.commitments.caption'),
            columns: [
              { label: r('report.commitments.description'), width: 203 },
              { label: r('report.commitments.owner'), width: 110 },
              { label: r('report.commitments.due'), width: 90 },
              { label: r('report.commitments.status'), width: 80 },
            ],
            rows: list.map((c) => [
              c.description,
              c.owner,
              c.due_date ? x.date(c.due_date) : r('report.commitments.nodue'),
              status(c),
            ]),
          },
        }
      : { kind: 'paragraph', tone: 'empty', text: r('report.commitments.none') },
  ];
  return { id: 'commitments', title: r('report.commitments.title'), blocks };
}

/** The good practices the dossier recommends for the region's gaps, each with its source. */
export function recommendedSection(
  model: VisitReportModel,
  x: Texts,
  r: ReportText,
): DossierSection {
  const name = x.name(model.dossier.region.name);
  const practices = model.dossier.connecting.practices_for_gaps;
  return {
    id: 'practices',
    title: r('report.practices.title'),
    blocks: [
      { kind: 'paragraph', tone: 'lead', text: r('report.practices.lead', { name }) },
      practices.length
        ? { kind: 'items', items: practices.map((p) => practiceItem(model.dossier, x, p)) }
        : { kind: 'paragraph', tone: 'empty', text: r('report.practices.none', { name }) },
    ],
  };
}

/** The dossier's key figures (its summary) under the report's own title and lead. */
export function figuresSection(model: VisitReportModel, x: Texts, r: ReportText): DossierSection {
  const summary = summarySection(model.dossier, x);
  const name = x.name(model.dossier.region.name);
  return {
    id: 'figures',
    title: r('report.figures.title'),
    blocks: [
      { kind: 'paragraph', tone: 'lead', text: r('report.figures.lead', { name }) },
      ...summary.blocks.filter((b) => !(b.kind === 'paragraph' && b.tone === 'lead')),
    ],
  };
}
