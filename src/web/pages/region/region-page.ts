import { referenceName } from '../../../domain/reference-name.js';
import { ApiError, getJson, query, tryJson } from '../../api/client.js';
import { regionLinksSection } from './region-links-section.js';
import type {
  Helix,
  Indicator,
  KeyAreas,
  Page,
  RegionDetail,
  RegionIndex,
  RegionIndexIndicator,
  RegionSme,
  SourceEntry,
} from '../../api/types.js';
import { HELIX_COLOURS, HELIX_ROLES, helixLabelKey } from '../../app/helix-roles.js';
import { defaultIndicator } from '../../app/indicator-choice.js';
import type { PracticeRecommendations, VisitHistory } from '../../api/visit-types.js';
import type { PageView } from '../../app/page.js';
import { href, type Route } from '../../app/router.js';
import { barChart } from '../../charts/bar-chart.js';
import { lineChart } from '../../charts/line-chart.js';
import { formatList, formatNumber, formatPercent, lang, nameOf, t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-nl.js';
import { dataTable } from '../../ui/data-table.js';
import { h, type Child } from '../../ui/dom.js';
import { chartFigure } from '../../ui/figure.js';
import { notice, unavailable } from '../../ui/notice.js';
import { contactPointCard, fundCard } from '../../ui/sme-cards.js';
import { sourceDetails } from '../../ui/source-details.js';
import { coverageSentence, dataAgeWarning, notMeasured } from '../../ui/measure-status.js';
import { regionBenchmarkFigure } from './region-benchmark-figure.js';
import { regionRecommendedSection } from './region-recommended-section.js';
import { regionSpearheadsEditor } from './region-spearheads-editor.js';
import { regionVisitsSection } from './region-visits-section.js';

const TAXONOMIES = ['topsectoren-2011', 'sleutelgebieden-2004'] as const;

/** Region profile: the three topics of a visit, each figure with its source. */
export async function regionPage(route: Route): Promise<PageView> {
  const code = (route.params[0] ?? '').toUpperCase();
  const taxonomy = TAXONOMIES.find((x) => x === route.query.get('taxonomy')) ?? TAXONOMIES[0];
  const region = await getJson<RegionDetail>(`/api/regions/${code}`);
  const editor = regionSpearheadsEditor(region.code, nameOf(region));
  const [helix, keyAreas, index, sme, indicators, sources, visits, recommended] = await Promise.all(
    [
      tryJson<Helix>(`/api/regions/${code}/helix${query({ lang: lang() })}`),
      tryJson<KeyAreas>(
        `/api/regions/${code}/keyareas${query({ taxonomy, measure: 'participations', reference: region.country_code, lang: lang() })}`,
      ),
      tryJson<RegionIndex>(`/api/regions/${code}/index`),
      tryJson<RegionSme>(`/api/regions/${code}/sme`),
      getJson<Page<Indicator>>('/api/indicators'),
      tryJson<Page<SourceEntry>>('/api/sources?limit=1000'),
      tryJson<VisitHistory>(`/api/regions/${code}/visits`),
      tryJson<PracticeRecommendations>(`/api/regions/${code}/practices/recommended`),
    ],
  );
  const name = nameOf(region);
  const datasets = sources instanceof ApiError ? [] : sources.items;

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

  const headline = defaultIndicator(indicators.items, region.level);
  const content = h(
    'div',
    { class: 'rk-region' },
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
    topicSection(1, [
      helixFigures(helix, name),
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          { class: 'utrecht-link', href: href(`/netwerk/${region.code}`) },
          t('region.network.link', { name }),
        ),
      ),
      regionLinksSection(region.code, name),
      contactPoints(sme, name),
    ]),
    topicSection(2, [
      taxonomySwitch(region.code, taxonomy),
      keyAreaFigures(keyAreas, name),
      coverage(region),
    ]),
    topicSection(3, [
      spearheads(region, sme, datasets),
      await editor,
      funds(sme, name),
      indexFigures(index, name, indicators.items, region.parent),
    ]),
    regionVisitsSection(visits, name),
    regionRecommendedSection(recommended, name),
    exportsSection(region, headline),
  );
  return { title: name, content };
}

