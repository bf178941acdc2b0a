import { HELIX_ROLES, type HelixRole } from '../core/helix-role.js';
import { barChart } from './charts/bar-chart.js';
import { intervalChart } from './charts/interval-chart.js';
import { lqBars } from './charts/lq-bars.js';
import { networkPicture } from './charts/network-picture.js';
import { regionMap } from './charts/region-map.js';
import { trendLine } from './charts/trend-line.js';
import type { DossierModel, DossierPractice, DossierSourceKey } from './dossier-model.js';
import { texts, type Lang, type MessageKey, type Texts } from './i18n.js';

/** A table with its caption; every chart has one with the same figures. */
export interface DossierTable {
  readonly caption: string;
  readonly columns: readonly {
    readonly label: string;
    readonly align?: 'left' | 'right';
    readonly width?: number;
  }[];
  readonly rows: readonly (readonly string[])[];
}

export interface DossierFigure {
  readonly id: string;
  /** The chart; its width and height attributes give its size in points. */
  readonly svg: string;
  readonly caption: string;
  readonly table: DossierTable | null;
}

/** One entry of a list of practices, funds or contact points: a title and labelled lines. */
export interface DossierItem {
  readonly title: string;
  readonly subtitle?: string;
  readonly lines: readonly { readonly label: string; readonly text: string }[];
}

export type DossierBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'lead' | 'note' | 'empty' }
  | {
      readonly kind: 'facts';
      readonly items: readonly { readonly label: string; readonly value: string }[];
    }
  | { readonly kind: 'figure'; readonly figure: DossierFigure }
  | { readonly kind: 'table'; readonly table: DossierTable }
  | { readonly kind: 'items'; readonly items: readonly DossierItem[] }
  | {
      readonly kind: 'source';
      readonly title: string;
      readonly lines: readonly { readonly label: string; readonly text: string }[];
    };

export interface DossierSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly DossierBlock[];
}

/** The dossier in one language, laid out as sections of blocks that both renderers draw. */
export interface DossierDocument {
  readonly lang: Lang;
  readonly title: string;
  readonly regionName: string;
  readonly footer: string;
  /** 'page {n} of {total}' in the language. */
  readonly pageLabel: string;
  readonly generatedAt: string;
  readonly cover: {
    readonly kicker: string;
    readonly title: string;
    readonly subtitle: string;
    readonly map: DossierFigure | null;
    readonly mapNote: string | null;
    readonly visitHeading: string;
    readonly visit: readonly { readonly label: string; readonly value: string }[];
    readonly visitNote: string | null;
    readonly note: string;
  };
  readonly sections: readonly DossierSection[];
}

/** Width of the charts in points (A4 minus margins); the HTML scales them. */
export const CHART_WIDTH = 483;

/**
 * Lays the dossier out in `lang`: the cover, a one-page summary, one section per topic, connecting
 * regions and the sources appendix, with every chart drawn as SVG and its table beside it. Pure.
 *
 * @example
 * const doc = dossierDocument(model, 'nl');
 * doc.sections.map((s) => s.title); // ['Samenvatting', 'Thema 1: …', …, 'Bijlage: bronnen van de cijfers']
 */
export function dossierDocument(model: DossierModel, lang: Lang): DossierDocument {
  const x = texts(lang);
  const name = x.name(model.region.name);
  const kind = levelName(x, model.region.level, model.region.country);
  return {
    lang,
    title: x.t('doc.title', { name }),
    regionName: name,
    footer: x.t('doc.footer', { name, code: model.region.code }),
    pageLabel: x.t('doc.page'),
    generatedAt: model.generated_at,
    cover: {
      kicker: x.t('doc.kicker'),
      title: name,
      subtitle: model.region.parent
        ? x.t('doc.subtitle.in', {
            kind,
            code: model.region.code,
            parent: x.name(model.region.parent.name),
          })
        : x.t('doc.subtitle', { kind, code: model.region.code }),
      map: mapFigure(model, x),
      mapNote: model.map ? null : x.t('map.none', { name }),
      visitHeading: x.t('visit.heading'),
      visit: model.visit
        ? [
            { label: x.t('visit.date'), value: x.date(model.visit.date) },
            ...(model.visit.venue ? [{ label: x.t('visit.venue'), value: model.visit.venue }] : []),
            ...(model.visit.hosts ? [{ label: x.t('visit.hosts'), value: model.visit.hosts }] : []),
            ...(model.visit.participants
              ? [{ label: x.t('visit.participants'), value: model.visit.participants }]
              : []),
            { label: x.t('visit.status'), value: visitStatus(x, model.visit.status) },
            ...(model.visit.agenda.length
              ? [
                  {
                    label: x.t('visit.agenda'),
                    value: model.visit.agenda
                      .map((a) =>
                        x.t('visit.agenda.item', { position: a.position, title: a.title }),
                      )
                      .join('\n'),
                  },
                ]
              : []),
          ]
        : [],
      visitNote: model.visit ? null : x.t('visit.none', { name }),
      note: x.t('doc.generated', { date: x.date(model.generated_at) }),
    },
    sections: [
      summarySection(model, x),
      topic1Section(model, x),
      topic2Section(model, x),
      topic3Section(model, x),
      connectingSection(model, x),
      appendixSection(model, x),
    ],
  };
}

