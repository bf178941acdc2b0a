import { ApiError } from '../../api/client.js';
import type { RegionDetail, RegionSme } from '../../api/types.js';
import { href } from '../../app/router.js';
import { nameOf, t } from '../../i18n/i18n.js';
import { h, type Child } from '../../ui/dom.js';

/**
 * The head of the region page: the breadcrumb up the NUTS chain, the name and codes, the
 * platforms, the regions below, the link to compare and the table of contents.
 */
export function regionHead(region: RegionDetail, sme: RegionSme | ApiError): Child[] {
  const name = nameOf(region);
  const chain =
    sme instanceof ApiError ? [region.parent, region].filter(Boolean) : [...sme.chain].reverse();
  const breadcrumb = h(
    'nav',
    { class: 'utrecht-breadcrumb-nav rk-breadcrumb', 'aria-label': t('region.breadcrumb') },
    h(
      'ol',
      { class: 'utrecht-breadcrumb-nav__list' },
      chain.map((r, i) =>
        h(
          'li',
          { class: 'utrecht-breadcrumb-nav__item' },
          i === chain.length - 1
            ? h('span', { 'aria-current': 'page' }, nameOf(r!))
            : h('a', { class: 'utrecht-link', href: href(`/regio/${r!.code}`) }, nameOf(r!)),
        ),
      ),
    ),
  );

  const children = region.children.length
    ? h(
        'div',
        { class: 'rk-children', 'data-testid': 'children' },
        h('h2', { class: 'utrecht-heading-3' }, t('region.children', { name })),
        h(
          'ul',
          { class: 'rk-chips' },
          region.children.map((c) =>
            h(
              'li',
              null,
              h('a', { class: 'utrecht-link rk-chip', href: href(`/regio/${c.code}`) }, nameOf(c)),
            ),
          ),
        ),
      )
    : null;

  return [
    breadcrumb,
    h(
      'div',
      { class: 'rk-region__head' },
      h('h1', { class: 'utrecht-heading-1' }, name),
      h(
        'p',
        { class: 'utrecht-paragraph rk-region__meta' },
        t('region.meta', { code: region.code, level: region.level, version: region.nuts_version }),
      ),
    ),
    region.platforms.length
      ? h(
          'p',
          { class: 'utrecht-paragraph' },
          t('region.platforms', { names: region.platforms.map((p) => p.name).join(', ') }),
        )
      : null,
    children,
    h(
      'p',
      { class: 'utrecht-paragraph' },
      h(
        'a',
        {
          class: 'utrecht-link',
          href: href('/vergelijk', { regio: region.code }),
          'data-testid': 'compare-link',
        },
        t('region.compare', { name }),
      ),
    ),
    h(
      'nav',
      { class: 'rk-toc', 'aria-label': t('region.toc') },
      h(
        'ul',
        { class: 'rk-chips' },
        h('li', null, h('a', { class: 'utrecht-link', href: '#topic-1' }, t('topic.1'))),
        h('li', null, h('a', { class: 'utrecht-link', href: '#topic-2' }, t('topic.2'))),
        h('li', null, h('a', { class: 'utrecht-link', href: '#topic-3' }, t('topic.3'))),
        h('li', null, h('a', { class: 'utrecht-link', href: '#bezoeken' }, t('region.visits'))),
        h(
          'li',
          null,
          h('a', { class: 'utrecht-link', href: '#aanbevolen' }, t('region.recommended')),
        ),
        h('li', null, h('a', { class: 'utrecht-link', href: '#exports' }, t('region.exports'))),
      ),
    ),
  ];
}
