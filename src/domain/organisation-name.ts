/**
 * The name the source gives an organisation, or null when it gives none: an organisation known
 * only from a participations file is stored under its identifier (`PIC999854661`) until an
 * organisations file names it, and that identifier is no name.
 *
 * @example
 * organisationSourceName({ id: 'PIC999854661', name: 'UNIVERSITY OF PLYMOUTH' }); // 'UNIVERSITY OF PLYMOUTH'
 * organisationSourceName({ id: 'PIC983678359', name: 'PIC983678359' }); // null
 */
export function organisationSourceName(actor: {
  readonly id: string;
  readonly name: string;
}): string | null {
  const name = actor.name.trim();
  return name === '' || name === actor.id ? null : name;
}

/** The identifier to show for an organisation without a name: `PIC 983678359`, else the id. */
export function organisationIdLabel(id: string): string {
  const pic = /^PIC(\d+)$/.exec(id)?.[1];
  return pic ? `PIC ${pic}` : id;
}

/**
 * An organisation as text: its name, or for one without a name in the source, that said in the
 * language asked for, with its identifier.
 *
 * @example
 * organisationLabel(null, 'PIC983678359', 'en'); // 'organisation without a name in the source (PIC 983678359)'
 */
export function organisationLabel(name: string | null, id: string, lang: 'nl' | 'en'): string {
  if (name !== null) return name;
  const label = organisationIdLabel(id);
  return lang === 'nl'
    ? `organisatie zonder naam in de bron (${label})`
    : `organisation without a name in the source (${label})`;
}