function levelName(x: Texts, level: number, country: string): string {
  if (country !== 'NL' && (level === 2 || level === 3))
    return x.t(level === 2 ? 'level.2.other' : 'level.3.other');
  return x.t(`level.${Math.min(Math.max(level, 0), 3)}` as MessageKey);
}

function visitStatus(x: Texts, status: string): string {
  return ['planned', 'done', 'cancelled'].includes(status)
    ? x.t(`visit.status.${status}` as MessageKey)
    : status;
}

const roleLabel = (x: Texts, role: string) =>
  (HELIX_ROLES as readonly string[]).includes(role) ? x.t(`helix.${role}` as MessageKey) : role;

function groupLabel(x: Texts, group: string | null, band: string | null): string {
  if (!group) return x.t('value.unknown');
  const g = x.t(`index.group.${group}` as MessageKey);
  return band
    ? x.t('index.groupBand', { group: g, band: x.t(`index.band.${band}` as MessageKey) })
    : g;
}

/** Where a missing indicator value was taken from, in words (the service says it in English). */
function filledFrom(x: Texts, from: string | null): string {
  if (from === null) return x.t('index.filled.no');
  const own = /^own value of (\d{4})$/.exec(from);
  if (own) return x.t('index.filled.own', { year: own[1]! });
  const parent = /^(\S+) \(same year\)$/.exec(from);
  if (parent) return x.t('index.filled.parent', { region: parent[1]! });
  return from;
}

/** LQ with two decimals, or "none" when it cannot be computed. */
const lqText = (x: Texts, lq: number | null) =>
  lq === null ? x.t('keyareas.lq.missing') : x.number(lq, 2);

function mapFigure(model: DossierModel, x: Texts): DossierFigure | null {
  const map = model.map;
  if (!map) return null;
  const name = x.name(map.region.name);
  const context = x.t(
    map.context_level === 2
      ? 'map.context.2'
      : map.context_level === 3
        ? 'map.context.3'
        : 'map.context.other',
  );
  const parent = map.parent ? x.name(map.parent.name) : null;
  const width = 300;
  const height = 330;
  const svg = regionMap({
    id: 'dossier-map',
    title: x.t('map.title', { name }),
    description: parent
      ? x.t('map.desc', { name, context, parent })
      : x.t('map.desc.noparent', { name, context }),
    width,
    height,
    region: { code: map.region.code, name, geometry: map.region.geometry },
    context: map.context.map((c) => ({ code: c.code, name: x.name(c.name), geometry: c.geometry })),
    parent: map.parent
      ? { code: map.parent.code, name: parent!, geometry: map.parent.geometry }
      : null,
    legend: {
      region: name,
      context: context.charAt(0).toUpperCase() + context.slice(1),
      ...(parent ? { parent } : {}),
    },
  });
  return { id: 'dossier-map', svg, caption: x.t('map.title', { name }), table: null };
}

