import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateTools } from './template-importer.js';
import { templateColumns } from './template-columns.js';
import { removeStaleLinks, TemplateLinks } from './template-links.js';

interface State {
  readonly actors: ReadonlySet<string>;
  readonly clusterWriter: TableWriter;
  readonly members: TemplateLinks;
  readonly keyAreas: TemplateLinks;
}

/**
 * Template `clusters`: cluster_id, region, name_nl, name_en, description, members, key_areas.
 * One row per cluster or spearhead. `members` lists organisation ids (from CORDIS, PIC…, or the
 * actors template), each optionally with its role after a colon: `PIC999901915:lead|KVK08123456`.
 * `key_areas` maps the cluster to key areas with weights:
 * `topsectoren-2011/htsm=0.7|topsectoren-2011/energy=0.3`. Members and key areas not in the file
 * any more are removed from the cluster.
 */
export const clustersTemplateImporter = templateImporter<State>({
  kind: 'clusters',
  description: 'Template: clusters/spearheads of a region with their members and key areas',
  columns: templateColumns({
    required: {
      cluster_id: 'Your id of the cluster, e.g. NL213-food',
      region: 'NUTS 2021 code of the region the cluster belongs to',
      name_nl: 'Name in Dutch',
    },
    optional: {
      name_en: 'Name in English (the Dutch name when empty)',
      description: 'What the cluster does',
      members: 'Organisation ids, separated by |, each optionally id:role',
      key_areas: 'Key-area ids with weights, separated by |',
    },
  }),
  key: ['cluster_id'],
  async prepare(tools: TemplateTools): Promise<State> {
    const ids = await tools.ctx.tx.db.selectFrom('actors').select('id').execute();
    const clusterWriter = tools.ctx.writer('clusters', ['id'], { after: [tools.regionWriter] });
    return {
      actors: new Set(ids.map((r) => r.id)),
      clusterWriter,
      members: new TemplateLinks(tools.ctx, 'cluster_members', 'cluster_id', 'actor_id', [
        clusterWriter,
      ]),
      keyAreas: new TemplateLinks(tools.ctx, 'cluster_key_areas', 'cluster_id', 'key_area_id', [
        clusterWriter,
      ]),
    };
  },
  record(row, state) {
    const id = row.raw('cluster_id');
    const region = row.region('region');
    const keyAreas = row.keyAreas('key_areas');
    const members: { actor: string; role: string | null }[] = [];
    for (const item of row.list('members')) {
      const [actor = '', role] = item.split(':').map((x) => x.trim());
      if (!state.actors.has(actor)) {
        row.refuse(
          'members',
          `"${actor}" is not an organisation in the database (import it first, e.g. with the actors template)`,
        );
        continue;
      }
      members.push({ actor, role: role || null });
    }
    if (!row.ok || !region || !keyAreas) return;
    const nameNl = row.raw('name_nl');
    state.clusterWriter.add({
      id,
      region_code: region,
      name_nl: nameNl,
      name_en: row.text('name_en') ?? nameNl,
      description: row.text('description'),
      source_id: row.datasetId,
    });
    state.members.add(
      id,
      members.map((m) => ({ actor_id: m.actor, role: m.role })),
    );
    state.keyAreas.add(
      id,
      keyAreas.map((k) => ({ key_area_id: k.id, weight: k.weight })),
    );
  },
  async finish(tools, state) {
    await removeStaleLinks(tools.ctx, 'cluster members or key areas', [
      state.members,
      state.keyAreas,
    ]);
  },
});
