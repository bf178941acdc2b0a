import { ApiError } from '../../api/client.js';
import type { RegionDetail, RegionSme, SourceEntry } from '../../api/types.js';
import { href } from '../../app/router.js';
import { nameOf, t } from '../../i18n/i18n.js';
import { h, type Child } from '../../ui/dom.js';
import { sourceDetails } from '../../ui/source-details.js';

/**
 * Topic 3, spearheads: the region's spearheads with their descriptions and source, and links to
 * the regions below it that have clusters of their own.
 */
export function spearheads(
  region: RegionDetail,
  sme: RegionSme | ApiError,
  datasets: readonly SourceEntry[],
): Child {
  const sourceIds = [...new Set(region.spearheads.map((s) => s.source_id))];
  const below =
    sme instanceof ApiError
      ? []
      : sme.clusters.filter((c) => c.region !== region.code && c.region.startsWith(region.code));
  const belowRegions = [...new Set(below.map((c) => c.region))];
  const regionName = (code: string) => {
    const child = region.children.find((c) => c.code === code);
    return child ? nameOf(child) : code;
  };
  const name = nameOf(region);
  return h(
    'div',
    { class: 'rk-figure', 'data-testid': 'spearheads' },
    h(
      'h3',
      { class: 'utrecht-heading-3' },
      t('region.spearheads', { n: region.spearheads.length }),
    ),
    region.spearheads.length
      ? h(
          'ul',
          { class: 'rk-spearheads' },
          region.spearheads.map((s) =>
            h(
              'li',
              { class: 'rk-spearheads__item', 'data-testid': 'spearhead' },
              nameOf(s),
              s.description
                ? h(
                    'p',
                    {
                      class: 'rk-small rk-prewrap rk-spearheads__description',
                      'data-testid': 'spearhead-description',
                    },
                    s.description,
                  )
                : null,
            ),
          ),
        )
      : h('p', { class: 'utrecht-paragraph' }, t('region.spearheads.none', { name })),
    belowRegions.map((code) =>
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          { class: 'utrecht-link', href: href(`/regio/${code}`) },
          t('region.spearheads.below', { name: regionName(code) }),
        ),
        ' ',
        below
          .filter((c) => c.region === code)
          .map(nameOf)
          .join(', '),
      ),
    ),
    region.spearheads.length
      ? sourceDetails({
          datasets: datasets
            .filter((d) => sourceIds.includes(d.id))
            .map(({ imports: _imports, ...d }) => d),
          imports: [],
          // Written by the page in its own language: the same text for either field.
          method: t('region.spearheads.source'),
          method_nl: t('region.spearheads.source'),
        })
      : null,
  );
}