function summarySection(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const s = model.topic1.synergy;
  const n = model.topic1.network;
  const actors = model.topic1.composition.actors;
  const totalActors = HELIX_ROLES.reduce((sum, r) => sum + actors[r], 0);
  const specialised = model.topic2.areas.filter((a) => a.specialised);
  const largest = [...model.topic2.areas]
    .filter((a) => a.share_of_national !== null)
    .sort((a, b) => (b.share_of_national ?? 0) - (a.share_of_national ?? 0))[0];
  const idx = model.topic3.index;
  const starred = model.topic3.stars.filter((st) => st.stars > 0);
  return {
    id: 'summary',
    title: x.t('summary.title'),
    blocks: [
      { kind: 'paragraph', tone: 'lead', text: x.t('summary.lead', { name }) },
      { kind: 'heading', text: x.t('topic.1') },
      {
        kind: 'facts',
        items: [
          {
            label: x.t('summary.topic1.t'),
            value:
              s.t_millibits === null || !s.ci95
                ? x.t('summary.reading.none')
                : x.t('summary.topic1.t.value', {
                    t: x.number(s.t_millibits, 1),
                    lo: x.number(s.ci95[0], 1),
                    hi: x.number(s.ci95[1], 1),
                    reading: x.t(`summary.reading.${s.reading}` as MessageKey),
                  }),
          },
          {
            label: x.t('summary.topic1.helix'),
            value: x.t('summary.topic1.helix.value', {
              n: totalActors,
              business: actors.business,
              knowledge: actors.research + actors.education,
            }),
          },
          {
            label: x.t('summary.topic1.network'),
            value: x.t('summary.topic1.network.value', {
              links: n.edges,
              nodes: n.nodes,
              largest:
                n.largest_component_share === null
                  ? x.t('value.none')
                  : x.percent(n.largest_component_share, 0),
            }),
          },
          {
            label: x.t('summary.topic1.financing'),
            value:
              model.topic1.financing?.share == null
                ? x.t('summary.unknown')
                : x.t('summary.topic1.financing.value', {
                    share: x.percent(model.topic1.financing.share, 0),
                  }),
          },
          {
            label: x.t('summary.topic1.sme'),
            value: model.topic1.sme_contact_point.present
              ? `${x.t('summary.yes')}: ${model.topic3.contact_points.map((c) => c.name).join(', ')}`
              : x.t('summary.no'),
          },
        ],
      },
      { kind: 'heading', text: x.t('topic.2') },
      {
        kind: 'facts',
        items: [
          {
            label: x.t('summary.topic2.specialised'),
            value: specialised.length
              ? x.list(specialised.map((a) => `${x.name(a.name)} (LQ ${x.number(a.lq!, 2)})`))
              : x.t('summary.none'),
          },
          {
            label: x.t('summary.topic2.largest'),
            value: largest
              ? `${x.name(largest.name)}: ${x.percent(largest.share_of_national!, 1)}`
              : x.t('summary.unknown'),
          },
          {
            label: x.t('summary.topic2.coverage'),
            value: x.t('summary.topic2.coverage.value', {
              covered: model.topic2.coverage.covered.length,
              total: model.topic2.areas.length,
            }),
          },
        ],
      },
      { kind: 'heading', text: x.t('topic.3') },
      {
        kind: 'facts',
        items: [
          {
            label: x.t('summary.topic3.index', { year: idx.year ?? '' }).trim(),
            value:
              idx.value === null || idx.relative === null
                ? x.t('index.none', { name })
                : x.t('summary.topic3.index.value', {
                    relative: x.number(idx.relative, 1),
                    reference: idx.reference,
                    group: groupLabel(x, idx.group, idx.band),
                    rank: idx.rank ?? '',
                    of: idx.of,
                    best: idx.rank_range?.[0] ?? '',
                    worst: idx.rank_range?.[1] ?? '',
                  }),
          },
          {
            label: x.t('summary.topic3.spearheads'),
            value: model.topic3.spearheads.length
              ? x.list(model.topic3.spearheads.map((sp) => x.name(sp.name)))
              : x.t('summary.none'),
          },
          {
            label: x.t('summary.topic3.fund'),
            value: model.topic3.funds.length
              ? model.topic3.funds.map((f) => f.name).join(', ')
              : x.t('summary.no'),
          },
          {
            label: x.t('summary.topic3.stars'),
            value: starred.length
              ? x.list(starred.map((st) => `${x.name(st.key_area)} (${st.stars})`))
              : x.t('summary.none'),
          },
        ],
      },
      { kind: 'heading', text: x.t('topic.connect') },
      {
        kind: 'facts',
        items: [
          {
            label: x.t('summary.connect'),
            value: x.t('summary.connect.value', {
              practices: model.connecting.practices_for_gaps.length,
              similar: model.connecting.similar_regions.length,
              partners: model.connecting.partners.length,
            }),
          },
        ],
      },
    ],
  };
}

