import { href } from '../app/router.js';
import { t } from '../i18n/i18n.js';
import { datasetTitlesById } from './dataset-title.js';
import { h } from './dom.js';
import { sourceAnchor } from './source-anchor.js';

/**
 * Where a visit record comes from: the data set it was entered from, by its title and linked to
 * its entry on the sources page, or the platform's own records in Regiokracht.
 */
export function visitSource(sourceId: string | null): HTMLElement {
  if (!sourceId) return h('span', null, t('visit.source.own'));
  const link = h(
    'a',
    { class: 'utrecht-link', href: `${href('/bronnen')}#${sourceAnchor(sourceId)}` },
    t('visit.source.loading'),
  );
  void datasetTitle(sourceId).then((title) => {
    link.textContent = title ?? t('visit.source.unknown');
  });
  return h('span', null, t('visit.source.dataset'), ' ', link);
}

async function datasetTitle(id: string): Promise<string | null> {
  return (await datasetTitlesById()).get(id) ?? null;
}