function topicSection(topic: 1 | 2 | 3, children: Child[]): HTMLElement {
  return h(
    'section',
    { class: 'rk-topic', id: `topic-${topic}`, 'aria-labelledby': `topic-${topic}-heading` },
    h(
      'h2',
      { class: 'utrecht-heading-2 rk-topic__heading', id: `topic-${topic}-heading` },
      h('span', { class: 'rk-topic__number' }, String(topic)),
      t(`topic.${topic}`),
    ),
    h('p', { class: 'utrecht-paragraph rk-topic__lead' }, t(`topic.${topic}.lead` as MessageKey)),
    children,
  );
}

function helixFigures(helix: Helix | ApiError, name: string): Child {
  if (helix instanceof ApiError) return unavailable(t('region.helix'), helix);
  if (!helix.available || !helix.composition || !helix.configurations || helix.projects === null)
    return [notMeasured(t('region.helix'), helix), coverageSentence(helix)];
  const projects = helix.projects;
  const roles = HELIX_ROLES;
  const actors = helix.composition.actors;
  const parts = helix.composition.participations;
  const totalActors = roles.reduce((sum, r) => sum + (actors[r] ?? 0), 0);
  const composition = chartFigure({
    title: t('region.helix.composition', { name }),
    alt: t('region.helix.composition.alt', {
      actors: formatNumber(totalActors),
      roles: roles.map((r) => `${t(helixLabelKey(r))} ${formatNumber(actors[r] ?? 0)}`).join(', '),
    }),
    chart: h(
      'div',
      { class: 'rk-twin-bars' },
      h('p', { class: 'rk-twin-bars__title' }, t('region.helix.actors')),
      barChart({
        bars: roles.map((r) => ({
          label: t(helixLabelKey(r)),
          value: actors[r] ?? 0,
          display: formatNumber(actors[r] ?? 0),
          colour: HELIX_COLOURS[r],
        })),
      }),
      h('p', { class: 'rk-twin-bars__title' }, t('region.helix.participations')),
      barChart({
        bars: roles.map((r) => ({
          label: t(helixLabelKey(r)),
          value: parts[r] ?? 0,
          display: formatNumber(parts[r] ?? 0),
          colour: HELIX_COLOURS[r],
        })),
      }),
    ),
    table: dataTable({
      caption: t('region.helix.composition', { name }),
      columns: [
        {
          label: t('helix.role'),
          rowHeader: true,
          cell: (r: (typeof roles)[number]) => t(helixLabelKey(r)),
        },
        {
          label: t('region.helix.actors'),
          numeric: true,
          value: (r) => actors[r] ?? 0,
          cell: (r) => formatNumber(actors[r] ?? 0),
        },
        {
          label: t('region.helix.participations'),
          numeric: true,
          value: (r) => parts[r] ?? 0,
          cell: (r) => formatNumber(parts[r] ?? 0),
        },
      ],
      rows: roles,
    }),
    source: helix.source ?? null,
    testId: 'helix-composition',
  });

  const tValue = helix.t_millibits;
  const ci = helix.t_ci95_millibits;
  const configurations = Object.entries(helix.configurations);
  const synergy = h(
    'div',
    { class: 'rk-figure rk-keyfigure', 'data-testid': 'helix-t' },
    h('h3', { class: 'utrecht-heading-3' }, t('region.t.heading')),
    tValue === null
      ? h(
          'p',
          { class: 'utrecht-paragraph' },
          t('region.t.none', { projects: formatNumber(projects) }),
        )
      : [
          h(
            'p',
            { class: 'rk-keyfigure__value' },
            h(
              'span',
              { 'data-testid': 't-value' },
              `T = ${formatNumber(tValue, 1)} ${t('unit.millibits')}`,
            ),
          ),
          ci
            ? h(
                'p',
                { class: 'rk-keyfigure__interval' },
                t('region.t.interval', { lo: formatNumber(ci[0], 1), hi: formatNumber(ci[1], 1) }),
              )
            : null,
          h(
            'p',
            { class: 'utrecht-paragraph', 'data-testid': 't-explanation' },
            explainT(tValue, ci, projects),
          ),
        ],
    h(
      'details',
      { class: 'rk-figure__table' },
      h('summary', null, t('region.t.configurations')),
      dataTable({
        caption: t('region.t.configurations'),
        columns: [
          {
            label: t('region.t.configuration'),
            rowHeader: true,
            cell: ([k]: [string, number]) => configurationLabel(k),
          },
          {
            label: t('region.t.projects'),
            numeric: true,
            value: ([, v]) => v,
            cell: ([, v]) => formatNumber(v),
          },
        ],
        rows: configurations,
      }),
    ),
    sourceDetails(helix.source ?? null),
  );
  const counted = h(
    'p',
    { class: 'rk-small', 'data-testid': 'helix-counted' },
    t('region.helix.counted', { name }),
  );
  return [composition, counted, synergy, coverageSentence(helix), dataAgeWarning(helix.period)];
}