function topic1Section(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const t1 = model.topic1;
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.1.lead', { name }) },
  ];

  // Helix composition.
  blocks.push({ kind: 'heading', text: x.t('helix.heading') });
  const actors = HELIX_ROLES.reduce((sum, r) => sum + t1.composition.actors[r], 0);
  const participations = HELIX_ROLES.reduce((sum, r) => sum + t1.composition.participations[r], 0);
  if (actors === 0 && participations === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('helix.none', { name }) });
  } else {
    const bars = (counts: Readonly<Record<HelixRole, number>>) =>
      HELIX_ROLES.map((r) => ({
        label: roleLabel(x, r),
        value: counts[r],
        valueLabel: x.number(counts[r]),
      }));
    blocks.push({
      kind: 'figure',
      figure: {
        id: 'helix-composition',
        svg: barChart({
          id: 'helix-composition',
          title: x.t('helix.chart.title', { name }),
          description: x.t('helix.chart.desc', {
            actors,
            participations,
            roles: HELIX_ROLES.map(
              (r) =>
                `${roleLabel(x, r)} ${t1.composition.actors[r]} / ${t1.composition.participations[r]}`,
            ).join(', '),
          }),
          width: CHART_WIDTH,
          panels: [
            { heading: x.t('helix.actors'), bars: bars(t1.composition.actors) },
            { heading: x.t('helix.participations'), bars: bars(t1.composition.participations) },
          ],
        }),
        caption: x.t('helix.chart.title', { name }),
        table: {
          caption: x.t('helix.chart.title', { name }),
          columns: [
            { label: x.t('helix.role') },
            { label: x.t('helix.actors'), align: 'right' },
            { label: x.t('helix.participations'), align: 'right' },
          ],
          rows: HELIX_ROLES.map((r) => [
            roleLabel(x, r),
            x.number(t1.composition.actors[r]),
            x.number(t1.composition.participations[r]),
          ]),
        },
      },
    });
  }

  // Synergy T.
  const s = t1.synergy;
  blocks.push({ kind: 'heading', text: x.t('t.heading') });
  if (s.t_millibits === null || !s.ci95) {
    blocks.push({
      kind: 'paragraph',
      tone: 'empty',
      text: x.t('t.none', { projects: s.projects }),
    });
  } else {
    const tv = x.number(s.t_millibits, 1);
    const lo = x.number(s.ci95[0], 1);
    const hi = x.number(s.ci95[1], 1);
    blocks.push({
      kind: 'paragraph',
      text: x.t('t.statement', { t: tv, lo, hi, projects: x.number(s.projects) }),
    });
    blocks.push({ kind: 'paragraph', text: x.t(`t.reading.${s.reading}` as MessageKey) });
    blocks.push({
      kind: 'figure',
      figure: {
        id: 'helix-synergy',
        svg: intervalChart({
          id: 'helix-synergy',
          title: x.t('t.chart.title', { name }),
          description: x.t('t.chart.desc', { t: tv, lo, hi }),
          width: CHART_WIDTH,
          value: s.t_millibits,
          interval: s.ci95,
          format: (v) => x.number(v, Math.abs(v) < 10 && v !== Math.round(v) ? 1 : 0),
          labels: {
            value: x.t('t.value', { t: tv }),
            interval: x.t('t.interval', { lo, hi }),
            below: x.t('t.below'),
            above: x.t('t.above'),
            zero: x.t('t.zero'),
          },
        }),
        caption: x.t('t.chart.title', { name }),
        table: {
          caption: x.t('t.configurations'),
          columns: [
            { label: x.t('t.configuration') },
            { label: x.t('t.projects'), align: 'right' },
          ],
          rows: (['U', 'I', 'G', 'UI', 'UG', 'IG', 'UIG'] as const).map((k) => [
            k,
            x.number(s.configurations[k]),
          ]),
        },
      },
    });
  }

  // Network.
  const n = t1.network;
  blocks.push({ kind: 'heading', text: x.t('network.heading') });
  if (n.nodes === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('network.none', { name }) });
  } else {
    blocks.push({ kind: 'paragraph', text: x.t('network.lead', { name }) });
    blocks.push({
      kind: 'facts',
      items: [
        { label: x.t('network.nodes'), value: x.number(n.nodes) },
        { label: x.t('network.edges'), value: x.number(n.edges) },
        { label: x.t('network.density'), value: x.number(n.density, 3) },
        { label: x.t('network.components'), value: x.number(n.components) },
        {
          label: x.t('network.largest'),
          value:
            n.largest_component_share === null
              ? x.t('value.none')
              : x.percent(n.largest_component_share, 0),
        },
        {
          label: x.t('network.assortativity'),
          value: n.assortativity === null ? x.t('value.unknown') : x.number(n.assortativity, 2),
        },
        { label: x.t('network.communities'), value: x.number(n.communities) },
      ],
    });
    const top = n.drawn[0];
    const labelled = new Set(n.drawn.slice(0, 8).map((d) => d.id));
    const height = 300;
    blocks.push({
      kind: 'figure',
      figure: {
        id: 'network',
        svg: networkPicture({
          id: 'network',
          title: x.t('network.chart.title', { name }),
          description: x.t('network.chart.desc', {
            shown: n.drawn.length,
            nodes: n.nodes,
            links: n.drawn_links.length,
            top: top ? `${top.name} (${roleLabel(x, top.role)})` : x.t('value.none'),
          }),
          width: CHART_WIDTH,
          height,
          nodes: n.drawn.map((d) => ({
            id: d.id,
            label: d.name,
            role: d.role,
            community: d.community,
            weight: d.degree,
            labelled: labelled.has(d.id),
          })),
          links: n.drawn_links,
          roleLabels: Object.fromEntries(HELIX_ROLES.map((r) => [r, roleLabel(x, r)])) as Record<
            HelixRole,
            string
          >,
          emptyLabel: x.t('network.empty'),
        }),
        caption: x.t('network.chart.title', { name }),
        table: {
          caption: x.t('network.top'),
          columns: [
            { label: x.t('network.organisation'), width: 2.6 },
            { label: x.t('helix.role') },
            { label: x.t('network.degree'), align: 'right' },
            { label: x.t('network.betweenness'), align: 'right' },
            { label: x.t('network.external'), align: 'right' },
          ],
          rows: n.top.map((o) => [
            o.name,
            roleLabel(x, o.role),
            x.number(o.degree),
            x.number(o.betweenness, 3),
            x.number(o.external_links),
          ]),
        },
      },
    });
    blocks.push({
      kind: 'paragraph',
      tone: 'note',
      text: x.t('network.drawn', {
        shown: n.drawn.length,
        unlinked: n.unlinked,
        more: n.not_drawn,
      }),
    });
    if (n.role_pairs.length)
      blocks.push({
        kind: 'table',
        table: {
          caption: x.t('network.pairs'),
          columns: [
            { label: x.t('network.pair'), width: 2 },
            { label: x.t('network.observed'), align: 'right' },
            { label: x.t('network.expected'), align: 'right' },
            { label: x.t('network.ratio'), align: 'right' },
          ],
          rows: n.role_pairs.map((p) => [
            `${roleLabel(x, p.a)} – ${roleLabel(x, p.b)}`,
            x.number(p.observed),
            x.number(p.expected, 1),
            p.ratio === null ? x.t('value.none') : x.number(p.ratio, 2),
          ]),
        },
      });
  }

  // Private financing and the SME contact point.
  blocks.push({ kind: 'heading', text: x.t('financing.heading') });
  const f = t1.financing;
  if (!f || f.share === null) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('financing.none', { name }) });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: x.t('financing.statement', {
        projects: x.number(f.usable_projects),
        name,
        share: x.percent(f.share, 0),
        total: x.eur(f.total_cost_eur),
        grant: x.eur(f.public_grant_eur),
      }),
    });
    if (f.usable_projects < f.projects)
      blocks.push({
        kind: 'paragraph',
        tone: 'note',
        text: x.t('financing.partial', {
          missing: x.number(f.projects - f.usable_projects),
          projects: x.number(f.projects),
        }),
      });
  }
  blocks.push({ kind: 'heading', text: x.t('sme.heading') });
  blocks.push(
    t1.sme_contact_point.present
      ? {
          kind: 'paragraph',
          text: x.t('sme.present', {
            name,
            count: model.topic3.contact_points.map((c) => c.name).join(', '),
          }),
        }
      : { kind: 'paragraph', tone: 'empty', text: x.t('sme.absent', { name }) },
  );
  return { id: 'topic-1', title: x.t('topic.1'), blocks };
}

