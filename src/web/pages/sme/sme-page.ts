import { ApiError, query, tryJson } from '../../api/client.js';
import type { SmeFinderResult } from '../../api/sme-types.js';
import type { RegionSme } from '../../api/types.js';
import { mayEditRegion, mayEditSomeRegion, type Viewer } from '../../app/permissions.js';
import { helixLabelKey } from '../../app/helix-roles.js';
import type { PageView } from '../../app/page.js';
import { href, navigate, type Route } from '../../app/router.js';
import { formatNumber, nameOf, t } from '../../i18n/i18n.js';
import { dataTable } from '../../ui/data-table.js';
import { h, type Child } from '../../ui/dom.js';
import { notice, unavailable } from '../../ui/notice.js';
import { currentViewer } from '../../ui/edit-permission.js';
import { contactPointCard, fundCard } from '../../ui/sme-cards.js';
import { sourceDetails } from '../../ui/source-details.js';
import { pageView } from '../../ui/page-view.js';
import { controlsField, controlsForm, controlsSubmit } from '../../ui/controls-form.js';
import { pageSection } from '../../ui/page-section.js';
import { BULLETS, CARDS, itemList } from '../../ui/item-list.js';

type Match = SmeFinderResult['matches'][number];

/**
 * SME finder: a town, municipality, region (NUTS or COROP, by code or name) or Dutch postcode leads
 * to its region: the contact points nearest first, with all their details (or the plain statement
 * that none is registered), the funds, the clusters and the organisations. A query it cannot
 * resolve is answered with the formats it understands.
 */
export async function smePage(route: Route): Promise<PageView> {
  const q = (route.query.get('q') ?? '').trim();
  const chosenRegion = route.query.get('regio')?.toUpperCase();
  const form = controlsForm(
    {
      label: t('sme.search'),
      role: 'search',
      submit: (f) => {
        const value = (f.elements.namedItem('sme-q') as HTMLInputElement).value.trim();
        navigate(href('/mkb', { q: value || undefined }), { how: 'control' });
      },
    },
    controlsField(
      { id: 'sme-q', label: t('sme.q'), wide: true },
      h(
        'p',
        { class: 'utrecht-form-field-description rk-small', id: 'sme-q-hint' },
        t('sme.q.hint'),
      ),
      h('input', {
        id: 'sme-q',
        name: 'sme-q',
        type: 'search',
        class: 'utrecht-textbox utrecht-textbox--html-input',
        value: q,
        autocomplete: 'address-level2',
        'aria-describedby': 'sme-q-hint',
        required: true,
      }),
    ),
    controlsSubmit(t('sme.submit'), 'sme-submit'),
  );

  const viewer = await currentViewer();
  let results: Child = null;
  if (q) {
    const found = await tryJson<SmeFinderResult>(`/api/sme/find${query({ q })}`);
    if (found instanceof ApiError) {
      results = unavailable(t('sme.results'), found);
    } else if (found.matches.length === 0) {
      results = noMatch(found);
    } else {
      const match =
        found.matches.find((m) => m.region?.code === chosenRegion) ??
        found.matches.find((m) => m.region) ??
        found.matches[0]!;
      const others = found.matches.filter(
        (m) => m !== match && m.region?.code !== match.region?.code,
      );
      results = [
        matchSummary(match),
        match.region
          ? await regionBlock(match.region.code, match.municipality?.code, viewer)
          : notice(
              'warning',
              h('p', { class: 'utrecht-paragraph' }, t('sme.noregion', { name: match.name })),
            ),
        others.length
          ? h(
              'section',
              { 'aria-labelledby': 'sme-others' },
              h('h2', { class: 'utrecht-heading-3', id: 'sme-others' }, t('sme.others')),
              itemList(BULLETS, others, (m) =>
                m.region
                  ? h(
                      'a',
                      { class: 'utrecht-link', href: href('/mkb', { q, regio: m.region.code }) },
                      describe(m),
                    )
                  : describe(m),
              ),
            )
          : null,
      ];
    }
  }

  return pageView(
    t('sme.title'),
    h('p', { class: 'utrecht-paragraph' }, t('sme.lead')),
    form,
    mayEditSomeRegion(viewer)
      ? h(
          'p',
          { class: 'utrecht-paragraph rk-actions' },
          h(
            'a',
            { class: 'utrecht-link', href: href('/mkb/contactpunten/nieuw') },
            t('sme.contact.new'),
          ),
          ' · ',
          h('a', { class: 'utrecht-link', href: href('/mkb/fondsen/nieuw') }, t('sme.fund.new')),
        )
      : null,
    h('div', { class: 'rk-sme-results', 'aria-live': 'polite' }, results),
  );
}

function describe(m: Match): string {
  const kind = t(`sme.kind.${m.kind}` as 'sme.kind.place');
  const parts = [
    m.municipality && m.kind !== 'municipality'
      ? t('sme.inMunicipality', { name: m.municipality.name })
      : null,
    m.region ? nameOf(m.region) : null,
  ].filter(Boolean);
  return `${m.name} (${kind})${parts.length ? ` – ${parts.join(', ')}` : ''}`;
}

