import { ApiError, query, tryJson } from '../../api/client.js';
import type { CommitmentOverview } from '../../api/visit-types.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { formatDate, formatNumber, nameOf, t } from '../../i18n/i18n.js';
import { dataTable } from '../../ui/data-table.js';
import { h } from '../../ui/dom.js';
import { formText, selectField } from '../../ui/form-controls.js';
import { notice } from '../../ui/notice.js';
import { overdueMark } from '../../ui/overdue-mark.js';
import { dutchRegionChoices } from '../../ui/region-choices.js';
import { signInNotice } from '../../ui/sign-in-notice.js';
import { currentViewer } from '../../ui/edit-permission.js';
import { pageView } from '../../ui/page-view.js';
import { controlsForm, controlsSubmit } from '../../ui/controls-form.js';

const FILTERS = ['open', 'overdue', 'done', 'dropped', 'all'] as const;
type Filter = (typeof FILTERS)[number];

/** The follow-up page for someone not logged in: what it is for and how to log in. */
function signInPage(): PageView {
  return pageView(
    t('followUp.title'),
    h('p', { class: 'utrecht-paragraph' }, t('followUp.lead')),
    signInNotice(t('followUp.signIn')),
  );
}

/** Follow-up: the commitments of all visits, open and overdue first, overdue clearly marked. */
export async function followUpPage(route: Route): Promise<PageView> {
  const status: Filter = FILTERS.find((f) => f === route.query.get('status')) ?? 'open';
  const region = route.query.get('regio') ?? undefined;
  // The follow-up is for logged-in users: nobody logged in gets the notice without asking the API.
  if (!(await currentViewer())) return signInPage();
  const [overview, regions] = await Promise.all([
    tryJson<CommitmentOverview>(`/api/commitments${query({ status, region, limit: 500 })}`),
    dutchRegionChoices(),
  ]);
  if (overview instanceof ApiError) {
    // A session that ended since gets the notice too; any other refusal is the page's error.
    if (overview.status !== 401) throw overview;
    return signInPage();
  }

  const form = controlsForm(
    {
      label: t('followUp.filter'),
      submit: (f) =>
        navigate(
          href('/opvolging', {
            status: formText(f, 'status') === 'open' ? undefined : formText(f, 'status'),
            regio: formText(f, 'regio'),
          }),
          { how: 'control' },
        ),
    },
    selectField(
      { id: 'follow-up-status', name: 'status', label: t('followUp.status'), value: status },
      FILTERS.map((f) => [f, t(`followUp.status.${f}`)]),
    ),
    selectField(
      { id: 'follow-up-region', name: 'regio', label: t('visits.region'), value: region },
      [['', t('visits.region.all')], ...regions.choices],
    ),
    controlsSubmit(t('followUp.submit'), 'follow-up-submit'),
  );

  const counts = h(
    'dl',
    { class: 'rk-facts', 'data-testid': 'follow-up-counts' },
    h(
      'div',
      { class: 'rk-facts__item' },
      h('dt', null, t('followUp.count.open')),
      h('dd', null, formatNumber(overview.counts.open)),
    ),
    h(
      'div',
      { class: 'rk-facts__item rk-facts__item--alert' },
      h('dt', null, t('followUp.count.overdue')),
      h('dd', null, formatNumber(overview.counts.overdue)),
    ),
  );

  const table = overview.items.length
    ? dataTable({
        caption: t('followUp.caption', {
          status: t(`followUp.status.${status}`),
          n: formatNumber(overview.total),
        }),
        testId: 'follow-up',
        rows: overview.items,
        columns: [
          {
            label: t('commitment.description'),
            rowHeader: true,
            cell: (c) => h('span', { class: 'rk-prewrap' }, c.description),
          },
          { label: t('commitment.owner'), cell: (c) => c.owner },
          {
            label: t('commitment.due'),
            cell: (c) =>
              h(
                'span',
                { class: c.overdue ? 'rk-due rk-due--overdue' : 'rk-due' },
                c.due_date ? formatDate(c.due_date) : t('commitment.due.none'),
                c.overdue ? [h('br'), overdueMark(c.due_date, overview.today)] : null,
              ),
          },
          { label: t('commitment.status'), cell: (c) => t(`commitment.status.${c.status}`) },
          {
            label: t('followUp.visit'),
            cell: (c) =>
              h(
                'a',
                {
                  class: 'utrecht-link',
                  href: `${href(`/bezoeken/${encodeURIComponent(c.visit.id)}`)}#toezeggingen`,
                },
                t('followUp.visit.link', {
                  region: nameOf(c.visit.region),
                  date: formatDate(c.visit.date),
                }),
              ),
          },
        ],
      })
    : notice('info', h('p', { class: 'utrecht-paragraph' }, t('followUp.none')));

  return pageView(
    t('followUp.title'),
    h('p', { class: 'utrecht-paragraph' }, t('followUp.lead')),
    form,
    h(
      'section',
      { 'aria-labelledby': 'follow-up-results', 'aria-live': 'polite' },
      h(
        'h2',
        { class: 'utrecht-heading-2', id: 'follow-up-results' },
        t('followUp.results', { date: formatDate(overview.today) }),
      ),
      counts,
      table,
      h('p', { class: 'rk-small' }, t('followUp.source')),
    ),
  );
}