function topic2Section(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const t2 = model.topic2;
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.2.lead', { name }) },
  ];
  const unit = ['participations', 'eur', 'organisations'].includes(t2.unit)
    ? x.t(`unit.${t2.unit}` as MessageKey)
    : t2.unit;
  if (t2.region_total === 0 || t2.areas.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('keyareas.none', { name }) });
  } else {
    const specialised = t2.areas.filter((a) => a.specialised);
    const country = model.region.country;
    blocks.push({
      kind: 'figure',
      figure: {
        id: 'key-areas',
        svg: lqBars({
          id: 'key-areas',
          title: x.t('keyareas.chart.title', { name }),
          description: specialised.length
            ? x.t('keyareas.chart.desc', {
                reference: t2.reference,
                areas: x.list(specialised.map((a) => `${x.name(a.name)} (${x.number(a.lq!, 2)})`)),
              })
            : x.t('keyareas.chart.desc.none', { reference: t2.reference }),
          width: CHART_WIDTH,
          referenceLabel: x.t('keyareas.reference', { reference: t2.reference }),
          noteHeading: x.t('keyareas.share', { country }),
          rows: t2.areas.map((a) => ({
            label: x.name(a.name),
            lq: a.lq,
            lqLabel: lqText(x, a.lq),
            note:
              a.share_of_national === null ? x.t('value.none') : x.percent(a.share_of_national, 1),
          })),
        }),
        caption: x.t('keyareas.chart.title', { name }),
        table: {
          caption: x.t('keyareas.chart.title', { name }),
          columns: [
            { label: x.t('keyareas.area'), width: 2 },
            { label: x.t('keyareas.value', { unit }), align: 'right' },
            { label: x.t('keyareas.shareColumn'), align: 'right' },
            { label: x.t('keyareas.lq'), align: 'right' },
          ],
          rows: t2.areas.map((a) => [
            x.name(a.name),
            x.number(a.value, 1),
            a.share_of_national === null ? x.t('value.none') : x.percent(a.share_of_national, 1),
            lqText(x, a.lq),
          ]),
        },
      },
    });
    blocks.push({
      kind: 'paragraph',
      text: specialised.length
        ? x.t('keyareas.specialised', {
            areas: x.list(specialised.map((a) => `${x.name(a.name)} (${x.number(a.lq!, 2)})`)),
          })
        : x.t('keyareas.specialised.none', { name }),
    });
    const largest = [...t2.areas]
      .filter((a) => a.share_of_national !== null)
      .sort((a, b) => (b.share_of_national ?? 0) - (a.share_of_national ?? 0))[0];
    if (largest)
      blocks.push({
        kind: 'paragraph',
        text: x.t('keyareas.largestShare', {
          name,
          area: x.name(largest.name),
          share: x.percent(largest.share_of_national!, 1),
        }),
      });
    blocks.push({
      kind: 'paragraph',
      tone: 'note',
      text: x.t('keyareas.measure', {
        taxonomy: ['topsectoren-2011', 'sleutelgebieden-2004'].includes(t2.taxonomy)
          ? x.t(`taxonomy.${t2.taxonomy}` as MessageKey)
          : t2.taxonomy,
      }),
    });
  }
  blocks.push({ kind: 'heading', text: x.t('coverage.heading') });
  if (model.topic3.spearheads.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('coverage.none', { name }) });
  } else {
    blocks.push({
      kind: 'table',
      table: {
        caption: x.t('coverage.heading'),
        columns: [
          { label: x.t('coverage.area'), width: 1.4 },
          { label: x.t('coverage.weight'), align: 'right', width: 0.6 },
          { label: x.t('coverage.spearheads'), width: 2.4 },
        ],
        rows: t2.coverage.covered.map((c) => [
          x.name(c.key_area),
          x.number(c.weight, 1),
          c.spearheads.map((s) => x.name(s)).join(', '),
        ]),
      },
    });
    if (t2.coverage.uncovered.length)
      blocks.push({
        kind: 'paragraph',
        text: x.t('coverage.uncovered', {
          areas: x.list(t2.coverage.uncovered.map((a) => x.name(a))),
        }),
      });
  }
  return { id: 'topic-2', title: x.t('topic.2'), blocks };
}

