import { ApiError, getJson, query, tryJson } from '../../api/client.js';
import type {
  BridgeOrganisation,
  LinkPartner,
  MissingLinks,
  RegionBridges,
  RegionLinks,
} from '../../api/links-types.js';
import type { RegionDetail, RegionFeatureCollection } from '../../api/types.js';
import { helixLabelKey } from '../../app/helix-roles.js';
import type { PageView } from '../../app/page.js';
import { href, type Route } from '../../app/router.js';
import { barChart } from '../../charts/bar-chart.js';
import { lineChart } from '../../charts/line-chart.js';
import { formatEuro, formatNumber, lang, nameOf, t } from '../../i18n/i18n.js';
import { flowMap } from '../../map/flow-map.js';
import { dataTable } from '../../ui/data-table.js';
import { h } from '../../ui/dom.js';
import { chartFigure } from '../../ui/figure.js';
import { coverageSentence, notMeasured } from '../../ui/measure-status.js';
import {
  hasNoPlacedOrganisations,
  noPlacedOrganisations,
} from '../../ui/no-placed-organisations.js';
import { unavailable } from '../../ui/notice.js';
import { sourceDetails } from '../../ui/source-details.js';
import { pageView } from '../../ui/page-view.js';
import { BULLETS, itemList } from '../../ui/item-list.js';
import { numberColumn } from '../../ui/number-column.js';

const LISTED = 25;
const BARS = 12;

/** An organisation's name; one without a name in the source is named by its PIC. */
export function organisationLabel(o: BridgeOrganisation): string {
  return o.name?.trim() ? o.name : t('links.unnamed', { pic: o.pic });
}

const partnerName = (p: LinkPartner) => nameOf(p);

/** Connecting regions: a region's links to other regions and countries, bridges and missing links. */
export async function linksPage(route: Route): Promise<PageView> {
  const code = (route.params[0] ?? '').toUpperCase();
  const [region, links, missing] = await Promise.all([
    getJson<RegionDetail>(`/api/regions/${code}`),
    tryJson<RegionLinks>(`/api/regions/${code}/links${query({ lang: lang() })}`),
    tryJson<MissingLinks>(`/api/regions/${code}/links/missing${query({ lang: lang() })}`),
  ]);
  const name = nameOf(region);
  const title = t('links.titleFor', { name });
  if (links instanceof ApiError) return pageView(title, unavailable(t('links.title'), links));
  const geometry = await tryJson<RegionFeatureCollection>(
    `/api/geometry${query({ level: links.level, country: links.country })}`,
  );
  const content = h(
    'div',
    { class: 'rk-links' },
    h('h1', { class: 'utrecht-heading-1' }, title),
    h('p', { class: 'utrecht-paragraph rk-lead' }, t('links.lead')),
    h(
      'p',
      { class: 'utrecht-paragraph' },
      h('a', { class: 'utrecht-link', href: href(`/regio/${code}`) }, t('links.back', { name })),
    ),
    !links.available
      ? notMeasured(t('links.title'), links)
      : hasNoPlacedOrganisations(links) || links.projects === null || links.linked_projects === null
        ? noPlacedOrganisations(links, name, 'links')
        : linksBody(
            { ...links, projects: links.projects, linked_projects: links.linked_projects },
            name,
            geometry instanceof ApiError ? null : geometry,
          ),
    missing instanceof ApiError ? null : missingSection(missing, name),
    sourceDetails(links.source),
  );
  return { title, content };
}

function linksBody(
  links: RegionLinks & { readonly projects: number; readonly linked_projects: number },
  name: string,
  geometry: RegionFeatureCollection | null,
): HTMLElement {
  const regions = links.partners.filter((p) => p.kind === 'region');
  const countries = links.partners.filter((p) => p.kind === 'country');
  const featureName = (c: string) => {
    const f = geometry?.features.find((x) => x.id === c);
    return f ? nameOf(f.properties) : c;
  };
  return h(
    'div',
    null,
    h(
      'p',
      { class: 'utrecht-paragraph', 'data-testid': 'links-summary' },
      t('links.summary', {
        name,
        linked: formatNumber(links.linked_projects, 0),
        projects: formatNumber(links.projects, 0),
        partners: formatNumber(links.partners.length, 0),
      }),
    ),
    coverageSentence(links),
    h(
      'div',
      { class: 'rk-links__maps' },
      geometry
        ? chartFigure({
            title: t('links.map.title', { name }),
            alt: t('links.map.alt', {
              name,
              n: regions.length,
              top: regions
                .slice(0, 3)
                .map((p) => partnerName(p))
                .join(', '),
            }),
            chart: flowMap({
              features: geometry.features,
              region: links.region,
              centroid: links.centroid,
              partners: regions,
              name: featureName,
            }),
            table: partnerTable(regions, t('links.map.table')),
            // named on the downloaded picture; the page shows the source once, below
            source: links.source,
            sourceShown: false,
            testId: 'links-flow-map',
          })
        : null,
      chartFigure({
        title: t('links.countries.title'),
        alt: t('links.countries.alt', { name }),
        chart: barChart({
          bars: countries.slice(0, BARS).map((p) => ({
            label: partnerName(p),
            value: p.strength,
            display: t('links.bar', {
              strength: formatNumber(p.strength, 3),
              n: formatNumber(p.shared_projects, 0),
            }),
          })),
          testId: 'links-countries',
        }),
        table: partnerTable(countries, t('links.countries.table')),
        extra: h('p', { class: 'utrecht-paragraph rk-small' }, t('links.countries.note')),
      }),
    ),
    links.by_year.length > 1
      ? chartFigure({
          title: t('links.trend.title', { name }),
          alt: t('links.trend.alt', {
            name,
            first: links.by_year[0]!.year,
            last: links.by_year.at(-1)!.year,
          }),
          chart: lineChart({
            points: links.by_year.map((y) => ({ x: y.year, y: y.shared_projects })),
            format: (v) => formatNumber(v, 0),
            yMin: 0,
          }),
          table: dataTable({
            caption: t('links.trend.title', { name }),
            captionHidden: true,
            columns: [
              { label: t('links.col.year'), rowHeader: true, cell: (y) => String(y.year) },
              numberColumn(
                t('links.col.projects'),
                (y: RegionLinks['by_year'][number]) => y.shared_projects,
                0,
              ),
            ],
            rows: links.by_year,
          }),
        })
      : null,
    h('h2', { class: 'utrecht-heading-2' }, t('links.ranked')),
    partnerTable(links.partners.slice(0, LISTED), t('links.ranked')),
    h('h2', { class: 'utrecht-heading-2' }, t('links.bridges.title')),
    h('p', { class: 'utrecht-paragraph' }, t('links.bridges.lead')),
    ...links.partners.slice(0, 10).map((p) => bridgesDetails(links.region, p)),
  );
}

