/** An agenda item as the API takes it. */
export interface AgendaItemInput {
  readonly topic: 1 | 2 | 3 | null;
  readonly title: string;
}

/**
 * The agenda of a visit from one text per topic, each line an item of that topic, in topic order.
 * Empty lines are skipped; when no topic has a line the result is undefined, so the server puts
 * in its default agenda (one item per topic).
 *
 * @example agendaFromTopicTexts({ 1: 'Helix\nMKB-loket', 2: '', 3: 'Fonds' })
 * // [{ topic: 1, title: 'Helix' }, { topic: 1, title: 'MKB-loket' }, { topic: 3, title: 'Fonds' }]
 */
export function agendaFromTopicTexts(
  texts: Readonly<Record<1 | 2 | 3, string>>,
): AgendaItemInput[] | undefined {
  const items: AgendaItemInput[] = [];
  for (const topic of [1, 2, 3] as const) {
    for (const line of texts[topic].split(/\r?\n/)) {
      const title = line.trim();
      if (title) items.push({ topic, title });
    }
  }
  return items.length ? items : undefined;
}

/** The text of one topic's agenda items, one per line (the inverse of agendaFromTopicTexts). */
export function agendaTopicText(
  agenda: readonly { readonly topic: number | null; readonly title: string }[],
  topic: 1 | 2 | 3,
): string {
  return agenda
    .filter((a) => a.topic === topic)
    .map((a) => a.title)
    .join('\n');
}