function topic3Section(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const t3 = model.topic3;
  const idx = t3.index;
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.3.lead', { name }) },
  ];

  blocks.push({ kind: 'heading', text: x.t('index.heading') });
  const indexName = x.name(idx.computed_for.name);
  if (idx.computed_for.code !== model.region.code)
    blocks.push({
      kind: 'paragraph',
      tone: 'note',
      text: x.t('index.computedFor', {
        name: indexName,
        code: idx.computed_for.code,
        region: name,
      }),
    });
  if (idx.value === null || idx.relative === null || idx.year === null) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('index.none', { name: indexName }) });
  } else {
    blocks.push({
      kind: 'facts',
      items: [
        { label: x.t('index.year'), value: String(idx.year) },
        { label: x.t('index.value'), value: x.number(idx.value, 3) },
        {
          label: x.t('index.relative', { reference: idx.reference }),
          value: x.number(idx.relative, 1),
        },
        { label: x.t('index.group'), value: groupLabel(x, idx.group, idx.band) },
        {
          label: x.t('index.rank'),
          value: x.t('index.rank.value', { rank: idx.rank ?? '', of: idx.of }),
        },
        {
          label: x.t('index.rankRange'),
          value: idx.rank_range
            ? x.t('index.rankRange.value', { best: idx.rank_range[0], worst: idx.rank_range[1] })
            : x.t('value.unknown'),
        },
      ],
    });
    if (idx.group && idx.band && idx.rank !== null && idx.rank_range)
      blocks.push({
        kind: 'paragraph',
        text: x.t('index.reading', {
          relative: x.number(idx.relative, 1),
          reference: idx.reference,
          name: indexName,
          year: idx.year,
          group: x.t(`index.group.${idx.group}` as MessageKey),
          band: x.t(`index.band.${idx.band}` as MessageKey),
          rank: idx.rank,
          of: idx.of,
          best: idx.rank_range[0],
          worst: idx.rank_range[1],
        }),
      });
  }
  const trend = idx.trend.filter((p) => p.relative !== null);
  if (idx.trend.length) {
    const first = trend[0];
    const last = trend.at(-1);
    blocks.push({
      kind: 'figure',
      figure: {
        id: 'index-trend',
        svg: trendLine({
          id: 'index-trend',
          title: x.t('index.trend.title', { name: indexName, reference: idx.reference }),
          description:
            first && last
              ? x.t('index.trend.desc', {
                  from: first.year,
                  to: last.year,
                  first: x.number(first.relative!, 1),
                  last: x.number(last.relative!, 1),
                  reference: idx.reference,
                })
              : x.t('index.trend.empty'),
          width: CHART_WIDTH,
          points: trend.map((p) => ({ year: p.year, value: p.relative! })),
          format: (v) => x.number(v, 1),
          reference: {
            value: 100,
            label: x.t('index.trend.reference', { reference: idx.reference }),
          },
          emptyLabel: x.t('index.trend.empty'),
        }),
        caption: x.t('index.trend.title', { name: indexName, reference: idx.reference }),
        table: {
          caption: x.t('index.trend.table'),
          columns: [
            { label: x.t('index.year') },
            { label: x.t('index.value'), align: 'right' },
            { label: x.t('index.relative', { reference: idx.reference }), align: 'right' },
            { label: x.t('index.rank'), align: 'right' },
          ],
          rows: idx.trend.map((p) => [
            String(p.year),
            x.number(p.index, 3),
            p.relative === null ? x.t('value.unknown') : x.number(p.relative, 1),
            String(p.rank),
          ]),
        },
      },
    });
  }
  if (idx.value !== null && idx.indicators.length)
    blocks.push({
      kind: 'table',
      table: {
        caption: x.t('index.indicators'),
        columns: [
          { label: x.t('index.indicator'), width: 2.6 },
          { label: x.t('index.score'), align: 'right', width: 0.8 },
          { label: x.t('index.filled'), width: 1 },
          { label: x.t('index.development'), width: 1.6 },
        ],
        rows: idx.indicators.map((i) => [
          x.name(i.name),
          i.score === null ? x.t('value.unknown') : x.number(i.score, 2),
          filledFrom(x, i.filled_from),
          i.first === null || i.last === null
            ? x.t('value.unknown')
            : x.t('index.development.value', {
                first: x.number(i.first, 2),
                from: i.first_year ?? '',
                last: x.number(i.last, 2),
                to: i.last_year ?? '',
              }),
        ]),
      },
    });

  blocks.push({ kind: 'heading', text: x.t('spearheads.heading') });
  if (t3.spearheads.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('spearheads.none', { name }) });
  } else {
    blocks.push({
      kind: 'table',
      table: {
        caption: x.t('spearheads.heading'),
        columns: [
          { label: x.t('spearheads.name') },
          { label: x.t('spearheads.keyareas'), width: 1.6 },
        ],
        rows: t3.spearheads.map((s) => [
          x.name(s.name),
          s.key_areas.map((k) => `${x.name(k.name)} (${x.number(k.weight, 1)})`).join(', ') ||
            x.t('value.none'),
        ]),
      },
    });
  }

  blocks.push({ kind: 'heading', text: x.t('stars.heading') });
  if (t3.stars.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('stars.none', { name }) });
  } else {
    blocks.push({ kind: 'paragraph', text: x.t('stars.lead', { of: t3.compared_with }) });
    blocks.push({
      kind: 'table',
      table: {
        caption: x.t('stars.heading'),
        columns: [
          { label: x.t('stars.area'), width: 1.6 },
          { label: x.t('stars.stars'), align: 'right', width: 0.7 },
          { label: x.t('stars.which'), width: 1.4 },
          { label: x.t('keyareas.lq'), align: 'right', width: 0.5 },
          { label: x.t('stars.sizeRank'), align: 'right', width: 0.7 },
        ],
        rows: t3.stars.map((s) => {
          const which = [
            s.size ? x.t('stars.size') : null,
            s.specialisation ? x.t('stars.specialisation') : null,
            s.focus ? x.t('stars.focus') : null,
          ].filter((w): w is string => w !== null);
          return [
            x.name(s.key_area),
            String(s.stars),
            which.length ? which.join(', ') : x.t('stars.none.which'),
            lqText(x, s.lq),
            s.size_rank === null
              ? x.t('value.unknown')
              : x.t('index.rank.value', { rank: s.size_rank, of: s.of }),
          ];
        }),
      },
    });
  }

  blocks.push({ kind: 'heading', text: x.t('funds.heading') });
  if (t3.funds.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('funds.none', { name }) });
  } else {
    blocks.push({
      kind: 'items',
      items: t3.funds.map((f) => ({
        title: f.name,
        lines: [
          ...(f.size_eur !== null ? [{ label: x.t('funds.size'), text: x.eur(f.size_eur) }] : []),
          ...(f.instruments ? [{ label: x.t('funds.instruments'), text: f.instruments }] : []),
          ...(f.target_sectors ? [{ label: x.t('funds.sectors'), text: f.target_sectors }] : []),
          ...(f.manager ? [{ label: x.t('funds.manager'), text: f.manager }] : []),
          ...(f.url ? [{ label: x.t('funds.url'), text: f.url }] : []),
        ],
      })),
    });
  }

  blocks.push({ kind: 'heading', text: x.t('sme.heading') });
  if (t3.contact_points.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('sme.none', { name }) });
  } else {
    blocks.push({
      kind: 'items',
      items: t3.contact_points.map((c) => ({
        title: c.name,
        lines: [
          ...(c.organisation ? [{ label: x.t('sme.organisation'), text: c.organisation }] : []),
          ...(c.channels ? [{ label: x.t('sme.channels'), text: c.channels }] : []),
          {
            label: x.t('sme.served'),
            text:
              c.smes_served_per_year === null
                ? x.t('sme.served.unknown')
                : x
                    .t('sme.served.value', {
                      n: x.number(c.smes_served_per_year),
                      year: c.smes_served_year ?? '',
                    })
                    .trim(),
          },
          ...(c.regions.length
            ? [
                {
                  label: x.t('sme.regions'),
                  text: c.regions.map((r) => x.name({ nl: r.name_nl, en: r.name_en })).join(', '),
                },
              ]
            : []),
          ...(c.url ? [{ label: x.t('sme.url'), text: c.url }] : []),
        ],
      })),
    });
  }
  return { id: 'topic-3', title: x.t('topic.3'), blocks };
}

