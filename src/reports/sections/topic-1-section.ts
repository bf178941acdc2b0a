import { HELIX_ROLES, type HelixRole } from '../../core/helix-role.js';
import type { NetworkMeasure } from '../../core/network/network-undefined-measures.js';
import { notMeasuredGroups } from '../../domain/not-measured-groups.js';
import { barChart } from '../charts/bar-chart.js';
import { intervalChart } from '../charts/interval-chart.js';
import { networkPicture } from '../charts/network-picture.js';
import type { DossierBlock, DossierSection, DossierTable } from '../dossier-blocks.js';
import type { DossierModel } from '../dossier-model.js';
import type { MessageKey, Texts } from '../i18n.js';
import { organisationText, roleLabel } from './labels.js';
import { figureBlock } from './figure-block.js';
import { measured, noPlacedText, notMeasuredBlock, notMeasuredText } from './measurement.js';

export function topic1Section(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const t1 = model.topic1;
  const blocks: DossierBlock[] = [
    { kind: 'paragraph', tone: 'lead', text: x.t('topic.1.lead', { name }) },
  ];

  const notMeasured = notMeasuredText(model, x);
  // No organisation placed in the region: said once, instead of a helix, T and network of zeros.
  const noPlaced = noPlacedText(model, x);
  if (notMeasured) {
    blocks.push({ kind: 'heading', text: x.t('helix.heading') }, notMeasuredBlock(notMeasured));
  } else if (noPlaced) {
    blocks.push({ kind: 'heading', text: x.t('helix.heading') }, notMeasuredBlock(noPlaced));
  } else {
    const composition = measured(t1.composition);
    // Helix composition.
    blocks.push({ kind: 'heading', text: x.t('helix.heading') });
    const actors = HELIX_ROLES.reduce((sum, r) => sum + composition.actors[r], 0);
    const participations = HELIX_ROLES.reduce((sum, r) => sum + composition.participations[r], 0);
    if (actors === 0 && participations === 0) {
      blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('helix.none', { name }) });
    } else {
      const bars = (counts: Readonly<Record<HelixRole, number>>) =>
        HELIX_ROLES.map((r) => ({
          label: roleLabel(x, r),
          value: counts[r],
          valueLabel: x.number(counts[r]),
        }));
      blocks.push(
        figureBlock(
          'helix-composition',
          x.t('helix.chart.title', { name }),
          (head) =>
            barChart({
              ...head,
              description: x.t('helix.chart.desc', {
                actors,
                participations,
                roles: HELIX_ROLES.map(
                  (r) =>
                    `${roleLabel(x, r)} ${composition.actors[r]} / ${composition.participations[r]}`,
                ).join(', '),
              }),
              panels: [
                { heading: x.t('helix.actors'), bars: bars(composition.actors) },
                { heading: x.t('helix.participations'), bars: bars(composition.participations) },
              ],
            }),
          {
            caption: x.t('helix.chart.title', { name }),
            columns: [
              { label: x.t('helix.role') },
              { label: x.t('helix.actors'), align: 'right' },
              { label: x.t('helix.participations'), align: 'right' },
            ],
            rows: HELIX_ROLES.map((r) => [
              roleLabel(x, r),
              x.number(composition.actors[r]),
              x.number(composition.participations[r]),
            ]),
          },
        ),
      );
    }

    // Synergy T.
    const s = t1.synergy;
    blocks.push({ kind: 'heading', text: x.t('t.heading') });
    if (s.not_measured) {
      blocks.push({
        kind: 'paragraph',
        tone: 'empty',
        text: x.t('t.notMeasured', { reason: x.name(s.not_measured) }),
      });
      if (s.configurations && measured(s.projects) > 0)
        blocks.push({
          kind: 'table',
          table: configurationsTable(x, measured(s.configurations)),
        });
    } else if (s.t_millibits === null || !s.ci95) {
      blocks.push({
        kind: 'paragraph',
        tone: 'empty',
        text: x.t('t.none', { projects: measured(s.projects) }),
      });
    } else {
      const tv = x.number(s.t_millibits, 1);
      const lo = x.number(s.ci95[0], 1);
      const hi = x.number(s.ci95[1], 1);
      blocks.push({
        kind: 'paragraph',
        text: x.t('t.statement', { t: tv, lo, hi, projects: x.number(measured(s.projects)) }),
      });
      blocks.push({ kind: 'paragraph', text: x.t(`t.reading.${s.reading}` as MessageKey) });
      blocks.push(
        figureBlock(
          'helix-synergy',
          x.t('t.chart.title', { name }),
          (head) =>
            intervalChart({
              ...head,
              description: x.t('t.chart.desc', { t: tv, lo, hi }),
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
          configurationsTable(x, measured(s.configurations)),
        ),
      );
    }
    const leftOut = s.projects_without_helix_role ?? 0;
    if (leftOut > 0)
      blocks.push({
        kind: 'paragraph',
        tone: 'note',
        text:
          leftOut === 1
            ? x.t('t.leftOut.one')
            : x.t('t.leftOut.many', { projects: x.number(leftOut) }),
      });

    // Network.
    const n = t1.network;
    blocks.push({ kind: 'heading', text: x.t('network.heading') });
    if (n.nodes === 0) {
      blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('network.none', { name }) });
    } else {
      blocks.push({ kind: 'paragraph', text: x.t('network.lead', { name }) });
      // A measure the network is too small for says so; its reason follows the facts.
      const undefinedMeasures = new Set(n.not_measured.map((m) => m.measure));
      const known = (measure: NetworkMeasure, value: number | null, text: (v: number) => string) =>
        undefinedMeasures.has(measure) || value === null
          ? x.t(undefinedMeasures.has(measure) ? 'value.notMeasured' : 'value.unknown')
          : text(value);
      blocks.push({
        kind: 'facts',
        items: [
          { label: x.t('network.nodes'), value: x.number(measured(n.nodes)) },
          { label: x.t('network.edges'), value: x.number(measured(n.edges)) },
          {
            label: x.t('network.density'),
            value: known('density', n.density, (v) => x.number(v, 3)),
          },
          {
            label: x.t('network.components'),
            value: known('components', n.components, (v) => x.number(v)),
          },
          {
            label: x.t('network.largest'),
            value: known('largest_component_share', n.largest_component_share, (v) =>
              x.percent(v, 0),
            ),
          },
          {
            label: x.t('network.assortativity'),
            value: known('assortativity_helix', n.assortativity, (v) => x.number(v, 2)),
          },
          { label: x.t('network.communities'), value: x.number(measured(n.communities)) },
        ],
      });
      if (n.not_measured.length)
        blocks.push({
          kind: 'paragraph',
          tone: 'note',
          text: x.t('network.notMeasured', {
            reasons: notMeasuredGroups(n.not_measured.map((m) => ({ ...m, reason: x.name(m) })))
              .map((g) => `${g.measures.map((m) => measureLabel(x, m)).join(', ')}: ${g.reason}`)
              .join('; '),
          }),
        });
      const topTable: DossierTable = {
        caption: x.t('network.top'),
        columns: [
          { label: x.t('network.organisation'), width: 2.6 },
          { label: x.t('helix.role') },
          { label: x.t('network.degree'), align: 'right' },
          { label: x.t('network.betweenness'), align: 'right' },
          { label: x.t('network.external'), align: 'right' },
        ],
        rows: n.top.map((o) => [
          organisationText(x, o),
          roleLabel(x, o.role),
          x.number(o.degree),
          o.betweenness === null ? x.t('value.notMeasured') : x.number(o.betweenness, 3),
          x.number(o.external_links),
        ]),
      };
      if (n.edges === 0) {
        // Nothing to draw: the reason stands where the picture would, the organisations follow.
        blocks.push(
          {
            kind: 'paragraph',
            tone: 'empty',
            text:
              n.nodes === 1
                ? x.t('network.noLinks.one', { name })
                : x.t('network.noLinks', { name, nodes: x.number(measured(n.nodes)) }),
          },
          { kind: 'table', table: topTable },
        );
      } else {
        const top = n.drawn[0];
        const labelled = new Set(n.drawn.slice(0, 8).map((d) => d.id));
        const height = 300;
        blocks.push(
          figureBlock(
            'network',
            x.t('network.chart.title', { name }),
            (head) =>
              networkPicture({
                ...head,
                description: x.t('network.chart.desc', {
                  shown: n.drawn.length,
                  nodes: measured(n.nodes),
                  links: n.drawn_links.length,
                  top: top
                    ? `${organisationText(x, top)} (${roleLabel(x, top.role)})`
                    : x.t('value.none'),
                }),
                height,
                nodes: n.drawn.map((d) => ({
                  id: d.id,
                  label: organisationText(x, d),
                  role: d.role,
                  community: d.community,
                  weight: d.degree,
                  labelled: labelled.has(d.id),
                })),
                links: n.drawn_links,
                roleLabels: Object.fromEntries(
                  HELIX_ROLES.map((r) => [r, roleLabel(x, r)]),
                ) as Record<HelixRole, string>,
                emptyLabel: x.t('network.empty'),
              }),
            topTable,
          ),
        );
        blocks.push({
          kind: 'paragraph',
          tone: 'note',
          text: x.t('network.drawn', {
            shown: n.drawn.length,
            unlinked: n.unlinked,
            more: n.not_drawn,
          }),
        });
      }
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
              p.ratio === null ? x.t('value.notMeasured') : x.number(p.ratio, 2),
            ]),
          },
        });
    }
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
        both: x.number(f.projects_with_both_amounts),
        projects: x.number(f.projects),
        name,
        share: x.percent(f.share, 0),
        total: x.eur(f.total_cost_eur),
        grant: x.eur(f.public_grant_eur),
      }),
    });
    if (f.usable_projects < f.projects_with_both_amounts)
      blocks.push({
        kind: 'paragraph',
        tone: 'note',
        text: x.t('financing.refused', {
          refused: x.number(f.projects_with_both_amounts - f.usable_projects),
          usable: x.number(f.usable_projects),
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

/** The projects per configuration of helices (U, I, G and their combinations) that T is computed from. */
function configurationsTable(
  x: Texts,
  configurations: NonNullable<DossierModel['topic1']['synergy']['configurations']>,
): DossierTable {
  return {
    caption: x.t('t.configurations'),
    columns: [{ label: x.t('t.configuration') }, { label: x.t('t.projects'), align: 'right' }],
    rows: (['U', 'I', 'G', 'UI', 'UG', 'IG', 'UIG'] as const).map((k) => [
      k,
      x.number(configurations[k]),
    ]),
  };
}

/** A network measure's name in the dossier's language, as its facts and table label it. */
function measureLabel(x: Texts, measure: NetworkMeasure): string {
  const keys: Record<NetworkMeasure, MessageKey> = {
    density: 'network.density',
    components: 'network.components',
    largest_component_share: 'network.largest',
    assortativity_helix: 'network.assortativity',
    modularity: 'network.modularity',
    degree_centrality: 'network.degreeCentrality',
    betweenness_centrality: 'network.betweenness',
  };
  return x.t(keys[measure]).toLowerCase();
}
