import { getJson, query } from '../../api/client.js';
import type { Practice, PracticePage } from '../../api/types.js';
import type { PageView } from '../../app/page.js';
import { languageNote } from '../../ui/language-note.js';
import { href, navigate, type Route } from '../../app/router.js';
import { formatDate, formatNumber, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { h } from '../../ui/dom.js';
import { mayEditSomeRegion } from '../../app/permissions.js';
import { currentViewer, editNotice } from '../../ui/edit-permission.js';
import { notice } from '../../ui/notice.js';
import { pageView } from '../../ui/page-view.js';
import {
  controlsField,
  controlsForm,
  controlsSelect,
  controlsSubmit,
} from '../../ui/controls-form.js';

const PAGE_SIZE = 10;

/** The choices of a facet: all, then each value with its label and how many practices have it. */
function facetChoices(
  values: readonly (readonly [value: string, label: string, count: number])[],
): [string, string][] {
  return [
    ['', t('practices.all')],
    ...values.map(([value, label, count]): [string, string] => [
      value,
      `${label} (${formatNumber(count)})`,
    ]),
  ];
}

/** Good practices: full-text search with filters by topic, region and key area. */
export async function practicesPage(route: Route): Promise<PageView> {
  const q = route.query.get('q') ?? '';
  const topicParam = Number(route.query.get('thema'));
  const topic = [1, 2, 3].includes(topicParam) ? topicParam : undefined;
  const region = route.query.get('regio') ?? undefined;
  const keyArea = route.query.get('sleutelgebied') ?? undefined;
  const pageParam = Number(route.query.get('pagina'));
  const page = Number.isInteger(pageParam) && pageParam > 1 ? pageParam : 1;
  const [data, viewer] = await Promise.all([
    getJson<PracticePage>(
      `/api/practices${query({ q, topic, region, key_area: keyArea, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
    ),
    currentViewer(),
  ]);
  const state = { q: q || undefined, thema: topic, regio: region, sleutelgebied: keyArea };

  const form = controlsForm(
    {
      label: t('practices.search'),
      role: 'search',
      submit: (f) => {
        const value = (name: string) =>
          (f.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value || undefined;
        navigate(
          href('/praktijken', {
            q: value('practices-q'),
            thema: value('practices-topic'),
            regio: value('practices-region'),
            sleutelgebied: value('practices-keyarea'),
          }),
          { how: 'control' },
        );
      },
    },
    controlsField(
      { id: 'practices-q', label: t('practices.q'), wide: true },
      h('input', {
        id: 'practices-q',
        name: 'practices-q',
        type: 'search',
        class: 'utrecht-textbox utrecht-textbox--html-input',
        value: q,
        autocomplete: 'off',
      }),
    ),
    select(
      'practices-topic',
      t('practices.topic'),
      facetChoices(
        [1, 2, 3].map((n) => [
          String(n),
          t(`topic.${n}` as MessageKey),
          data.facets.topics.find((x) => x.topic === n)?.count ?? 0,
        ]),
      ),
      topic === undefined ? '' : String(topic),
    ),
    select(
      'practices-region',
      t('practices.region'),
      [
        ...facetChoices(data.facets.regions.map((r) => [r.code, nameOf(r), r.count])),
        ...(region && !data.facets.regions.some((r) => r.code === region)
          ? [[region, region] as [string, string]]
          : []),
      ],
      region ?? '',
    ),
    select(
      'practices-keyarea',
      t('practices.keyarea'),
      facetChoices(data.facets.key_areas.map((k) => [k.id, nameOf(k), k.count])),
      keyArea ?? '',
    ),
    controlsSubmit(t('practices.submit'), 'practices-submit'),
  );

  const results = h(
    'section',
    { 'aria-labelledby': 'practices-results' },
    h(
      'h2',
      {
        class: 'utrecht-heading-2',
        id: 'practices-results',
        'aria-live': 'polite',
        'data-testid': 'practices-count',
      },
      data.total === 1
        ? t('practices.count.one')
        : t('practices.count', { n: formatNumber(data.total) }),
    ),
    data.items.length
      ? h('ol', { class: 'rk-practices', 'data-testid': 'practices' }, data.items.map(practiceCard))
      : notice(
          'info',
          h(
            'p',
            { class: 'utrecht-paragraph' },
            data.facets.topics.length ? t('practices.none') : t('practices.empty'),
          ),
        ),
    pagination(data.total, page, state),
  );

  return pageView(
    t('practices.title'),
    h('p', { class: 'utrecht-paragraph' }, t('practices.lead')),
    mayEditSomeRegion(viewer)
      ? h(
          'p',
          { class: 'utrecht-paragraph' },
          h(
            'a',
            {
              class:
                'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action',
              href: href('/praktijken/nieuw'),
              'data-testid': 'practice-new',
            },
            t('practices.new'),
          ),
        )
      : editNotice(viewer),
    form,
    results,
  );
}

function practiceCard(p: Practice): HTMLElement {
  const period = [p.period_start, p.period_end]
    .filter(Boolean)
    .map((d) => formatDate(d!))
    .join(' – ');
  return h(
    'li',
    {
      class: 'rk-card rk-practice',
      lang: p.language === 'en' || p.language === 'nl' ? p.language : null,
    },
    h('h3', { class: 'utrecht-heading-3 rk-card__title' }, p.title),
    languageNote(p.language),
    h(
      'p',
      { class: 'rk-small' },
      h('a', { class: 'utrecht-link', href: href(`/regio/${p.region.code}`) }, nameOf(p.region)),
      ' · ',
      t(`topic.${p.topic}` as MessageKey),
      period ? ` · ${period}` : '',
    ),
    p.key_areas.length
      ? h(
          'ul',
          { class: 'rk-chips', 'aria-label': t('practices.keyareas') },
          p.key_areas.map((k) => h('li', { class: 'rk-chip' }, nameOf(k))),
        )
      : null,
    h('p', { class: 'utrecht-paragraph' }, p.description),
    p.evidence
      ? h(
          'p',
          { class: 'utrecht-paragraph' },
          h('strong', null, t('practices.evidence')),
          ' ',
          p.evidence,
        )
      : null,
    p.resources
      ? h(
          'p',
          { class: 'utrecht-paragraph' },
          h('strong', null, t('practices.resources')),
          ' ',
          p.resources,
        )
      : null,
    p.transfer_potential
      ? h(
          'p',
          { class: 'utrecht-paragraph' },
          h('strong', null, t('practices.transfer')),
          ' ',
          p.transfer_potential,
        )
      : null,
    p.transfers.length
      ? h(
          'p',
          { class: 'utrecht-paragraph' },
          h('strong', null, t('practices.transfers')),
          ' ',
          p.transfers
            .map(
              (x) =>
                `${nameOf(x)}${x.year ? ` (${x.year})` : ''}${x.outcome ? `: ${x.outcome}` : ''}`,
            )
            .join('; '),
        )
      : null,
    p.contact
      ? h('p', { class: 'rk-small' }, t('practices.contact', { contact: p.contact }))
      : null,
    p.source_url
      ? h(
          'p',
          { class: 'rk-small' },
          h('a', { class: 'utrecht-link', href: p.source_url }, t('practices.source')),
        )
      : null,
    h(
      'p',
      { class: 'rk-small' },
      h(
        'a',
        { class: 'utrecht-link', href: href(`/praktijken/${encodeURIComponent(p.id)}`) },
        t('practices.edit', { title: p.title }),
      ),
    ),
  );
}

function select(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  selected: string,
): HTMLElement {
  return controlsSelect(
    { id, label },
    options.map(([value, text]) => h('option', { value, selected: value === selected }, text)),
  );
}

function pagination(
  total: number,
  page: number,
  state: Record<string, string | number | undefined>,
): HTMLElement | null {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  return h(
    'nav',
    { class: 'utrecht-pagination rk-pagination', 'aria-label': t('practices.pages') },
    h(
      'ul',
      { class: 'rk-chips' },
      Array.from({ length: pages }, (_, i) => i + 1).map((n) =>
        h(
          'li',
          null,
          n === page
            ? h(
                'span',
                { class: 'rk-chip rk-chip--current', 'aria-current': 'page' },
                t('practices.page', { n }),
              )
            : h(
                'a',
                {
                  class: 'utrecht-link rk-chip',
                  href: href('/praktijken', { ...state, pagina: n }),
                },
                t('practices.page', { n }),
              ),
        ),
      ),
    ),
  );
}
