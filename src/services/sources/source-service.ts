import { publicFileName } from '../analytics/provenance.js';
import type { Store } from '../../storage/store.js';
import { datasetTitles } from './dataset-title.js';
import type { Page, PageQuery } from './page.js';
import type { ImportRun, SourceEntry } from '../../http/schemas/sources.js';

export type { ImportRun, SourceEntry };

/** Every data set, ordered by publisher and title, with the import runs that loaded it. */
export async function listSources(store: Store, page: PageQuery): Promise<Page<SourceEntry>> {
  const [count, datasets] = await Promise.all([
    store.db
      .selectFrom('datasets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    store.db
      .selectFrom('datasets')
      .select(['id', 'title', 'publisher', 'licence', 'url', 'retrieved_at'])
      .orderBy('publisher')
      .orderBy('title')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  const ids = datasets.map((d) => d.id);
  const imports = ids.length
    ? await store.db
        .selectFrom('imports')
        .select([
          'id',
          'dataset_id',
          'kind',
          'file',
          'checksum',
          'started_at',
          'finished_at',
          'rows_read',
          'rows_inserted',
          'rows_updated',
          'rows_refused',
          'status',
        ])
        .where('dataset_id', 'in', ids)
        .orderBy('started_at', 'desc')
        .orderBy('id')
        .execute()
    : [];
  return {
    items: datasets.map((d) => ({
      ...d,
      ...titlesOf(d.id, d.title),
      imports: imports
        .filter((i) => i.dataset_id === d.id)
        .map(({ dataset_id: _dataset, ...run }) => ({
          ...run,
          file: publicFileName(run.file),
          rows_read: Number(run.rows_read),
          rows_inserted: Number(run.rows_inserted),
          rows_updated: Number(run.rows_updated),
          rows_refused: Number(run.rows_refused),
        })),
    })),
    total: Number(count.n),
    limit: page.limit,
    offset: page.offset,
  };
}

function titlesOf(id: string, stored: string): { title_nl: string; title_en: string } {
  const titles = datasetTitles(id, stored);
  return { title_nl: titles.nl, title_en: titles.en };
}
