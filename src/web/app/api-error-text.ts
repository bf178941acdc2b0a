import type { MessageKey } from '../i18n/messages-nl.js';

/** What the web needs to know of a failed API call to explain it. */
export interface ApiFailure {
  readonly status: number;
  readonly code: string;
}

/**
 * The message that explains a failed API call in the reader's language, chosen by the problem's
 * code and else its status; the server's own detail is in English and names command-line tools,
 * so it is only ever shown beside this text, never instead of it.
 *
 * @example apiErrorKey({ status: 404, code: 'NOT_FOUND' }) // 'apierror.404'
 */
export function apiErrorKey(failure: ApiFailure): MessageKey {
  switch (failure.code) {
    case 'DATABASE_BUSY':
      return 'apierror.busy';
    case 'CSRF_TOKEN':
      return 'apierror.csrf';
    case 'RATE_LIMITED':
      return 'apierror.429';
    case 'NETWORK':
      return 'apierror.network';
  }
  switch (failure.status) {
    case 0:
      return 'apierror.network';
    case 400:
    case 422:
      return 'apierror.400';
    case 401:
      return 'apierror.401';
    case 403:
      return 'apierror.403';
    case 404:
      return 'apierror.404';
    case 409:
      return 'apierror.409';
    case 413:
      return 'apierror.413';
    case 429:
      return 'apierror.429';
    case 503:
      return 'apierror.503';
    default:
      return failure.status >= 500 ? 'apierror.500' : 'apierror.other';
  }
}
