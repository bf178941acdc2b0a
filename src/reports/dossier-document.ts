import { agendaTitle } from '../domain/agenda-title.js';
import {
  CHART_WIDTH,
  type DossierBlock,
  type DossierFigure,
  type DossierItem,
  type DossierSection,
  type DossierTable,
} from './dossier-blocks.js';
import type { DossierModel } from './dossier-model.js';
import { texts, type Lang } from './i18n.js';
import { connectingSection } from './sections/connecting-section.js';
import { mapFigure } from './sections/cover-map.js';
import { levelName, visitStatus } from './sections/labels.js';
import { appendixSection } from './sections/sources-section.js';
import { summarySection } from './sections/summary-section.js';
import { topic1Section } from './sections/topic-1-section.js';
import { topic2Section } from './sections/topic-2-section.js';
import { topic3Section } from './sections/topic-3-section.js';

export { CHART_WIDTH };
export type { DossierBlock, DossierFigure, DossierItem, DossierSection, DossierTable };

/** The dossier in one language, laid out as sections of blocks that both renderers draw. */
export interface DossierDocument {
  readonly lang: Lang;
  readonly title: string;
  readonly regionName: string;
  readonly footer: string;
  /** 'page {n} of {total}' in the language. */
  readonly pageLabel: string;
  readonly generatedAt: string;
  readonly cover: {
    readonly kicker: string;
    readonly title: string;
    readonly subtitle: string;
    readonly map: DossierFigure | null;
    readonly mapNote: string | null;
    readonly visitHeading: string;
    readonly visit: readonly { readonly label: string; readonly value: string }[];
    readonly visitNote: string | null;
    readonly note: string;
  };
  readonly sections: readonly DossierSection[];
}

/**
 * Lays the dossier out in `lang`: the cover, a one-page summary, one section per topic, connecting
 * regions and the sources appendix, with every chart drawn as SVG and its table beside it. Pure.
 *
 * @example
 * const doc = dossierDocument(model, 'nl');
 * doc.sections.map((s) => s.title); // ['Samenvatting', 'Thema 1: …', …, 'Bijlage: bronnen van de cijfers']
 */
export function dossierDocument(model: DossierModel, lang: Lang): DossierDocument {
  const x = texts(lang);
  const name = x.name(model.region.name);
  const kind = levelName(x, model.region.level, model.region.country);
  return {
    lang,
    title: x.t('doc.title', { name }),
    regionName: name,
    footer: x.t('doc.footer', { name, code: model.region.code }),
    pageLabel: x.t('doc.page'),
    generatedAt: model.generated_at,
    cover: {
      kicker: x.t('doc.kicker'),
      title: name,
      subtitle: model.region.parent
        ? x.t('doc.subtitle.in', {
            kind,
            code: model.region.code,
            parent: x.name(model.region.parent.name),
          })
        : x.t('doc.subtitle', { kind, code: model.region.code }),
      map: mapFigure(model, x),
      mapNote: model.map ? null : x.t('map.none', { name }),
      visitHeading: x.t('visit.heading'),
      visit: model.visit
        ? [
            { label: x.t('visit.date'), value: x.date(model.visit.date) },
            ...(model.visit.venue ? [{ label: x.t('visit.venue'), value: model.visit.venue }] : []),
            ...(model.visit.hosts ? [{ label: x.t('visit.hosts'), value: model.visit.hosts }] : []),
            ...(model.visit.participants
              ? [{ label: x.t('visit.participants'), value: model.visit.participants }]
              : []),
            { label: x.t('visit.status'), value: visitStatus(x, model.visit.status) },
            ...(model.visit.agenda.length
              ? [
                  {
                    label: x.t('visit.agenda'),
                    value: model.visit.agenda
                      .map((a) =>
                        x.t('visit.agenda.item', {
                          position: a.position,
                          title: agendaTitle(a, x.lang),
                        }),
                      )
                      .join('\n'),
                  },
                ]
              : []),
          ]
        : [],
      visitNote: model.visit ? null : x.t('visit.none', { name }),
      note: x.t('doc.generated', { date: x.date(model.generated_at) }),
    },
    sections: [
      summarySection(model, x),
      topic1Section(model, x),
      topic2Section(model, x),
      topic3Section(model, x),
      connectingSection(model, x),
      appendixSection(model, x),
    ],
  };
}
