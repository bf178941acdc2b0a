import { agendaTitle } from '../../../domain/agenda-title.js';
import { getJson, query } from '../../api/client.js';
import type { VisitDetail } from '../../api/visit-types.js';
import type { PageView } from '../../app/page.js';
import { href, type Route } from '../../app/router.js';
import { formatDate, lang, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { h } from '../../ui/dom.js';
import { takeFlash } from '../../ui/flash.js';
import { mayEditRegion } from '../../app/permissions.js';
import { currentViewer, editNotice } from '../../ui/edit-permission.js';
import { signInNotice } from '../../ui/sign-in-notice.js';
import { visitSource } from '../../ui/visit-source.js';
import { commitmentsSection } from './visit-commitments-section.js';
import { visitDetailsForm } from './visit-details-form.js';
import { findingsSection } from './visit-findings-section.js';
import { visitReportLinks } from './visit-report-links.js';
import { pageSection } from '../../ui/page-section.js';
import { framedPageView } from '../../ui/page-view.js';
import { itemList } from '../../ui/item-list.js';

/**
 * One visit: its details and agenda, the findings per topic and the commitments, each with the
 * forms to add and change them; the region's dossier and visit history; the visit's report.
 */
export async function visitPage(route: Route): Promise<PageView> {
  const id = route.params[0] ?? '';
  const [visit, viewer] = await Promise.all([
    getJson<VisitDetail>(`/api/visits/${encodeURIComponent(id)}`),
    currentViewer(),
  ]);
  const editable = mayEditRegion(viewer, visit.region.code);
  const region = nameOf(visit.region);
  const title = t('visit.title', { region, date: formatDate(visit.date) });
  const returnTo = href(`/bezoeken/${encodeURIComponent(visit.id)}`);

  const fact = (label: string, value: Node | string | null) =>
    value ? [h('dt', null, label), h('dd', null, value)] : null;
  const details = h(
    'dl',
    { class: 'rk-details', 'data-testid': 'visit-details' },
    fact(
      t('visits.region'),
      h('a', { class: 'utrecht-link', href: href(`/regio/${visit.region.code}`) }, region),
    ),
    fact(t('visits.date'), h('time', { datetime: visit.date }, formatDate(visit.date))),
    fact(t('visits.venue'), visit.venue),
    fact(t('visits.hosts'), visit.hosts),
    fact(t('visits.participants'), visit.participants),
    fact(t('visits.status'), t(`visit.status.${visit.status}` as MessageKey)),
    fact(t('source.summary'), visitSource(visit.source_id)),
  );

  const agenda = pageSection(
    'agenda-heading',
    t('visits.agenda'),
    itemList(
      {
        tag: 'ol',
        className: 'utrecht-ordered-list rk-agenda',
        itemClass: 'utrecht-ordered-list__item',
      },
      visit.agenda,
      (a) => [
        agendaTitle(a, lang()),
        a.topic ? h('span', { class: 'rk-small' }, ` (${t('visit.topic.n', { n: a.topic })})`) : '',
      ],
      { testId: 'agenda', none: t('visit.agenda.none') },
    ),
  );

  const dossierLink = (format: 'pdf' | 'html', key: MessageKey) =>
    h(
      'li',
      null,
      h(
        'a',
        {
          class:
            'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rk-export',
          href: `/api/regions/${visit.region.code}/dossier.${format}${query({ lang: lang() })}`,
          hreflang: lang(),
          'data-testid': `dossier-${format}`,
        },
        t(key, { name: region }),
      ),
    );
  const dossier = pageSection(
    'dossier-heading',
    t('visit.dossier'),
    h('p', { class: 'utrecht-paragraph' }, t('visit.dossier.lead', { name: region })),
    h(
      'ul',
      { class: 'rk-exports', 'data-testid': 'dossier' },
      dossierLink('pdf', 'export.dossier.pdf'),
      dossierLink('html', 'export.dossier.html'),
    ),
    h(
      'p',
      { class: 'utrecht-paragraph' },
      h(
        'a',
        {
          class: 'utrecht-link',
          href: `${href(`/regio/${visit.region.code}`)}#bezoeken`,
          'data-testid': 'region-history',
        },
        t('visit.history', { name: region }),
      ),
    ),
  );

  return framedPageView(
    { back: { href: href('/bezoeken'), text: t('visit.back') } },
    title,
    takeFlash(),
    details,
    editable ? visitDetailsForm(visit, returnTo) : null,
    agenda,
    dossier,
    // Findings and commitments are the platform's working notes, for logged-in users only.
    viewer
      ? [
          editable ? null : editNotice(viewer),
          findingsSection(visit, returnTo, editable),
          commitmentsSection(visit, returnTo, editable),
          visitReportLinks(visit.id),
        ]
      : signInNotice(t('visit.signIn')),
  );
}