function practiceItem(model: DossierModel, x: Texts, p: DossierPractice): DossierItem {
  const name = x.name(model.region.name);
  const reasons = p.reasons.map((r) => {
    if (r.kind === 'gap' && r.key_area)
      return r.practice_region_lq === null || r.practice_region_lq === undefined
        ? x.t('practices.reason.gap.unknown', {
            area: x.name(r.key_area.name),
            name,
            ours: x.number(r.region_lq ?? 0, 2),
          })
        : x.t('practices.reason.gap', {
            area: x.name(r.key_area.name),
            region: x.name(p.region.name),
            theirs: x.number(r.practice_region_lq, 2),
            name,
            ours: x.number(r.region_lq ?? 0, 2),
          });
    if (r.kind === 'specialised' && r.key_area)
      return x.t('practices.reason.specialised', {
        name,
        area: x.name(r.key_area.name),
        lq: x.number(r.region_lq ?? 0, 2),
      });
    const t = r.transfer!;
    return x.t('practices.reason.transfer', {
      region: x.name({ nl: t.name_nl, en: t.name_en }),
      year: t.year === null ? '' : ` (${t.year})`,
      outcome: t.outcome ? `: ${t.outcome}` : '',
    });
  });
  return {
    title: p.title,
    subtitle: `${x.name(p.region.name)} (${p.region.code}) · ${x.t('practices.topic')} ${p.topic}`,
    lines: [
      { label: x.t('practices.why'), text: reasons.join(' ') || x.t('practices.reason.none') },
      { label: x.t('practices.description'), text: p.description },
      ...(p.key_areas.length
        ? [{ label: x.t('practices.keyareas'), text: p.key_areas.map((k) => x.name(k)).join(', ') }]
        : []),
      ...(p.evidence ? [{ label: x.t('practices.evidence'), text: p.evidence }] : []),
      ...(p.transfer_potential
        ? [{ label: x.t('practices.transfer'), text: p.transfer_potential }]
        : []),
      ...(p.contact ? [{ label: x.t('practices.contact'), text: p.contact }] : []),
      ...(p.source_url ? [{ label: x.t('practices.source'), text: p.source_url }] : []),
    ],
  };
}

