/** The titles of the agenda a visit gets when none is given, one per topic, in both languages. */
export const DEFAULT_AGENDA_TITLES: Readonly<Record<1 | 2 | 3, { nl: string; en: string }>> = {
  1: { nl: 'Het regionale innovatiesysteem', en: 'The regional innovation system' },
  2: {
    nl: 'Bijdrage aan de nationale sleutelgebieden',
    en: 'Contribution to the national key areas',
  },
  3: { nl: 'Regionale innovatiekracht', en: 'Regional innovation power' },
};

/**
 * An agenda item's title in a language: a default title (the topic's name, written by Regiokracht
 * in Dutch) in that language; a title someone typed as it was typed, since its language is not
 * known.
 *
 * @example agendaTitle({ topic: 1, title: 'Het regionale innovatiesysteem' }, 'en') // 'The regional innovation system'
 * @example agendaTitle({ topic: null, title: 'Rondleiding' }, 'en') // 'Rondleiding'
 */
export function agendaTitle(
  item: { readonly topic: number | null; readonly title: string },
  lang: 'nl' | 'en',
): string {
  const defaults =
    item.topic === 1 || item.topic === 2 || item.topic === 3
      ? DEFAULT_AGENDA_TITLES[item.topic]
      : null;
  if (defaults && (item.title === defaults.nl || item.title === defaults.en)) return defaults[lang];
  return item.title;
}