/** What T means in plain words, with the interval taken into account. */
export function explainT(
  value: number,
  ci: readonly [number, number] | null,
  projects: number,
): string {
  const base = t('region.t.projectsBase', { projects: formatNumber(projects) });
  if (ci && ci[0] <= 0 && ci[1] >= 0) return `${base} ${t('region.t.explain.uncertain')}`;
  if (value < 0) return `${base} ${t('region.t.explain.synergy')}`;
  if (value > 0) return `${base} ${t('region.t.explain.none')}`;
  return `${base} ${t('region.t.explain.zero')}`;
}

function configurationLabel(key: string): string {
  const letters: Record<string, MessageKey> = { U: 'helix.U', I: 'helix.I', G: 'helix.G' };
  return `${key}: ${key
    .split('')
    .map((c) => (letters[c] ? t(letters[c]!) : c))
    .join(' + ')}`;
}

function contactPoints(sme: RegionSme | ApiError, name: string): Child {
  const heading = h('h3', { class: 'utrecht-heading-3' }, t('region.sme.heading'));
  if (sme instanceof ApiError) return [heading, unavailable(t('region.sme.heading'), sme)];
  if (sme.contact_points.length === 0) {
    return [
      heading,
      h(
        'p',
        { class: 'utrecht-paragraph', 'data-testid': 'no-contact-point' },
        t('sme.none', { name }),
      ),
    ];
  }
  return [
    heading,
    h(
      'ul',
      { class: 'rk-cards', 'data-testid': 'contact-points' },
      sme.contact_points.map((c) => contactPointCard(c)),
    ),
    sourceDetails(sme.source),
  ];
}

function taxonomySwitch(code: string, taxonomy: string): HTMLElement {
  return h(
    'p',
    { class: 'utrecht-paragraph rk-switch' },
    t('region.taxonomy'),
    ' ',
    TAXONOMIES.map((x, i) => [
      i > 0 ? ' · ' : '',
      x === taxonomy
        ? h('strong', { 'aria-current': 'true' }, t(`taxonomy.${x}` as MessageKey))
        : h(
            'a',
            { class: 'utrecht-link', href: `${href(`/regio/${code}`, { taxonomy: x })}#topic-2` },
            t(`taxonomy.${x}` as MessageKey),
          ),
    ]),
  );
}

