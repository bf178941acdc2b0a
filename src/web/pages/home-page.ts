import { getJson, query, tryJson, ApiError } from '../api/client.js';
import type {
  Indicator,
  IndicatorValues,
  Page,
  RegionFeatureCollection,
  Visit,
} from '../api/types.js';
import { defaultIndicator, HEADLINE_INDICATORS } from '../app/indicator-choice.js';
import type { PageView } from '../app/page.js';
import { href } from '../app/router.js';
import { formatDate, nameOf, t } from '../i18n/i18n.js';
import { indicatorMap } from '../map/indicator-map.js';
import { h } from '../ui/dom.js';
import { notice, unavailable } from '../ui/notice.js';
import { pageSection } from '../ui/page-section.js';
import { itemList } from '../ui/item-list.js';

/** Home: the provinces on one headline indicator, the planned visits and the ways in. */
export async function homePage(): Promise<PageView> {
  const today = new Date().toISOString().slice(0, 10);
  const valuesPath = (id: string) =>
    `/api/indicators/${encodeURIComponent(id)}/values?level=2&country=NL`;
  // The usual headline indicator is asked for at once, beside the list, to save a round trip.
  const [indicators, geometry, visits] = await Promise.all([
    getJson<Page<Indicator>>('/api/indicators'),
    getJson<RegionFeatureCollection>('/api/geometry?level=2&country=NL'),
    tryJson<Page<Visit>>(`/api/visits${query({ status: 'planned', from: today })}`),
    tryJson<IndicatorValues>(valuesPath(HEADLINE_INDICATORS[0])),
  ]);
  const headline = defaultIndicator(indicators.items, 2);
  let map: Node;
  if (headline) {
    const values = await getJson<IndicatorValues>(valuesPath(headline.id));
    map = h(
      'div',
      null,
      indicatorMap({
        title: t('home.map.title', { indicator: nameOf(values), year: values.year ?? '' }),
        features: geometry.features,
        data: values,
        area: 'nl',
        testId: 'home-map',
      }),
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          {
            class: 'utrecht-link',
            href: href('/kaart', { indicator: headline.id, level: 2, area: 'nl' }),
          },
          t('home.map.more'),
        ),
      ),
    );
  } else {
    map = notice('info', h('p', { class: 'utrecht-paragraph' }, t('home.map.none')));
  }

  const tasks: readonly [string, string, string][] = [
    [href('/kaart'), t('home.task.map'), t('home.task.map.text')],
    [href('/regio/NL213'), t('home.task.twente'), t('home.task.twente.text')],
    [
      href('/vergelijk', { regio: 'NL213,NL41' }),
      t('home.task.compare'),
      t('home.task.compare.text'),
    ],
    [href('/netwerk/NL213'), t('home.task.network'), t('home.task.network.text')],
    [href('/praktijken'), t('home.task.practices'), t('home.task.practices.text')],
    [href('/mkb'), t('home.task.sme'), t('home.task.sme.text')],
    [href('/bronnen'), t('home.task.sources'), t('home.task.sources.text')],
  ];

  const content = h(
    'div',
    { class: 'rk-home' },
    h('h1', { class: 'utrecht-heading-1' }, t('home.title')),
    h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead' }, t('home.lead')),
    h(
      'div',
      { class: 'rk-home__grid' },
      h(
        'section',
        { class: 'rk-home__map', 'aria-labelledby': 'home-map-heading' },
        h('h2', { class: 'utrecht-heading-2', id: 'home-map-heading' }, t('home.map.heading')),
        map,
      ),
      h(
        'section',
        { class: 'rk-home__visits', 'aria-labelledby': 'home-visits-heading' },
        h(
          'h2',
          { class: 'utrecht-heading-2', id: 'home-visits-heading' },
          t('home.visits.heading'),
        ),
        visitList(visits),
      ),
    ),
    pageSection(
      'home-tasks-heading',
      t('home.tasks.heading'),
      h(
        'ul',
        { class: 'rk-tasks' },
        tasks.map(([link, title, text]) =>
          h(
            'li',
            { class: 'rk-tasks__item' },
            h(
              'a',
              { class: 'rk-tasks__link', href: link },
              h('span', { class: 'rk-tasks__title' }, title),
              h('span', { class: 'rk-tasks__text' }, text),
            ),
          ),
        ),
      ),
    ),
  );
  return { title: t('home.title'), content };
}

function visitList(visits: Page<Visit> | ApiError): Node {
  if (visits instanceof ApiError) return unavailable(t('home.visits.heading'), visits);
  if (visits.items.length === 0) {
    return h('p', { class: 'utrecht-paragraph' }, t('home.visits.none'));
  }
  return itemList(
    { tag: 'ol', className: 'rk-visits', itemClass: 'rk-visits__item' },
    visits.items,
    (v) => [
      h(
        'p',
        { class: 'rk-visits__when' },
        h(
          'a',
          { class: 'utrecht-link', href: href(`/bezoeken/${encodeURIComponent(v.id)}`) },
          h('time', { datetime: v.date }, formatDate(v.date)),
        ),
      ),
      h(
        'p',
        { class: 'rk-visits__where' },
        h('a', { class: 'utrecht-link', href: href(`/regio/${v.region.code}`) }, nameOf(v.region)),
        v.venue ? ` · ${v.venue}` : '',
      ),
      v.hosts ? h('p', { class: 'rk-small' }, t('home.visits.hosts', { hosts: v.hosts })) : null,
      v.agenda.length
        ? h(
            'div',
            null,
            h('p', { class: 'rk-visits__agenda-title' }, t('home.visits.agenda')),
            itemList(
              {
                tag: 'ol',
                className: 'utrecht-ordered-list rk-visits__agenda',
                itemClass: 'utrecht-ordered-list__item',
              },
              v.agenda,
              (a) => (a.topic ? t(`topic.${a.topic}` as 'topic.1') : a.title),
            ),
          )
        : null,
    ],
    { testId: 'visits' },
  );
}
