import { href } from '../app/router.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';

/**
 * Where a visit record comes from: the data set it was entered from (linked to the sources page),
 * or the platform's own records in Regiokracht.
 */
export function visitSource(sourceId: string | null): HTMLElement {
  return sourceId
    ? h(
        'span',
        null,
        h('a', { class: 'utrecht-link', href: href('/bronnen') }, t('visit.source.dataset')),
        ' ',
        h('code', null, sourceId),
      )
    : h('span', null, t('visit.source.own'));
}