function connectingSection(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const c = model.connecting;
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.connect.lead', { name }) },
  ];

  blocks.push({ kind: 'heading', text: x.t('practices.gaps.heading', { name }) });
  blocks.push({
    kind: 'paragraph',
    text: c.gap_key_areas.length
      ? x.t('practices.gaps.lead', {
          name,
          areas: x.list(c.gap_key_areas.map((g) => `${x.name(g.name)} (${x.number(g.lq, 2)})`)),
        })
      : x.t('practices.gaps.nogaps', { name }),
  });
  if (c.practices_for_gaps.length)
    blocks.push({
      kind: 'items',
      items: c.practices_for_gaps.map((p) => practiceItem(model, x, p)),
    });
  else if (c.gap_key_areas.length)
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('practices.gaps.none') });

  blocks.push({ kind: 'heading', text: x.t('practices.own.heading') });
  if (c.own_practices.length)
    blocks.push({ kind: 'items', items: c.own_practices.map((p) => practiceItem(model, x, p)) });
  else blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('practices.own.none', { name }) });

  blocks.push({ kind: 'heading', text: x.t('similar.heading') });
  if (c.similar_regions.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('similar.none', { name }) });
  } else {
    blocks.push({
      kind: 'table',
      table: {
        caption: x.t('similar.heading'),
        columns: [
          { label: x.t('similar.region'), width: 1.2 },
          { label: x.t('similar.similarity'), align: 'right', width: 0.6 },
          { label: x.t('similar.explanation'), width: 3.2 },
        ],
        rows: c.similar_regions.map((s) => [
          `${x.name(s.name)} (${s.code})`,
          x.percent(s.similarity, 0),
          x.name(s.explanation),
        ]),
      },
    });
  }

  blocks.push({ kind: 'heading', text: x.t('partners.heading') });
  if (c.partners.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('partners.none') });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: x.t('partners.lead', { scope: model.region.country, name }),
    });
    blocks.push({
      kind: 'table',
      table: {
        caption: x.t('partners.heading'),
        columns: [
          { label: x.t('partners.organisation'), width: 1.5 },
          { label: x.t('partners.region'), width: 1 },
          { label: x.t('partners.role'), width: 0.7 },
          { label: x.t('partners.reason'), width: 3 },
        ],
        rows: c.partners.map((p) => [
          p.name,
          x.name(p.region.name),
          roleLabel(x, p.role),
          x.name(p.reason),
        ]),
      },
    });
  }
  return { id: 'connecting', title: x.t('topic.connect'), blocks };
}

/** The file name with its folder (cordis/h2020_participations_eunets.csv.gz), not the machine's path. */
function shortFile(file: string): string {
  const parts = file.split(/[\\/]/).filter((p) => p.length > 0);
  return parts.slice(-2).join('/');
}

function appendixSection(model: DossierModel, x: Texts): DossierSection {
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.appendix.lead') },
  ];
  for (const { key, source } of model.sources) {
    const lines: { label: string; text: string }[] = [];
    if (source.datasets.length === 0)
      lines.push({ label: x.t('sources.datasets'), text: x.t('sources.none') });
    for (const d of source.datasets)
      lines.push({
        label: x.t('sources.datasets'),
        text: [
          x.t('sources.dataset', {
            title: d.title,
            publisher: d.publisher,
            licence: d.licence ?? x.t('sources.licence.none'),
          }),
          d.retrieved_at ? x.t('sources.retrieved', { date: x.date(d.retrieved_at) }) : '',
          d.url ? x.t('sources.url', { url: d.url }) : '',
        ]
          .filter((s) => s.length > 0)
          .join(' '),
      });
    if (source.imports.length === 0 && source.datasets.length > 0)
      lines.push({ label: x.t('sources.imports'), text: x.t('sources.noimports') });
    for (const i of source.imports)
      lines.push({
        label: x.t('sources.imports'),
        text: i.finished_at
          ? x.t('sources.import', {
              file: shortFile(i.file),
              date: x.date(i.finished_at),
              checksum: i.checksum,
            })
          : x.t('sources.import.nodate', { file: shortFile(i.file), checksum: i.checksum }),
      });
    if (source.method) lines.push({ label: x.t('sources.method.recorded'), text: source.method });
    blocks.push({ kind: 'source', title: x.t(`sources.key.${key}` as MessageKey), lines });
  }
  return { id: 'sources', title: x.t('topic.appendix'), blocks };
}

/** The source keys in the order of the appendix, for tests and tools. */
export type { DossierSourceKey };
