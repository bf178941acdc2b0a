import { query } from '../../api/client.js';
import { lang, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { h } from '../../ui/dom.js';
import { pageSection } from '../../ui/page-section.js';

/** The buttons that download the report of a visit, as PDF and as a web page, in the page's language. */
export function visitReportLinks(visitId: string): HTMLElement {
  const link = (format: 'pdf' | 'html', key: MessageKey) =>
    h(
      'li',
      null,
      h(
        'a',
        {
          class:
            'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rk-export',
          href: `/api/visits/${encodeURIComponent(visitId)}/report.${format}${query({ lang: lang() })}`,
          hreflang: lang(),
          download: '',
          'data-testid': `visit-report-${format}`,
        },
        t(key),
      ),
    );
  return pageSection(
    'visit-report-heading',
    t('visit.report'),
    h('p', { class: 'utrecht-paragraph' }, t('visit.report.lead')),
    h(
      'ul',
      { class: 'rk-exports', 'data-testid': 'visit-report' },
      link('pdf', 'visit.report.pdf'),
      link('html', 'visit.report.html'),
    ),
  );
}