function partnerTable(partners: readonly LinkPartner[], caption: string): HTMLDivElement {
  return dataTable({
    caption,
    captionHidden: true,
    testId: 'links-partners',
    // Six columns, the bridges last and longest: stacked on a phone, every figure of a partner in view.
    stacked: true,
    columns: [
      { label: t('links.col.partner'), rowHeader: true, cell: (p) => partnerName(p) },
      numberColumn(t('links.col.projects'), (p: LinkPartner) => p.shared_projects, 0),
      numberColumn(t('links.col.pairs'), (p: LinkPartner) => p.organisation_pairs, 0),
      {
        label: t('links.col.contribution'),
        numeric: true,
        value: (p) => p.contribution_eur,
        cell: (p) =>
          p.contribution_eur === null ? t('measure.na') : formatEuro(p.contribution_eur),
      },
      numberColumn(t('links.col.strength'), (p: LinkPartner) => p.strength, 3),
      {
        label: t('links.col.bridges'),
        cell: (p) => p.top_bridges.map(organisationLabel).join('; '),
      },
    ],
    rows: partners,
  });
}

function bridgesDetails(region: string, partner: LinkPartner): HTMLDetailsElement {
  const body = h('div', null);
  let loaded = false;
  const details = h(
    'details',
    { class: 'rk-details-block', 'data-testid': 'links-bridges' },
    h(
      'summary',
      null,
      t('links.bridges.for', { partner: partnerName(partner), n: partner.shared_projects }),
    ),
    body,
  );
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    loaded = true;
    void tryJson<RegionBridges>(
      `/api/regions/${region}/links/${partner.code}/bridges${query({ limit: 10 })}`,
    ).then((bridges) => {
      if (bridges instanceof ApiError)
        return body.replaceChildren(unavailable(t('links.bridges.title'), bridges));
      const side = (caption: string, rows: readonly BridgeOrganisation[]) =>
        dataTable({
          caption,
          // Name, role and count: stacked on a phone, so that the count is never out of view.
          stacked: true,
          columns: [
            { label: t('links.col.organisation'), rowHeader: true, cell: organisationLabel },
            { label: t('links.col.role'), cell: (o) => t(helixLabelKey(o.helix_role)) },
            numberColumn(t('links.col.projects'), (o: BridgeOrganisation) => o.shared_projects, 0),
          ],
          rows,
        });
      body.replaceChildren(
        partner.note_nl
          ? h(
              'p',
              { class: 'utrecht-paragraph rk-small' },
              lang() === 'nl' ? partner.note_nl : partner.note_en,
            )
          : '',
        side(t('links.bridges.here'), bridges.here),
        side(t('links.bridges.there', { partner: partnerName(partner) }), bridges.there),
      );
    });
  });
  return details;
}

/** The missing links in words: similar or complementary regions weakly linked with this one. */
export function missingSection(missing: MissingLinks, name: string): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'missing-heading', 'data-testid': 'links-missing' },
    h('h2', { class: 'utrecht-heading-2', id: 'missing-heading' }, t('links.missing.title')),
    ...(!missing.available
      ? [notMeasured(t('links.missing.title'), missing)]
      : missing.weak_below === null
        ? [
            h(
              'p',
              { class: 'utrecht-paragraph', 'data-testid': 'links-missing-not-measured' },
              t('links.missing.noPlaced', { name }),
            ),
          ]
        : [
            h('p', { class: 'utrecht-paragraph' }, t('links.missing.lead', { name })),
            itemList(
              BULLETS,
              missing.links,
              (l) => (lang() === 'nl' ? l.explanation_nl : l.explanation_en),
              { none: t('links.missing.none') },
            ),
          ]),
  );
}