function keyAreaFigures(keyAreas: KeyAreas | ApiError, name: string): Child {
  if (keyAreas instanceof ApiError) return unavailable(t('region.keyareas'), keyAreas);
  if (!keyAreas.available)
    return [notMeasured(t('region.keyareas'), keyAreas), coverageSentence(keyAreas)];
  const areas = keyAreas.areas;
  if (areas.length === 0)
    return notice('info', h('p', { class: 'utrecht-paragraph' }, t('region.keyareas.none')));
  const byLq = [...areas].sort((a, b) => (b.lq ?? 0) - (a.lq ?? 0));
  const specialised = byLq.filter((a) => (a.lq ?? 0) >= 1).map(nameOf);
  const table = dataTable({
    caption: t('region.keyareas.table', { name }),
    columns: [
      {
        label: t('region.keyareas.area'),
        rowHeader: true,
        cell: (a: (typeof areas)[number]) => nameOf(a),
      },
      {
        label: t(`measure.${keyAreas.measure}` as MessageKey),
        numeric: true,
        value: (a) => a.value ?? null,
        cell: (a) => (a.value === null ? '–' : formatNumber(a.value)),
      },
      {
        label: t('region.keyareas.share'),
        numeric: true,
        value: (a) => a.share_of_national ?? null,
        cell: (a) => (a.share_of_national === null ? '–' : formatPercent(a.share_of_national)),
      },
      {
        label: t('region.keyareas.lq'),
        numeric: true,
        value: (a) => a.lq ?? null,
        cell: (a) => (a.lq === null ? '–' : formatNumber(a.lq, 2)),
      },
    ],
    rows: byLq,
  });
  const lq = chartFigure({
    title: t('region.keyareas.lq.title', {
      name,
      reference: referenceName(keyAreas.reference, lang()),
    }),
    alt: specialised.length
      ? t('region.keyareas.lq.alt', { areas: specialised.join(', ') })
      : t('region.keyareas.lq.alt.none'),
    chart: barChart({
      bars: byLq.map((a) => ({
        label: nameOf(a),
        value: a.lq ?? 0,
        display: a.lq === null ? '–' : formatNumber(a.lq, 2),
      })),
      reference: { value: 1, label: t('region.keyareas.lq.reference') },
      testId: 'lq-bars',
    }),
    table,
    source: keyAreas.source ?? null,
    testId: 'keyareas-lq',
  });
  const share = chartFigure({
    title: t('region.keyareas.share.title', { name }),
    alt: t('region.keyareas.share.alt', {
      top: byShare(areas)[0] ? nameOf(byShare(areas)[0]!) : '–',
      share:
        byShare(areas)[0]?.share_of_national != null
          ? formatPercent(byShare(areas)[0]!.share_of_national!)
          : '–',
    }),
    chart: barChart({
      bars: byShare(areas).map((a) => ({
        label: nameOf(a),
        value: a.share_of_national ?? 0,
        display: a.share_of_national === null ? '–' : formatPercent(a.share_of_national),
      })),
    }),
    table: dataTable({
      caption: t('region.keyareas.share.title', { name }),
      columns: [
        {
          label: t('region.keyareas.area'),
          rowHeader: true,
          cell: (a: (typeof areas)[number]) => nameOf(a),
        },
        {
          label: t('region.keyareas.share'),
          numeric: true,
          value: (a) => a.share_of_national ?? null,
          cell: (a) => (a.share_of_national === null ? '–' : formatPercent(a.share_of_national)),
        },
      ],
      rows: byShare(areas),
    }),
    source: keyAreas.source ?? null,
    testId: 'keyareas-share',
  });
  const together = areas.filter((a) => a.members.length > 1);
  const notes = h(
    'div',
    { 'data-testid': 'keyareas-notes' },
    h(
      'p',
      { class: 'utrecht-paragraph', 'data-testid': 'keyareas-classification' },
      t(`region.keyareas.classification.${keyAreas.classification}`),
    ),
    keyAreas.unclassified.share === null || keyAreas.unclassified.value === null
      ? null
      : h(
          'p',
          { class: 'utrecht-paragraph' },
          t('region.keyareas.unclassified', {
            share: formatPercent(keyAreas.unclassified.share),
            value: formatNumber(keyAreas.unclassified.value),
          }),
        ),
    ...together.map((a) =>
      h(
        'p',
        { class: 'utrecht-paragraph' },
        t('region.keyareas.together', { areas: formatList(a.members.map(nameOf)) }),
      ),
    ),
  );
  return [notes, lq, share, coverageSentence(keyAreas), dataAgeWarning(keyAreas.period)];
}

function byShare<T extends { share_of_national: number | null }>(areas: readonly T[]): T[] {
  return [...areas].sort((a, b) => (b.share_of_national ?? 0) - (a.share_of_national ?? 0));
}

function coverage(region: RegionDetail): Child {
  if (region.spearheads.length === 0) return null;
  return h(
    'div',
    { class: 'rk-figure' },
    h('h3', { class: 'utrecht-heading-3' }, t('region.coverage')),
    dataTable({
      caption: t('region.coverage'),
      captionHidden: true,
      columns: [
        {
          label: t('region.spearhead'),
          rowHeader: true,
          cell: (s: RegionDetail['spearheads'][number]) => nameOf(s),
        },
        {
          label: t('region.coverage.areas'),
          cell: (s) =>
            s.key_areas
              .map(
                (k) =>
                  `${nameOf(k)} (${t(`taxonomy.${k.taxonomy_id}` as MessageKey)}, ${formatPercent(k.weight, 0)})`,
              )
              .join('; '),
        },
      ],
      rows: region.spearheads,
    }),
  );
}

