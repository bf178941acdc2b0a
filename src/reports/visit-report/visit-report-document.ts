import type { DossierDocument } from '../dossier-document.js';
import { texts, type Lang } from '../i18n.js';
import { mapFigure } from '../sections/cover-map.js';
import { levelName, visitStatus } from '../sections/labels.js';
import { appendixSection } from '../sections/sources-section.js';
import {
  agendaSection,
  commitmentsSection,
  figuresSection,
  findingsSection,
  recommendedSection,
} from '../sections/visit-report-sections.js';
import { reportText } from './report-texts.js';
import type { VisitReportModel } from './visit-report-model.js';

/**
 * Lays the visit report out in `lang` as a document the dossier's renderers draw (same look): a
 * cover with the region's map and the visit, then the agenda, the findings per topic, the
 * commitments with owner, due date and status, the recommended good practices, the dossier's key
 * figures and the sources appendix. Pure.
 *
 * @example
 * const doc = visitReportDocument({ visit, dossier: dossierModel(inputs) }, 'en');
 * doc.sections.map((s) => s.id); // ['agenda', 'findings', 'commitments', 'practices', 'figures', 'sources']
 */
export function visitReportDocument(model: VisitReportModel, lang: Lang): DossierDocument {
  const x = texts(lang);
  const r = reportText(lang);
  const d = model.dossier;
  const v = model.visit;
  const name = x.name(d.region.name);
  const date = x.date(v.date);
  const kind = levelName(x, d.region.level, d.region.country);
  return {
    lang,
    title: r('report.title', { name, date }),
    regionName: name,
    footer: r('report.footer', { name, code: d.region.code, date }),
    pageLabel: x.t('doc.page'),
    generatedAt: d.generated_at,
    cover: {
      kicker: r('report.kicker'),
      title: name,
      subtitle: d.region.parent
        ? r('report.subtitle.in', {
            date,
            kind,
            code: d.region.code,
            parent: x.name(d.region.parent.name),
          })
        : r('report.subtitle', { date, kind, code: d.region.code }),
      map: mapFigure(d, x),
      mapNote: d.map ? null : x.t('map.none', { name }),
      visitHeading: x.t('visit.heading'),
      visit: [
        { label: x.t('visit.date'), value: date },
        ...(v.venue ? [{ label: x.t('visit.venue'), value: v.venue }] : []),
        ...(v.hosts ? [{ label: x.t('visit.hosts'), value: v.hosts }] : []),
        ...(v.participants ? [{ label: x.t('visit.participants'), value: v.participants }] : []),
        { label: x.t('visit.status'), value: visitStatus(x, v.status) },
      ],
      visitNote: null,
      note: r('report.generated', { date: x.date(d.generated_at) }),
    },
    sections: [
      agendaSection(model, x, r),
      findingsSection(model, x, r),
      commitmentsSection(model, x, r),
      recommendedSection(model, x, r),
      figuresSection(model, x, r),
      appendixSection(d, x),
    ],
  };
}
