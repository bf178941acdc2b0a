import { flowMap } from '../charts/flow-map.js';
import { CHART_WIDTH, type DossierBlock } from '../dossier-blocks.js';
import type { DossierModel } from '../dossier-model.js';
import type { Texts } from '../i18n.js';

/** Regions named on the flow map. */
const LABELLED = 5;

/**
 * The region's links in the dossier: how many of its projects it shares, the flow map with the
 * strongest partners as a table, and the missing links in sentences.
 */
export function linksBlocks(model: DossierModel, x: Texts): DossierBlock[] {
  const name = x.name(model.region.name);
  const l = model.connecting.links;
  const blocks: DossierBlock[] = [{ kind: 'heading', text: x.t('links.heading', { name }) }];
  if (!l.available || l.projects === null || l.linked_projects === null || l.top.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'empty', text: x.t('links.none', { name }) });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: x.t('links.lead', {
        name,
        linked: x.number(l.linked_projects, 0),
        projects: x.number(l.projects, 0),
        partners: x.list(l.top.slice(0, 3).map((p) => x.name(p.name))),
      }),
    });
    const table = {
      caption: x.t('links.table', { name }),
      columns: [
        { label: x.t('links.partner'), width: 1.6 },
        { label: x.t('links.projects'), align: 'right' as const, width: 0.8 },
        { label: x.t('links.pairs'), align: 'right' as const, width: 0.8 },
        { label: x.t('links.strength'), align: 'right' as const, width: 0.7 },
      ],
      rows: l.top.map((p) => [
        p.kind === 'country' && !x.name(p.name).includes('(')
          ? `${x.name(p.name)} (${x.t('links.country')})`
          : x.name(p.name),
        x.number(p.shared_projects, 0),
        x.number(p.organisation_pairs, 0),
        x.number(p.strength, 3),
      ]),
    };
    const map = model.map;
    const drawn = l.regions.filter(
      (p): p is typeof p & { centroid: readonly [number, number] } => p.centroid !== null,
    );
    if (map && l.centroid && map.context_level === l.level && drawn.length) {
      const title = x.t('links.map.title', { name });
      const svg = flowMap({
        id: 'dossier-links-map',
        title,
        description: x.t('links.map.desc', {
          name,
          n: drawn.length,
          top: x.list(drawn.slice(0, 3).map((p) => x.name(p.name))),
        }),
        width: CHART_WIDTH,
        height: 400,
        region: { code: map.region.code, name, geometry: map.region.geometry },
        areas: map.context.map((a) => ({
          code: a.code,
          name: x.name(a.name),
          geometry: a.geometry,
        })),
        centroid: l.centroid,
        partners: drawn.map((p) => ({
          code: p.code,
          name: x.name(p.name),
          strength: p.strength,
          centroid: p.centroid,
        })),
        labelled: LABELLED,
        legend: x.t('links.map.legend'),
      });
      blocks.push({
        kind: 'figure',
        figure: { id: 'dossier-links-map', svg, caption: title, table },
      });
    } else {
      blocks.push({ kind: 'table', table });
    }
  }
  blocks.push({ kind: 'heading', text: x.t('links.missing.heading') });
  if (l.missing.length)
    for (const m of l.missing) blocks.push({ kind: 'paragraph', text: x.name(m.explanation) });
  else
    blocks.push({
      kind: 'paragraph',
      tone: 'empty',
      // Links that are not measured cannot be weak: "none missing" would be a finding.
      text: x.t(l.projects === null ? 'links.missing.notMeasured' : 'links.missing.none', { name }),
    });
  return blocks;
}