function spearheads(
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

function funds(sme: RegionSme | ApiError, name: string): Child {
  const heading = h('h3', { class: 'utrecht-heading-3' }, t('region.funds'));
  if (sme instanceof ApiError) return [heading, unavailable(t('region.funds'), sme)];
  if (sme.funds.length === 0)
    return [
      heading,
      h(
        'p',
        { class: 'utrecht-paragraph', 'data-testid': 'no-fund' },
        t('region.funds.none', { name }),
      ),
    ];
  return [
    heading,
    h(
      'ul',
      { class: 'rk-cards' },
      sme.funds.map((f) => fundCard(f)),
    ),
    sourceDetails(sme.source),
  ];
}

/** The performance group and band in words. */
export function groupText(group: string, band: string): string {
  const known = ['leader', 'strong', 'moderate', 'emerging'];
  const groupName = known.includes(group) ? t(`index.group.${group}` as MessageKey) : group;
  const bandText = band === '+' || band === '-' ? (band === '+' ? '+' : '−') : '';
  return bandText ? `${groupName} ${bandText}` : groupName;
}

function indexFigures(
  index: RegionIndex | ApiError,
  name: string,
  indicators: readonly Indicator[],
  parent: RegionDetail['parent'],
): Child {
  const heading = h('h3', { class: 'utrecht-heading-3' }, t('region.index'));
  if (index instanceof ApiError) return [heading, unavailable(t('region.index'), index)];
  const indicatorName = (id: string) => {
    const found = indicators.find((i) => i.id === id);
    return found ? nameOf(found) : id;
  };
  const computedFor =
    index.computed_for && index.computed_for !== index.region ? index.computed_for : null;
  const facts = h(
    'dl',
    { class: 'rk-facts', 'data-testid': 'index-facts' },
    fact(t('region.index.value'), formatNumber(index.index, 3)),
    fact(t('region.index.relative'), formatNumber(index.relative, 1)),
    fact(t('region.index.group'), groupText(index.group, index.band)),
    fact(
      t('region.index.rank'),
      index.of
        ? t('region.index.rank.of', { rank: index.rank, of: index.of })
        : formatNumber(index.rank),
    ),
    fact(
      t('region.index.rankRange'),
      t('region.index.rankRange.value', { best: index.rank_range[0], worst: index.rank_range[1] }),
    ),
    index.mode === 'year'
      ? fact(t('region.index.year'), t('region.index.singleYear.value', { year: index.year }))
      : fact(
          t('region.index.edition'),
          t('region.index.edition.value', {
            edition: index.edition ?? index.year,
            from: (index.edition ?? index.year) - (index.lag ?? 0),
            to: index.edition ?? index.year,
          }),
        ),
    index.of
      ? fact(t('region.index.compared'), t('region.index.compared.value', { of: index.of }))
      : null,
  );
  const groupsNote = index.groups
    ? h(
        'p',
        { class: 'utrecht-paragraph', 'data-testid': 'index-groups-note' },
        t('region.index.groups.note', {
          leader: index.groups.leader,
          strong: index.groups.strong,
          moderate: index.groups.moderate,
        }),
      )
    : null;
  const trend =
    index.trend.length > 1
      ? chartFigure({
          title: t('region.index.trend', { name }),
          alt: t('region.index.trend.alt', {
            from: index.trend[0]!.year,
            to: index.trend.at(-1)!.year,
            first: formatNumber(index.trend[0]!.relative, 1),
            last: formatNumber(index.trend.at(-1)!.relative, 1),
          }),
          chart: lineChart({
            points: index.trend.map((p) => ({ x: p.year, y: p.relative })),
            format: (v) => formatNumber(v, 1),
          }),
          table: dataTable({
            caption: t('region.index.trend', { name }),
            columns: [
              {
                // In edition mode every row is an edition, not a data year.
                label: t(index.mode === 'year' ? 'region.index.year' : 'region.index.edition'),
                rowHeader: true,
                cell: (p: RegionIndex['trend'][number]) => String(p.year),
              },
              {
                label: t('region.index.value'),
                numeric: true,
                value: (p) => p.index,
                cell: (p) => formatNumber(p.index, 3),
              },
              {
                label: t('region.index.relative'),
                numeric: true,
                value: (p) => p.relative,
                cell: (p) => formatNumber(p.relative, 1),
              },
              {
                label: t('region.index.rank'),
                numeric: true,
                value: (p) => p.rank ?? null,
                cell: (p) => (p.rank === undefined ? '–' : formatNumber(p.rank)),
              },
            ],
            rows: index.trend,
          }),
          source: index.source ?? null,
          testId: 'index-trend',
        })
      : null;
  const scores = dataTable({
    caption: t('region.index.indicators', { name }),
    columns: [
      {
        label: t('region.index.indicator'),
        rowHeader: true,
        cell: (i: RegionIndexIndicator) => indicatorName(i.id),
      },
      {
        label: t('region.index.score'),
        numeric: true,
        value: (i) => i.score ?? null,
        cell: (i) => (i.score === null ? '–' : formatNumber(i.score, 2)),
      },
      {
        label: t('region.index.dataYear'),
        numeric: true,
        cell: (i) => (i.year === null || i.year === undefined ? '–' : String(i.year)),
      },
      {
        label: t('region.index.filled'),
        cell: (i) =>
          i.filled_from
            ? filledFromText(i.filled_from)
            : i.filled
              ? t('common.yes')
              : t('common.no'),
      },
      {
        label: t('region.index.indicatorTrend'),
        cell: (i) =>
          i.trend
            ? t('region.index.indicatorTrend.value', {
                from: i.trend.first_year,
                to: i.trend.last_year,
                first: formatNumber(i.trend.first),
                last: formatNumber(i.trend.last),
              })
            : '–',
      },
    ],
    rows: index.indicators,
  });
  return [
    heading,
    computedFor
      ? h('p', { class: 'utrecht-paragraph' }, t('region.index.computedFor', { code: computedFor }))
      : null,
    facts,
    groupsNote,
    trend,
    // A NUTS3 region's index figures are its province's: the chart names the province.
    regionBenchmarkFigure(
      index,
      !computedFor ? name : parent?.code === computedFor ? nameOf(parent) : computedFor,
      indicatorName,
    ),
    h(
      'details',
      { class: 'rk-figure__table' },
      h('summary', null, t('region.index.indicators', { name })),
      scores,
    ),
    sourceDetails(index.source ?? null),
  ];
}

/** Where a filled value came from, in the page's language ("own value of 2009", "NL2 (same year)"). */
function filledFromText(from: string): string {
  const own = /^own value of (\d{4})$/.exec(from);
  if (own) return t('region.index.filled.own', { year: own[1]! });
  const parent = /^(\S+) \(same (year|edition)\)$/.exec(from);
  if (parent)
    return t(
      parent[2] === 'edition' ? 'region.index.filled.parentEdition' : 'region.index.filled.parent',
      { region: parent[1]! },
    );
  return from;
}

function fact(label: string, value: string): Child {
  return h('div', { class: 'rk-facts__item' }, h('dt', null, label), h('dd', null, value));
}

function exportsSection(region: RegionDetail, headline: Indicator | undefined): HTMLElement {
  const level = region.level;
  const links: [string, string][] = [];
  if (headline) {
    const year = headline.years.at(-1);
    links.push(
      [
        `/api/export/regions.geojson${query({ indicator: headline.id, year, level })}`,
        t('export.geojson', { indicator: nameOf(headline) }),
      ],
      [
        `/api/export/indicators.csv${query({ indicator: headline.id })}`,
        t('export.csv', { indicator: nameOf(headline) }),
      ],
      [
        `/api/export/indicators.xlsx${query({ indicator: headline.id })}`,
        t('export.xlsx', { indicator: nameOf(headline) }),
      ],
    );
  }
  links.push(
    [`/api/regions/${region.code}/network.gexf`, t('export.gexf', { name: nameOf(region) })],
    [
      `/api/regions/${region.code}/dossier.pdf${query({ lang: lang() })}`,
      t('export.dossier.pdf', { name: nameOf(region) }),
    ],
    [
      `/api/regions/${region.code}/dossier.html${query({ lang: lang() })}`,
      t('export.dossier.html', { name: nameOf(region) }),
    ],
  );
  return h(
    'section',
    { class: 'rk-topic', id: 'exports', 'aria-labelledby': 'exports-heading' },
    h('h2', { class: 'utrecht-heading-2', id: 'exports-heading' }, t('region.exports')),
    h('p', { class: 'utrecht-paragraph' }, t('region.exports.lead')),
    h(
      'ul',
      { class: 'rk-exports', 'data-testid': 'exports' },
      links.map(([url, label]) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              class:
                'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rk-export',
              href: url,
              // Data files are saved; the dossier opens in the browser.
              download: url.includes('/dossier.') ? null : true,
              hreflang: lang(),
            },
            label,
          ),
        ),
      ),
    ),
  );
}
