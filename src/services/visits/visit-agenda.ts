import type { Kysely } from 'kysely';
import { DEFAULT_AGENDA_TITLES } from '../../domain/agenda-title.js';
import type { Database } from '../../storage/schema.js';
import { invalid, requiredText, topicNumber } from './field-check.js';

/** An agenda item as entered: its topic (1-3, or null for an item such as the welcome) and title. */
export interface AgendaItemInput {
  readonly topic?: number | null;
  readonly title: string;
}

/** The agenda a visit gets when none is given: one item per topic. */
export const DEFAULT_VISIT_AGENDA: readonly AgendaItemInput[] = ([1, 2, 3] as const).map(
  (topic) => ({ topic, title: DEFAULT_AGENDA_TITLES[topic].nl }),
);

const MAX_ITEMS = 50;

/** Checks an agenda; items are numbered from 1 in the order given. */
export function agendaField(
  value: unknown,
  field = 'agenda',
): { position: number; topic: number | null; title: string }[] {
  if (!Array.isArray(value)) throw invalid(field, 'must be a list of items with topic and title');
  if (value.length > MAX_ITEMS)
    throw invalid(field, `has ${value.length} items; at most ${MAX_ITEMS}`);
  return value.map((item: unknown, i) => {
    const at = `${field}[${i}]`;
    if (typeof item !== 'object' || item === null)
      throw invalid(at, 'must be an item with topic and title');
    const { topic, title } = item as { topic?: unknown; title?: unknown };
    return {
      position: i + 1,
      topic: topic === undefined || topic === null ? null : topicNumber(topic, `${at}.topic`),
      title: requiredText(title, `${at}.title`, 500),
    };
  });
}

/** Replaces a visit's agenda. */
export async function writeAgenda(
  db: Kysely<Database>,
  visitId: string,
  items: readonly { position: number; topic: number | null; title: string }[],
): Promise<void> {
  await db.deleteFrom('visit_agenda_items').where('visit_id', '=', visitId).execute();
  if (items.length > 0)
    await db
      .insertInto('visit_agenda_items')
      .values(items.map((a) => ({ visit_id: visitId, ...a })))
      .execute();
}
