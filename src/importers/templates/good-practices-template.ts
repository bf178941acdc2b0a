import type { Row } from '../../storage/store.js';
import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateTools } from './template-importer.js';
import { templateColumns } from './template-columns.js';
import { removeStaleLinks, TemplateLinks } from './template-links.js';

interface State {
  readonly existing: Map<string, Record<string, unknown>>;
  readonly writer: TableWriter;
  readonly keyAreas: TemplateLinks;
  readonly now: string;
}

const CONTENT = [
  'title',
  'region_code',
  'topic',
  'period_start',
  'period_end',
  'description',
  'resources',
  'evidence',
  'transfer_potential',
  'contact',
  'source_url',
  'language',
  'status',
] as const;

/**
 * Template `good-practices`: practice_id, title, region, topic (1 innovation system, 2 key areas,
 * 3 regional innovation power), description, key_areas, period_start, period_end (YYYY, YYYY-MM or
 * YYYY-MM-DD), resources, evidence, transfer_potential, contact, source_url, language (nl or en;
 * nl when empty), status (published or draft; published when empty). A practice keeps its
 * created_at; updated_at changes only when its content does, so importing the same file again
 * changes nothing. `key_areas` lists key-area ids (weights are ignored); others are removed.
 */
export const goodPracticesTemplateImporter = templateImporter<State>({
  kind: 'good-practices',
  description:
    'Template: good practices of a region, with topic, key areas, evidence and transfer potential',
  columns: templateColumns({
    required: {
      practice_id: 'Your id of the practice',
      title: 'Title',
      region: 'NUTS 2021 code of the region',
      topic: '1 innovation system, 2 key areas, 3 regional innovation power',
      description: 'What was done',
    },
    optional: {
      key_areas: 'Key-area ids, separated by |',
      period_start: 'Start: YYYY, YYYY-MM or YYYY-MM-DD',
      period_end: 'End: YYYY, YYYY-MM or YYYY-MM-DD',
      resources: 'Resources needed (money, people, time)',
      evidence: 'Evidence of success',
      transfer_potential: 'What another region needs to take it over',
      contact: 'Contact person or address',
      source_url: 'Where it is described',
      language: 'nl or en (nl when empty)',
      status: 'published or draft (published when empty)',
    },
  }),
  key: ['practice_id'],
  async prepare(tools: TemplateTools): Promise<State> {
    const rows = await tools.ctx.tx.db.selectFrom('good_practices').selectAll().execute();
    const writer = tools.ctx.writer('good_practices', ['id'], { after: [tools.regionWriter] });
    return {
      existing: new Map(rows.map((r) => [r.id, r as unknown as Record<string, unknown>])),
      writer,
      keyAreas: new TemplateLinks(
        tools.ctx,
        'good_practice_key_areas',
        'practice_id',
        'key_area_id',
        [writer],
      ),
      now: tools.ctx.now().toISOString(),
    };
  },
  record(row, state) {
    const id = row.raw('practice_id');
    const region = row.region('region');
    const topic = row.integer('topic', { min: 1, max: 3 });
    const keyAreas = row.keyAreas('key_areas');
    const start = row.date('period_start', { partial: true });
    const end = row.date('period_end', { partial: true });
    const language = row.oneOf('language', ['nl', 'en'] as const);
    const status = row.oneOf('status', ['published', 'draft'] as const);
    const sourceUrl = row.text('source_url');
    if (sourceUrl && !/^https?:\/\//.test(sourceUrl))
      row.refuse('source_url', `"${sourceUrl}" is not a web address`);
    if (start && end && end < start) row.refuse('period_end', `${end} is before ${start}`);
    if (!row.ok || !region || !topic || !keyAreas || start === undefined || end === undefined)
      return;
    if (language === undefined || status === undefined) return;
    const content: Row = {
      title: row.raw('title'),
      region_code: region,
      topic,
      period_start: start,
      period_end: end,
      description: row.raw('description'),
      resources: row.text('resources'),
      evidence: row.text('evidence'),
      transfer_potential: row.text('transfer_potential'),
      contact: row.text('contact'),
      source_url: sourceUrl,
      language: language ?? 'nl',
      status: status ?? 'published',
    };
    const before = state.existing.get(id);
    const same =
      before !== undefined && CONTENT.every((c) => (before[c] ?? null) === (content[c] ?? null));
    state.writer.add({
      id,
      ...content,
      created_at: (before?.created_at as string | undefined) ?? state.now,
      updated_at: same ? (before.updated_at as string) : state.now,
    });
    state.keyAreas.add(
      id,
      keyAreas.map((k) => ({ key_area_id: k.id })),
    );
  },
  async finish(tools, state) {
    await removeStaleLinks(tools.ctx, 'key areas of practices', [state.keyAreas]);
  },
});
