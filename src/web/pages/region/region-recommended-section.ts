import { ApiError } from '../../api/client.js';
import type { PracticeRecommendations } from '../../api/visit-types.js';
import { methodText } from '../../ui/source-details.js';
import { href } from '../../app/router.js';
import { lang, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { h } from '../../ui/dom.js';
import { unavailable } from '../../ui/notice.js';
import { BULLETS, CARDS, itemList } from '../../ui/item-list.js';

/** Good practices from regions that do well where this region does worst, with the reasons. */
export function regionRecommendedSection(
  recommended: PracticeRecommendations | ApiError,
  name: string,
): HTMLElement {
  const text = (r: { text_nl: string; text_en: string }) =>
    lang() === 'en' ? r.text_en : r.text_nl;
  return h(
    'section',
    { class: 'rk-topic', id: 'aanbevolen', 'aria-labelledby': 'region-recommended-heading' },
    h(
      'h2',
      { class: 'utrecht-heading-2', id: 'region-recommended-heading' },
      t('region.recommended'),
    ),
    recommended instanceof ApiError
      ? unavailable(t('region.recommended'), recommended)
      : [
          // A sentence per kind, each naming whose weak points they are (index scores: the province's).
          recommended.weakest_texts.length
            ? h(
                'p',
                { class: 'utrecht-paragraph', 'data-testid': 'recommended-weakest' },
                recommended.weakest_texts.map(text).join(' '),
              )
            : null,
          itemList(
            CARDS,
            recommended.items,
            (item) => [
              h('h3', { class: 'utrecht-heading-3 rk-card__title' }, item.practice.title),
              h(
                'p',
                { class: 'rk-small' },
                h(
                  'a',
                  {
                    class: 'utrecht-link',
                    href: href(`/regio/${item.practice.region.code}`),
                  },
                  nameOf(item.practice.region),
                ),
                ' · ',
                t(`topic.${item.practice.topic}` as MessageKey),
              ),
              itemList(BULLETS, item.reasons, text),
            ],
            { testId: 'recommended', none: t('region.recommended.none', { name }) },
          ),
          h(
            'details',
            { class: 'rk-source' },
            h('summary', { class: 'rk-source__summary' }, t('source.method')),
            methodText(recommended),
          ),
        ],
  );
}