function matchSummary(m: Match): HTMLElement {
  return h(
    'section',
    { class: 'rk-sme-match', 'aria-labelledby': 'sme-match', 'data-testid': 'sme-match' },
    h('h2', { class: 'utrecht-heading-2', id: 'sme-match' }, m.name),
    h(
      'dl',
      { class: 'rk-facts' },
      fact(
        t('sme.kind'),
        t(`sme.kind.${m.kind}` as 'sme.kind.place') +
          (m.matched_alias ? ` (${t('sme.alias', { alias: m.matched_alias })})` : ''),
      ),
      m.municipality ? fact(t('sme.municipality'), m.municipality.name) : null,
      m.region
        ? fact(
            t(m.kind === 'region' ? 'sme.kind.region' : 'sme.region'),
            h(
              'a',
              { class: 'utrecht-link', href: href(`/regio/${m.region.code}`) },
              `${nameOf(m.region)} (${m.region.code})`,
            ),
          )
        : null,
    ),
  );
}

/** What the finder says when nothing matches: for a postcode, that the loaded data does not cover it. */
function noMatch(found: SmeFinderResult): HTMLElement {
  const formats = itemList(
    BULLETS,
    found.formats,
    (f) => t(`sme.format.${f}` as 'sme.format.town'),
    { testId: 'sme-formats' },
  );
  return notice(
    'info',
    h(
      'p',
      { class: 'utrecht-paragraph', 'data-testid': 'sme-nomatch' },
      found.postcode
        ? t('sme.nomatch.postcode', {
            postcode: found.postcode.asked,
            n: formatNumber(found.postcode.loaded),
          })
        : t('sme.nomatch', { q: found.query }),
    ),
    h('p', { class: 'utrecht-paragraph' }, t('sme.formats')),
    formats,
  );
}

async function regionBlock(
  code: string,
  municipality: string | undefined,
  viewer: Viewer,
): Promise<Child> {
  const sme = await tryJson<RegionSme>(`/api/regions/${code}/sme${query({ municipality })}`);
  if (sme instanceof ApiError) return unavailable(t('sme.contact'), sme);
  const name = nameOf(sme.region);
  const contact = h(
    'section',
    { 'aria-labelledby': 'sme-contact', 'data-testid': 'sme-contact' },
    h('h2', { class: 'utrecht-heading-2', id: 'sme-contact' }, t('sme.contact')),
    sme.contact_points.length === 0
      ? notice(
          'info',
          h(
            'p',
            { class: 'utrecht-paragraph', 'data-testid': 'no-contact-point' },
            t('sme.none', { name }),
          ),
          h('p', { class: 'utrecht-paragraph rk-small' }, t('sme.none.hint')),
        )
      : h(
          'ul',
          { class: 'rk-cards', 'data-testid': 'contact-points' },
          sme.contact_points.map((c) =>
            contactPointCard(
              c,
              [
                ...c.regions.map((r) => r.code),
                ...c.municipalities.flatMap((m) => (m.nuts3 ? [m.nuts3] : [])),
              ].every((r) => mayEditRegion(viewer, r)),
            ),
          ),
        ),
  );
  const clusters = pageSection(
    'sme-clusters',
    t('sme.clusters'),
    itemList(
      CARDS,
      sme.clusters,
      (c) => [
        h('p', { class: 'rk-card__title' }, nameOf(c)),
        c.key_areas.length
          ? h('p', { class: 'rk-small' }, preferredKeyAreas(c.key_areas).map(nameOf).join(', '))
          : null,
      ],
      { testId: 'sme-clusters', none: t('sme.clusters.none', { name }) },
    ),
  );
  const organisations = pageSection(
    'sme-organisations',
    t('sme.organisations'),
    sme.organisations.length
      ? dataTable({
          caption: t('sme.organisations.caption', { name }),
          captionHidden: true,
          testId: 'sme-organisations',
          columns: [
            {
              label: t('network.organisation'),
              rowHeader: true,
              cell: (o: RegionSme['organisations'][number]) => o.name,
            },
            { label: t('helix.role'), cell: (o) => t(helixLabelKey(o.helix_role)) },
            {
              label: t('sme.isSme'),
              cell: (o) =>
                o.is_sme === null
                  ? t('common.unknown')
                  : o.is_sme
                    ? t('common.yes')
                    : t('common.no'),
            },
            { label: t('sme.city'), cell: (o) => o.city ?? '–' },
            { label: t('sme.projects'), numeric: true, cell: (o) => formatNumber(o.projects) },
          ],
          rows: sme.organisations,
        })
      : h('p', { class: 'utrecht-paragraph' }, t('sme.organisations.none', { name })),
  );
  const funds = h(
    'section',
    { 'aria-labelledby': 'sme-funds', 'data-testid': 'sme-funds' },
    h('h2', { class: 'utrecht-heading-2', id: 'sme-funds' }, t('region.funds')),
    sme.funds.length
      ? h(
          'ul',
          { class: 'rk-cards' },
          sme.funds.map((f) =>
            fundCard(
              f,
              f.regions.every((r) => mayEditRegion(viewer, r.code)),
            ),
          ),
        )
      : h('p', { class: 'utrecht-paragraph' }, t('region.funds.none', { name })),
  );
  return [contact, funds, clusters, organisations, sourceDetails(sme.source)];
}

function fact(label: string, value: Child): HTMLElement {
  return h('div', { class: 'rk-facts__item' }, h('dt', null, label), h('dd', null, value));
}

/** The key areas of the 2011 top sectors when a cluster has them, else all (the 2004 ones). */
function preferredKeyAreas<T extends { id: string }>(areas: readonly T[]): T[] {
  const current = areas.filter((a) => a.id.startsWith('topsectoren-2011/'));
  return current.length ? current : [...areas];
}
