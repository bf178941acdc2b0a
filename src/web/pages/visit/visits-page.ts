import { getJson, query, sendJson } from '../../api/client.js';
import type { Page, Visit } from '../../api/types.js';
import type { VisitDetail } from '../../api/visit-types.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { agendaFromTopicTexts } from '../../app/visit-agenda.js';
import { formatDate, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { dataTable } from '../../ui/data-table.js';
import { h } from '../../ui/dom.js';
import { setFlash, takeFlash } from '../../ui/flash.js';
import { button, formText, selectField, textField } from '../../ui/form-controls.js';
import { actionForm } from '../../ui/action-form.js';
import { notice } from '../../ui/notice.js';
import { dutchRegionChoices, type Choice } from '../../ui/region-choices.js';
import { regionSelectSearch } from '../../ui/region-select-search.js';
import { visitSource } from '../../ui/visit-source.js';
import { editableRegionChoices } from '../../ui/editable-region-choices.js';
import { currentViewer, editNotice } from '../../ui/edit-permission.js';
import { writeForm } from '../../ui/write-form.js';
import { controlsForm, controlsSubmit } from '../../ui/controls-form.js';
import { pageSection } from '../../ui/page-section.js';
import { pageView } from '../../ui/page-view.js';
import { visitDateLink } from '../../ui/visit-date-link.js';

/** Visits: the planned and past visits (filtered by region) and the form to plan one. */
export async function visitsPage(route: Route): Promise<PageView> {
  const region = route.query.get('regio') ?? undefined;
  const [visits, regions, viewer] = await Promise.all([
    getJson<Page<Visit>>(`/api/visits${query({ region, limit: 500 })}`),
    dutchRegionChoices(),
    currentViewer(),
  ]);
  const editable = editableRegionChoices(regions.choices, viewer);
  const today = new Date().toISOString().slice(0, 10);
  const planned = visits.items
    .filter((v) => v.status === 'planned' && v.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  const past = visits.items
    .filter((v) => !planned.includes(v))
    .sort((a, b) => b.date.localeCompare(a.date));

  const filter = controlsForm(
    {
      label: t('visits.filter'),
      submit: (f) =>
        navigate(href('/bezoeken', { regio: formText(f, 'regio') }), { how: 'control' }),
    },
    selectField(
      { id: 'visits-filter-region', name: 'regio', label: t('visits.region'), value: region },
      [['', t('visits.region.all')], ...regions.choices],
    ),
    controlsSubmit(t('visits.filter.submit'), 'visits-filter-submit'),
  );

  return pageView(
    t('visits.title'),
    h('p', { class: 'utrecht-paragraph' }, t('visits.lead')),
    takeFlash(),
    filter,
    h(
      'p',
      { class: 'utrecht-paragraph' },
      editable.length
        ? [h('a', { class: 'utrecht-link', href: '#plan' }, t('visits.plan.jump')), ' · ']
        : null,
      h('a', { class: 'utrecht-link', href: href('/opvolging') }, t('nav.followUp')),
    ),
    visitTable('visits-planned', t('visits.planned'), planned, t('visits.planned.none')),
    visitTable('visits-past', t('visits.past'), past, t('visits.past.none')),
    editable.length ? planSection(editable, region) : editNotice(viewer),
  );
}

function visitTable(
  id: string,
  heading: string,
  visits: readonly Visit[],
  none: string,
): HTMLElement {
  return pageSection(
    `${id}-heading`,
    heading,
    visits.length
      ? dataTable({
          caption: heading,
          captionHidden: true,
          testId: id,
          rows: visits,
          columns: [
            {
              label: t('visits.date'),
              rowHeader: true,
              cell: visitDateLink,
            },
            {
              label: t('visits.region'),
              cell: (v) =>
                h(
                  'a',
                  { class: 'utrecht-link', href: href(`/regio/${v.region.code}`) },
                  nameOf(v.region),
                ),
            },
            { label: t('visits.venue'), cell: (v) => v.venue ?? '' },
            { label: t('visits.hosts'), cell: (v) => v.hosts ?? '' },
            { label: t('visits.status'), cell: (v) => t(`visit.status.${v.status}` as MessageKey) },
            { label: t('source.summary'), cell: (v) => visitSource(v.source_id) },
          ],
        })
      : h('p', { class: 'utrecht-paragraph' }, none),
  );
}

function planSection(regionChoices: readonly Choice[], region: string | undefined): HTMLElement {
  const labels = {
    region: t('visits.region'),
    date: t('visits.date'),
    venue: t('visits.venue'),
    hosts: t('visits.hosts'),
    participants: t('visits.participants'),
    agenda: t('visits.agenda'),
  };
  const form = actionForm(
    { labelledBy: 'plan-heading', testId: 'plan-form' },
    [
      selectField(
        { id: 'plan-region', name: 'region', label: labels.region, required: true, value: region },
        [['', t('form.choose')], ...regionChoices],
      ),
      textField({
        id: 'plan-date',
        name: 'date',
        label: labels.date,
        type: 'date',
        required: true,
        hint: t('form.date.hint'),
      }),
      textField({ id: 'plan-venue', name: 'venue', label: labels.venue }),
      textField({ id: 'plan-hosts', name: 'hosts', label: labels.hosts, multiline: true, rows: 2 }),
      textField({
        id: 'plan-participants',
        name: 'participants',
        label: labels.participants,
        multiline: true,
        rows: 3,
      }),
      h(
        'fieldset',
        { class: 'utrecht-form-fieldset rk-form__fieldset', 'data-field': 'agenda' },
        h('legend', { class: 'utrecht-form-fieldset__legend rk-form__legend' }, labels.agenda),
        h('p', { class: 'utrecht-form-field-description' }, t('visits.agenda.hint')),
        h('p', {
          class: 'utrecht-form-field-error-message rk-form__error',
          id: 'plan-agenda-error',
          hidden: true,
        }),
        ([1, 2, 3] as const).map((topic) =>
          textField({
            id: `plan-agenda-${topic}`,
            name: `agenda-${topic}`,
            label: t('visits.agenda.topic', { n: topic, topic: t(`topic.${topic}`) }),
            multiline: true,
            rows: 2,
          }),
        ),
      ),
    ],
    button(t('visits.plan.submit'), { id: 'plan-submit' }),
  );
  const planSelect = form.querySelector<HTMLSelectElement>('#plan-region');
  if (planSelect) {
    planSelect
      .closest('.utrecht-form-field')
      ?.after(regionSelectSearch(planSelect, { id: 'plan-search', country: 'NL' }));
  }
  writeForm(form, {
    labels,
    send: () =>
      sendJson<VisitDetail>('POST', '/api/visits', {
        region: formText(form, 'region'),
        date: formText(form, 'date'),
        venue: formText(form, 'venue').trim() || null,
        hosts: formText(form, 'hosts').trim() || null,
        participants: formText(form, 'participants').trim() || null,
        agenda: agendaFromTopicTexts({
          1: formText(form, 'agenda-1'),
          2: formText(form, 'agenda-2'),
          3: formText(form, 'agenda-3'),
        }),
      }),
    onDone: (visit) => {
      setFlash(
        t('visits.plan.done', { region: nameOf(visit.region), date: formatDate(visit.date) }),
      );
      navigate(href(`/bezoeken/${encodeURIComponent(visit.id)}`));
    },
  });
  return h(
    'section',
    { id: 'plan', 'aria-labelledby': 'plan-heading', class: 'rk-topic' },
    h('h2', { class: 'utrecht-heading-2', id: 'plan-heading' }, t('visits.plan')),
    h('p', { class: 'utrecht-paragraph' }, t('visits.plan.lead')),
    notice('info', h('p', { class: 'utrecht-paragraph' }, t('visits.plan.required'))),
    form,
  );
}
