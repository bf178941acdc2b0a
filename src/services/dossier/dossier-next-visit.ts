import type { Store } from '../../storage/store.js';
import type { DossierVisitInput } from './dossier-inputs.js';

/** The region's next planned visit (today or later) with its agenda. */
export async function readDossierNextVisit(
  store: Store,
  region: string,
  today: string,
): Promise<{ visit: DossierVisitInput | null; source_id: string | null }> {
  const visit = await store.db
    .selectFrom('visits')
    .select(['id', 'date', 'venue', 'hosts', 'participants', 'status', 'source_id'])
    .where('region_code', '=', region)
    .where('status', '=', 'planned')
    .where('date', '>=', today)
    .orderBy('date')
    .orderBy('id')
    .executeTakeFirst();
  if (!visit) return { visit: null, source_id: null };
  const agenda = await store.db
    .selectFrom('visit_agenda_items')
    .select(['position', 'topic', 'title'])
    .where('visit_id', '=', visit.id)
    .orderBy('position')
    .execute();
  const { source_id, ...rest } = visit;
  return {
    visit: {
      ...rest,
      agenda: agenda.map((a) => ({
        position: Number(a.position),
        topic: a.topic === null ? null : Number(a.topic),
        title: a.title,
      })),
    },
    source_id,
  };
}
