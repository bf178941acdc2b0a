import { HELIX_ROLES } from '../../core/helix-role.js';
import type { DossierSection } from '../dossier-blocks.js';
import type { DossierModel } from '../dossier-model.js';
import type { MessageKey, Texts } from '../i18n.js';
import { groupLabel } from './labels.js';
import { hasNoPlacedOrganisations, notMeasuredText } from './measurement.js';

export function summarySection(model: DossierModel, x: Texts): DossierSection {
  const name = x.name(model.region.name);
  const s = model.topic1.synergy;
  const n = model.topic1.network;
  // A region without placed organisation has no counts to sum up: its zeros say nothing.
  const notMeasured =
    notMeasuredText(model, x) ?? (hasNoPlacedOrganisations(model) ? x.t('summary.noPlaced') : null);
  const actors = model.topic1.composition?.actors ?? null;
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
              notMeasured ??
              (s.not_measured
                ? x.t('t.notMeasured', { reason: x.name(s.not_measured) })
                : s.t_millibits === null || !s.ci95
                  ? x.t('summary.reading.none')
                  : x.t('summary.topic1.t.value', {
                      t: x.number(s.t_millibits, 1),
                      lo: x.number(s.ci95[0], 1),
                      hi: x.number(s.ci95[1], 1),
                      reading: x.t(`summary.reading.${s.reading}` as MessageKey),
                    })),
          },
          {
            label: x.t('summary.topic1.helix'),
            value:
              notMeasured ?? (actors ? helixValue(x, actors, n.nodes) : x.t('summary.unknown')),
          },
          {
            label: x.t('summary.topic1.network'),
            value:
              notMeasured ??
              (n.edges === null || n.nodes === null
                ? x.t('summary.unknown')
                : x.t('summary.topic1.network.value', {
                    links: n.edges,
                    nodes: n.nodes,
                    largest:
                      n.largest_component_share === null
                        ? x.t('value.notMeasured')
                        : x.percent(n.largest_component_share, 0),
                  })),
          },
          {
            label: x.t('summary.topic1.financing'),
            value:
              model.topic1.financing?.share == null
                ? x.t('summary.unknown')
                : x.t('summary.topic1.financing.value', {
                    share: x.percent(model.topic1.financing.share, 0),
                    usable: x.number(model.topic1.financing.usable_projects),
                    projects: x.number(model.topic1.financing.projects),
                  }),
          },
          {
            label: x.t('summary.topic1.sme'),
            value: model.topic1.sme_contact_point.present
              ? `${x.t('summary.yes')}: ${model.topic3.contact_points.map((c) => c.name).join(', ')}`
              : x.t('summary.notRegistered'),
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
              : model.topic2.areas.some((a) => a.lq !== null)
                ? x.t('summary.none')
                : (notMeasured ?? x.t('value.notMeasured')),
          },
          {
            label: x.t('summary.topic2.largest'),
            value: largest
              ? `${x.name(largest.name)}: ${x.percent(largest.share_of_national!, 1)}`
              : x.t('summary.unknown'),
          },
          {
            label: x.t('summary.topic2.coverage'),
            // Without registered spearheads "0 of the 9" would read as a measured gap.
            value: model.topic3.spearheads.length
              ? x.t('summary.topic2.coverage.value', coverageCounts(model))
              : x.t('summary.topic2.coverage.none'),
          },
        ],
      },
      { kind: 'heading', text: x.t('topic.3') },
      {
        kind: 'facts',
        items: [
          {
            label: indexLabel(model, x),
            value:
              idx.value === null || idx.relative === null
                ? idx.reason
                  ? x.t('index.none.reason', { name, reason: x.name(idx.reason) })
                  : x.t('index.none', { name })
                : x.t('summary.topic3.index.value', {
                    relative: x.number(idx.relative, 1),
                    reference: x.reference(idx.reference),
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
              : x.t('summary.notRegistered'),
          },
          {
            label: x.t('summary.topic3.fund'),
            value: model.topic3.funds.length
              ? model.topic3.funds.map((f) => f.name).join(', ')
              : x.t('summary.notRegistered'),
          },
          {
            label: x.t('summary.topic3.stars'),
            value: starred.length
              ? x.list(starred.map((st) => `${x.name(st.key_area)} (${st.stars})`))
              : model.topic3.stars.length
                ? x.t('summary.none')
                : (notMeasured ?? x.t('value.notMeasured')),
          },
        ],
      },
      { kind: 'heading', text: x.t('topic.connect') },
      {
        kind: 'facts',
        items: [
          {
            label: x.t('summary.connect'),
            // Practices for gaps, similar regions and partners all start from the region's
            // key-area activity: without placed organisations there is none to compare.
            value:
              notMeasured ??
              x.t('summary.connect.value', {
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

/**
 * The organisations placed in the region, by helix role, and how many of them take part in a
 * project (the network's organisations); the placed ones include those in no project.
 */
function helixValue(
  x: Texts,
  actors: NonNullable<DossierModel['topic1']['composition']>['actors'],
  withProjects: number | null,
): string {
  const counts = {
    n: HELIX_ROLES.reduce((sum, r) => sum + actors[r], 0),
    business: actors.business,
    knowledge: actors.research + actors.education,
  };
  return withProjects === null
    ? x.t('summary.topic1.helix.value', counts)
    : x.t('summary.topic1.helix.projects', { ...counts, projects: withProjects });
}

/** The key areas the spearheads cover, of all key areas: covered and not covered together. */
function coverageCounts(model: DossierModel): { covered: number; total: number } {
  const { covered, uncovered } = model.topic2.coverage;
  return { covered: covered.length, total: covered.length + uncovered.length };
}

/** The label of the index fact, naming the province where the index is the province's. */
function indexLabel(model: DossierModel, x: Texts): string {
  const idx = model.topic3.index;
  const year = idx.year ?? '';
  if (idx.computed_for.code === model.region.code)
    return x.t('summary.topic3.index', { year }).trim();
  return x.t('summary.topic3.index.province', {
    year,
    province: x.name(idx.computed_for.name),
    name: x.name(model.region.name),
  });
}
