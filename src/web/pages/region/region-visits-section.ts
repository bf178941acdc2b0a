import { ApiError } from '../../api/client.js';
import type { VisitHistory } from '../../api/visit-types.js';
import { href } from '../../app/router.js';
import { formatNumber, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { dataTable } from '../../ui/data-table.js';
import { h } from '../../ui/dom.js';
import { unavailable } from '../../ui/notice.js';
import { visitSource } from '../../ui/visit-source.js';
import { visitDateLink } from '../../ui/visit-date-link.js';

/** The region's visit history: every visit to it or to a region below it, with what came of it. */
export function regionVisitsSection(history: VisitHistory | ApiError, name: string): HTMLElement {
  return h(
    'section',
    { class: 'rk-topic', id: 'bezoeken', 'aria-labelledby': 'region-visits-heading' },
    h('h2', { class: 'utrecht-heading-2', id: 'region-visits-heading' }, t('region.visits')),
    history instanceof ApiError
      ? unavailable(t('region.visits'), history)
      : history.visits.length
        ? dataTable({
            caption: t('region.visits.caption', { name }),
            testId: 'region-visits',
            rows: history.visits,
            columns: [
              {
                label: t('visits.date'),
                rowHeader: true,
                cell: visitDateLink,
              },
              { label: t('visits.region'), cell: (v) => nameOf(v.region) },
              {
                label: t('visits.status'),
                cell: (v) => t(`visit.status.${v.status}` as MessageKey),
              },
              {
                label: t('region.visits.findings'),
                numeric: true,
                cell: (v) => formatNumber(v.findings),
              },
              {
                label: t('region.visits.commitments'),
                cell: (v) =>
                  t('region.visits.commitments.value', {
                    open: formatNumber(v.commitments.open),
                    overdue: formatNumber(v.commitments.overdue),
                    done: formatNumber(v.commitments.done),
                  }),
              },
              {
                label: t('source.summary'),
                cell: (v) => visitSource((v as { source_id?: string | null }).source_id ?? null),
              },
            ],
          })
        : h('p', { class: 'utrecht-paragraph' }, t('region.visits.none', { name })),
    h(
      'p',
      { class: 'utrecht-paragraph' },
      h('a', { class: 'utrecht-link', href: `${href('/bezoeken')}#plan` }, t('region.visits.plan')),
    ),
  );
}
