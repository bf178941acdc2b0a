import { ApiError } from '../api/client.js';
import { apiErrorKey } from '../app/api-error-text.js';
import type { PageView } from '../app/page.js';
import { t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import { serverDetail } from '../ui/form-feedback.js';
import { notice } from '../ui/notice.js';
import { pageView } from '../ui/page-view.js';

/**
 * The page shown when a page could not be made: what went wrong in the reader's language (a
 * refused API call by its status), with the server's or the browser's own words below it.
 */
export function errorPage(error: unknown): PageView {
  const detail = error instanceof Error ? error.message : String(error);
  return pageView(
    t('error.title'),
    notice(
      'error',
      h('p', { class: 'utrecht-paragraph' }, t('error.text')),
      error instanceof ApiError
        ? h('p', { class: 'utrecht-paragraph', 'data-testid': 'api-error' }, t(apiErrorKey(error)))
        : null,
      detail
        ? h('p', { class: 'utrecht-paragraph rk-small rk-server-detail' }, serverDetail(detail))
        : null,
    ),
  );
}
