import type { ApiError } from '../api/client.js';
import { apiErrorKey } from '../app/api-error-text.js';
import { t } from '../i18n/i18n.js';
import { h, type Child } from './dom.js';

// Written out in full: the build keeps only the NL Design System classes the sources name.
const ALERT_CLASSES = {
  info: 'utrecht-alert--info',
  warning: 'utrecht-alert--warning',
  error: 'utrecht-alert--error',
  ok: 'utrecht-alert--ok',
} as const;

/** A message box in NL Design System style. */
export function notice(
  kind: 'info' | 'warning' | 'error' | 'ok',
  ...children: Child[]
): HTMLDivElement {
  return h(
    'div',
    { class: `utrecht-alert ${ALERT_CLASSES[kind]} rk-notice`, 'data-notice': kind },
    h(
      'div',
      { class: 'utrecht-alert__content' },
      h('div', { class: 'utrecht-alert__message' }, children),
    ),
  );
}

/**
 * Says plainly that a figure cannot be shown because the server did not provide it, with the
 * server's own answer; nothing is filled in instead.
 */
export function unavailable(what: string, error: ApiError): HTMLDivElement {
  return h(
    'div',
    { 'data-unavailable': error.path, 'data-status': error.status },
    notice(
      'warning',
      h('p', { class: 'utrecht-paragraph' }, t('unavailable.lead', { what })),
      h('p', { class: 'utrecht-paragraph' }, t(apiErrorKey(error))),
      h(
        'p',
        { class: 'utrecht-paragraph rk-small' },
        t('unavailable.server', { status: error.status, code: error.code }),
        ' ',
        h('code', null, error.path),
        error.message ? [' — ', h('span', { lang: 'en' }, error.message)] : '',
      ),
    ),
  );
}

/** A visible loading message for a part of a page that is still on its way. */
export function loading(): HTMLParagraphElement {
  return h('p', { class: 'utrecht-paragraph rk-loading', role: 'status' }, t('common.loading'));
}
