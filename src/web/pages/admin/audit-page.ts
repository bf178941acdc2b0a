import { getJson, query } from '../../api/client.js';
import type { AuditEntry } from '../../api/admin-types.js';
import type { Page } from '../../api/types.js';
import { auditChanges } from '../../app/audit-diff.js';
import {
  AUDIT_ENTITIES,
  AUDIT_PAGE_SIZE,
  auditApiParams,
  auditFilterOf,
  auditFilterParams,
  type AuditEntity,
  type AuditFilterState,
} from '../../app/audit-filter.js';
import type { PageView } from '../../app/page.js';
import { mayReadAudit } from '../../app/permissions.js';
import { href, navigate, type Route } from '../../app/router.js';
import { formatDate, formatNumber, lang, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { adminSubNav } from '../../ui/admin-nav.js';
import { dataTable } from '../../ui/data-table.js';
import { h } from '../../ui/dom.js';
import { auditRecordLabel } from '../../app/audit-label.js';
import { currentViewer, editNotice } from '../../ui/edit-permission.js';
import { formText, selectField, textField } from '../../ui/form-controls.js';
import { notice } from '../../ui/notice.js';
import { controlsForm, controlsSubmit } from '../../ui/controls-form.js';
import { pageView } from '../../ui/page-view.js';

const entityName = (entity: string) =>
  (AUDIT_ENTITIES as readonly string[]).includes(entity)
    ? t(`audit.entity.${entity as AuditEntity}` as MessageKey)
    : entity;

const ACTIONS = [
  'create',
  'update',
  'delete',
  'publish',
  'disable',
  'enable',
  'reset-password',
  'import',
];
const actionName = (action: string) =>
  ACTIONS.includes(action) ? t(`audit.action.${action}` as MessageKey) : action;

/** The audit trail for administrators and analysts: filters in the URL, pages, the CSV export. */
export async function auditPage(route: Route): Promise<PageView> {
  const title = t('audit.title');
  const viewer = await currentViewer();
  if (!mayReadAudit(viewer)) return pageView(title, editNotice(viewer, 'audit'));
  const state = auditFilterOf(route.query);
  const data = await getJson<Page<AuditEntry>>(`/api/audit${query(auditApiParams(state))}`);
  const first = data.total === 0 ? 0 : data.offset + 1;
  const last = data.offset + data.items.length;
  return pageView(
    title,
    adminSubNav(viewer, 'audit'),
    h('p', { class: 'utrecht-paragraph' }, t('audit.lead')),
    filterForm(state),
    h(
      'p',
      { class: 'utrecht-paragraph' },
      h(
        'a',
        {
          class:
            'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action',
          href: `/api/audit.csv${query(auditApiParams(state, false))}`,
          download: 'audit.csv',
          'data-testid': 'audit-csv',
        },
        t('audit.csv'),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'audit-results' },
      h(
        'h2',
        {
          class: 'utrecht-heading-2',
          id: 'audit-results',
          'aria-live': 'polite',
          'data-testid': 'audit-count',
        },
        t('audit.count', {
          first: formatNumber(first),
          last: formatNumber(last),
          total: formatNumber(data.total),
        }),
      ),
      data.items.length
        ? h('ol', { class: 'rk-cards rk-audit', 'data-testid': 'audit' }, data.items.map(auditCard))
        : notice('info', h('p', { class: 'utrecht-paragraph' }, t('audit.none'))),
      pager(state, data.total),
    ),
  );
}

function filterForm(state: AuditFilterState): HTMLFormElement {
  return controlsForm(
    {
      label: t('audit.filter'),
      testId: 'audit-filter',
      submit: (f) => {
        const next = auditFilterOf(
          new URLSearchParams({
            entiteit: formText(f, 'entiteit'),
            actor: formText(f, 'actor'),
            van: formText(f, 'van'),
            tot: formText(f, 'tot'),
          }),
        );
        navigate(href('/beheer/audit', auditFilterParams(next)), { how: 'control' });
      },
    },
    selectField(
      { id: 'audit-entity', name: 'entiteit', label: t('audit.entity'), value: state.entity },
      [
        ['', t('audit.entity.all')],
        ...AUDIT_ENTITIES.map((e) => [e, entityName(e)] as [string, string]),
      ],
    ),
    textField({
      id: 'audit-actor',
      name: 'actor',
      label: t('audit.actor'),
      value: state.actor,
      hint: t('audit.actor.hint'),
    }),
    textField({
      id: 'audit-from',
      name: 'van',
      label: t('audit.from'),
      type: 'date',
      value: state.from,
    }),
    textField({ id: 'audit-to', name: 'tot', label: t('audit.to'), type: 'date', value: state.to }),
    controlsSubmit(t('audit.filter.submit'), 'audit-filter-submit'),
  );
}

function auditCard(entry: AuditEntry): HTMLElement {
  const changes = auditChanges(entry.before, entry.after, lang());
  return h(
    'li',
    { class: 'rk-card rk-audit__entry', 'data-testid': 'audit-entry', 'data-entity': entry.entity },
    h(
      'h3',
      { class: 'utrecht-heading-3 rk-card__title' },
      t('audit.entry', {
        action: actionName(entry.action),
        entity: entityName(entry.entity),
        id: auditRecordLabel(entry.entity_id, entry.before, entry.after, lang()),
      }),
    ),
    h(
      'p',
      { class: 'rk-small' },
      h('time', { datetime: entry.at }, formatDate(entry.at, true)),
      ' · ',
      h('span', { 'data-testid': 'audit-actor' }, entry.actor),
    ),
    changes.length
      ? dataTable({
          caption: t('audit.changes', { id: entry.entity_id }),
          captionHidden: true,
          testId: 'audit-changes',
          rows: changes,
          columns: [
            { label: t('audit.field'), rowHeader: true, cell: (c) => c.field },
            {
              label: t('audit.before'),
              cell: (c) => (c.before ? h('span', { class: 'rk-prewrap' }, c.before) : '—'),
            },
            {
              label: t('audit.after'),
              cell: (c) => (c.after ? h('span', { class: 'rk-prewrap' }, c.after) : '—'),
            },
          ],
        })
      : h('p', { class: 'utrecht-paragraph rk-small' }, t('audit.noChanges')),
  );
}

function pager(state: AuditFilterState, total: number): HTMLElement | null {
  const pages = Math.ceil(total / AUDIT_PAGE_SIZE);
  if (pages <= 1) return null;
  const link = (page: number, key: MessageKey, rel: string) =>
    h(
      'li',
      null,
      h(
        'a',
        {
          class: 'utrecht-link',
          rel,
          href: href('/beheer/audit', auditFilterParams({ ...state, page })),
          'data-testid': `audit-${rel}`,
        },
        t(key),
      ),
    );
  return h(
    'nav',
    { class: 'utrecht-pagination rk-pagination', 'aria-label': t('audit.pages') },
    h(
      'ul',
      { class: 'rk-chips' },
      state.page > 1 ? link(state.page - 1, 'audit.previous', 'prev') : null,
      h('li', { 'aria-current': 'page' }, t('audit.page', { page: state.page, pages })),
      state.page < pages ? link(state.page + 1, 'audit.next', 'next') : null,
    ),
  );
}
